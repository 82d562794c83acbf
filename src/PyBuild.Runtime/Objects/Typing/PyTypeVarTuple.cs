namespace PyBuild.Runtime.Objects.Typing;

/// <summary>
/// <c>typing.TypeVarTuple</c>: a parameter standing for any number of types (<c>def f[*Ts]</c>).
/// Unpacking it (<c>*Ts</c>) gives <c>typing.Unpack[Ts]</c>.
/// </summary>
internal sealed class PyTypeVarTuple(string name) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public override PyType Type => TypeObject;

    public string Name { get; } = name;

    public override string Repr() => Name;

    /// <summary><c>typing.Unpack[Ts]</c>, what <c>*Ts</c> stands for.</summary>
    public PyObject Unpacked() => new PyTypingGenericAlias(TypingSpecialForm.Unpack, new PyTuple([this]));

    public override PyObject Iter() => new PyTuple([Unpacked()]).Iter();

    public override PyObject? GetSpecialAttr(string name) => name switch
    {
        "__name__" => new PyStr(Name),
        "__module__" => new PyStr("typing"),
        _ => null,
    };

    private static PyObject Construct(PyType type, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        if (a.Length != 1 || k is not null || a[0] is not PyStr name)
            throw Ops.NotSupported("TypeVarTuple() with arguments other than the name");
        return new PyTypeVarTuple(name.Value);
    }

    private static PyType CreateType()
    {
        var t = new PyType("TypeVarTuple", PyType.ObjectType, Construct);
        t.AddMethod("__mro_entries__", (a, k) => throw Ops.TypeError("Cannot subclass an instance of TypeVarTuple"));
        return t;
    }
}
