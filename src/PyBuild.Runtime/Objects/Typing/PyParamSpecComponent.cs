namespace PyBuild.Runtime.Objects.Typing;

/// <summary><c>P.args</c> (<c>typing.ParamSpecArgs</c>) or <c>P.kwargs</c> (<c>typing.ParamSpecKwargs</c>) of a <see cref="PyParamSpec"/>.</summary>
internal sealed class PyParamSpecComponent(PyParamSpec origin, bool isKwargs) : PyObject
{
    private static readonly PyType ArgsType = new("ParamSpecArgs", PyType.ObjectType);
    private static readonly PyType KwargsType = new("ParamSpecKwargs", PyType.ObjectType);

    public override PyType Type => isKwargs ? KwargsType : ArgsType;

    public override string Repr() => origin.Name + (isKwargs ? ".kwargs" : ".args");

    public override PyObject? GetSpecialAttr(string name) => name == "__origin__" ? origin : null;

    public override PyObject? RichCompare(CompareKind op, PyObject other)
    {
        if (op is not (CompareKind.Eq or CompareKind.Ne)) return null;
        bool same = other is PyParamSpecComponent c && c.Type == Type && ReferenceEquals(c.Origin, origin);
        return PyBool.From(same == (op == CompareKind.Eq));
    }

    public override long Hash() => origin.Hash() ^ (isKwargs ? 1 : 2);

    private PyParamSpec Origin => origin;
}
