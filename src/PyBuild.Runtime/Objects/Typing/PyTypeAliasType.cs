namespace PyBuild.Runtime.Objects.Typing;

/// <summary>
/// <c>typing.TypeAliasType</c>: what a <c>type X = ...</c> statement binds. The value is evaluated
/// on first read of <c>__value__</c>, so it may refer to names defined later (or to the alias itself).
/// </summary>
internal sealed class PyTypeAliasType(string name, PyTuple typeParams, LazyTypingValue value, PyObject module) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public override PyType Type => TypeObject;

    public string Name { get; } = name;

    public override string Repr() => Name;

    public override PyObject GetItem(PyObject key)
    {
        if (typeParams.Items.Length == 0) throw Ops.TypeError("Only generic type aliases are subscriptable");
        return new PyTypingGenericAlias(this, key is PyTuple t ? t : new PyTuple([key]));
    }

    public override PyObject? BinaryOp(BinaryOpKind op, PyObject other, bool reflected) => PyUnionType.Operator(this, op, other, reflected);

    public override PyObject? GetSpecialAttr(string name) => name switch
    {
        "__name__" => new PyStr(Name),
        "__value__" => value.Get(),
        "__type_params__" => typeParams,
        "__parameters__" => Parameters(),
        "__module__" => module,
        _ => null,
    };

    // The type parameters, with each TypeVarTuple given unpacked, as CPython lists them.
    private PyTuple Parameters()
    {
        var items = (PyObject[])typeParams.Items.Clone();
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is PyTypeVarTuple tvt) items[i] = tvt.Unpacked();
        }
        return new PyTuple(items);
    }

    /// <summary><c>TypeAliasType(name, value, *, type_params=())</c>.</summary>
    private static PyObject Construct(PyType type, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        var args = Ops.BindArgs("TypeAliasType", a, k, ["name", "value", "type_params"], 2);
        if (args[0] is not PyStr name) throw Ops.TypeError($"TypeAliasType() argument 'name' must be str, not {args[0]!.Type.Name}");
        var typeParams = args[2] as PyTuple ?? (args[2] is null ? PyTuple.Empty : throw Ops.TypeError("type_params must be a tuple"));
        return new PyTypeAliasType(name.Value, typeParams, LazyTypingValue.Of(args[1]!), PyNone.Value);
    }

    private static PyType CreateType()
    {
        var t = new PyType("TypeAliasType", PyType.ObjectType, Construct);
        t.AddMethod("__mro_entries__", (a, k) => throw Ops.TypeError("Cannot subclass an instance of TypeAliasType"));
        return t;
    }
}
