namespace PyBuild.Runtime.Objects;

/// <summary><c>staticmethod</c>.</summary>
internal sealed class PyStaticMethod(PyObject function) : PyObject
{
    public static readonly PyType TypeObject = new("staticmethod", PyType.ObjectType, (t, a, k) => new PyStaticMethod(a[0]))
    {
        ConstructorSpec = ArgSpec.Positional(1, 1),
    };

    public PyObject Function { get; } = function;

    public override PyType Type => TypeObject;

    public override string Repr() => $"<staticmethod({Ops.Repr(Function)})>";

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => Ops.Call(Function, args, kwnames);

    public override PyObject? GetSpecialAttr(string name) => name == "__func__" ? Function : null;
}

/// <summary><c>classmethod</c>.</summary>
internal sealed class PyClassMethod(PyObject function) : PyObject
{
    public static readonly PyType TypeObject = new("classmethod", PyType.ObjectType, (t, a, k) => new PyClassMethod(a[0]))
    {
        ConstructorSpec = ArgSpec.Positional(1, 1),
    };

    public PyObject Function { get; } = function;

    public override PyType Type => TypeObject;

    public override string Repr() => $"<classmethod({Ops.Repr(Function)})>";

    public override PyObject? GetSpecialAttr(string name) => name == "__func__" ? Function : null;
}

/// <summary><c>property</c>: a data descriptor with getter, setter and deleter.</summary>
internal sealed class PyProperty(PyObject? getter, PyObject? setter, PyObject? deleter, PyObject? doc) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public PyObject? Getter { get; } = getter;

    public PyObject? Setter { get; } = setter;

    public PyObject? Deleter { get; } = deleter;

    public PyObject? Doc { get; } = doc;

    public override PyType Type => TypeObject;

    public override PyObject? GetSpecialAttr(string name) => name switch
    {
        "fget" => Getter ?? PyNone.Value,
        "fset" => Setter ?? PyNone.Value,
        "fdel" => Deleter ?? PyNone.Value,
        "__doc__" => Doc ?? (Getter is not null ? Ops.GetAttrOrNull(Getter, "__doc__") : null) ?? PyNone.Value,
        _ => null,
    };

    private static PyObject? NoneToNull(PyObject? o) => o == PyNone.Value ? null : o;

    private static PyType CreateType()
    {
        var t = new PyType("property", PyType.ObjectType, (type, a, k) =>
        {
            var args = Ops.BindArgs("property", a, k, ["fget", "fset", "fdel", "doc"], 0);
            return new PyProperty(NoneToNull(args[0]), NoneToNull(args[1]), NoneToNull(args[2]), NoneToNull(args[3]));
        });
        t.AddMethod("getter", (a, k) => { var p = (PyProperty)a[0]; return new PyProperty(a[1], p.Setter, p.Deleter, p.Doc); });
        t.AddMethod("setter", (a, k) => { var p = (PyProperty)a[0]; return new PyProperty(p.Getter, a[1], p.Deleter, p.Doc); });
        t.AddMethod("deleter", (a, k) => { var p = (PyProperty)a[0]; return new PyProperty(p.Getter, p.Setter, a[1], p.Doc); });
        return t;
    }
}
