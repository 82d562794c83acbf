namespace PyBuild.Runtime.Objects.Typing;

/// <summary>
/// <c>typing.ParamSpec</c>: a parameter standing for a callable's whole parameter list
/// (<c>def f[**P]</c>); <c>P.args</c> and <c>P.kwargs</c> annotate <c>*args</c> and <c>**kwargs</c>.
/// </summary>
internal sealed class PyParamSpec(string name, bool inferVariance) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public override PyType Type => TypeObject;

    public string Name { get; } = name;

    public override string Repr() => inferVariance ? Name : "~" + Name;

    public override PyObject? BinaryOp(BinaryOpKind op, PyObject other, bool reflected) => PyUnionType.Operator(this, op, other, reflected);

    public override PyObject? GetSpecialAttr(string name) => name switch
    {
        "__name__" => new PyStr(Name),
        "args" => new PyParamSpecComponent(this, isKwargs: false),
        "kwargs" => new PyParamSpecComponent(this, isKwargs: true),
        "__bound__" => PyNone.Value,
        "__covariant__" or "__contravariant__" => PyBool.False,
        "__infer_variance__" => PyBool.From(inferVariance),
        "__module__" => new PyStr("typing"),
        _ => null,
    };

    private static PyObject Construct(PyType type, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        if (a.Length != 1 || k is not null || a[0] is not PyStr name)
            throw Ops.NotSupported("ParamSpec() with arguments other than the name");
        return new PyParamSpec(name.Value, inferVariance: false);
    }

    private static PyType CreateType()
    {
        var t = new PyType("ParamSpec", PyType.ObjectType, Construct);
        t.AddMethod("__mro_entries__", (a, k) => throw Ops.TypeError("Cannot subclass an instance of ParamSpec"));
        return t;
    }
}
