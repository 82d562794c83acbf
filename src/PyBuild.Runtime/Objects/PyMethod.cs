namespace PyBuild.Runtime.Objects;

/// <summary>A bound method: a Python function and the instance it was looked up on.</summary>
internal sealed class PyMethod(PyObject function, PyObject self) : PyObject
{
    public static readonly PyType TypeObject = new("method", PyType.ObjectType);

    public PyObject Function { get; } = function;

    public PyObject Self { get; } = self;

    public override PyType Type => TypeObject;

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => Ops.CallWithSelf(Function, Self, args, kwnames);

    public override string Repr() => $"<bound method {Ops.QualNameOf(Function)} of {Ops.Repr(Self)}>";

    public override PyObject? GetSpecialAttr(string name) => name switch
    {
        "__self__" => Self,
        "__func__" => Function,
        "__name__" or "__qualname__" or "__doc__" or "__module__" or "__type_params__" => Ops.GetAttr(Function, name),
        _ => null,
    };

    public override PyObject? RichCompare(CompareKind op, PyObject other)
    {
        if (op is not (CompareKind.Eq or CompareKind.Ne) || other is not PyMethod o) return null;
        bool eq = o.Function == Function && ReferenceEquals(o.Self, Self);
        return PyBool.From(op == CompareKind.Eq ? eq : !eq);
    }

    public override long Hash() => Ops.Hash(Function) ^ Ops.Id(Self);
}
