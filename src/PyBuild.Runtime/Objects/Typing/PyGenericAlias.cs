namespace PyBuild.Runtime.Objects.Typing;

/// <summary>
/// <c>types.GenericAlias</c>: a built-in class subscripted, such as <c>list[int]</c> or
/// <c>dict[str, T]</c>. Calling it makes an instance of the class; subscripting it again substitutes
/// its type parameters; as a base class it stands for the class.
/// </summary>
internal sealed class PyGenericAlias : PyObject
{
    private static readonly PyType AliasType = CreateType();

    private readonly PyType origin;
    private readonly PyObject[] args;

    // Whether the subscript was a tuple (dict[str, int], list[()]) rather than one item.
    private readonly bool tupleKey;

    /// <summary>The alias <paramref name="origin"/>[<paramref name="key"/>].</summary>
    public PyGenericAlias(PyType origin, PyObject key)
    {
        this.origin = origin;
        tupleKey = key is PyTuple;
        args = key is PyTuple t ? t.Items : [key];
    }

    public override PyType Type => AliasType;

    public override string Repr() => origin.Name + "[" + (args.Length == 0 ? "()" : TypingRepr.Join(args)) + "]";

    public override PyObject Call(ReadOnlySpan<PyObject> a, PyTuple? kwnames) => Ops.Call(origin, a, kwnames);

    /// <summary>Substitutes the alias's type parameters, in order of first appearance, by the subscript's items.</summary>
    public override PyObject GetItem(PyObject key)
    {
        var parameters = TypeParameters.Collect(args).Items;
        if (parameters.Length == 0) throw Ops.TypeError($"{Repr()} is not a generic class");
        foreach (var p in parameters)
        {
            if (p is not PyTypeVar) throw Ops.NotSupported($"substituting {Ops.Repr(p)} in {Repr()}");
        }
        var values = key is PyTuple t ? t.Items : [key];
        if (values.Length != parameters.Length)
            throw Ops.TypeError($"Too {(values.Length > parameters.Length ? "many" : "few")} arguments for {Repr()}; actual {values.Length}, expected {parameters.Length}");
        var substituted = new PyObject[args.Length];
        for (int i = 0; i < args.Length; i++) substituted[i] = Substitute(args[i], parameters, values);
        return new PyGenericAlias(origin, tupleKey || substituted.Length != 1 ? new PyTuple(substituted) : substituted[0]);
    }

    private static PyObject Substitute(PyObject arg, PyObject[] parameters, PyObject[] values)
    {
        int i = Array.IndexOf(parameters, arg);
        if (i >= 0) return values[i];
        if (arg is PyGenericAlias g && TypeParameters.Collect(g.args).Items.Length > 0)
        {
            var inner = new PyObject[g.args.Length];
            for (int j = 0; j < inner.Length; j++) inner[j] = Substitute(g.args[j], parameters, values);
            return new PyGenericAlias(g.origin, g.tupleKey || inner.Length != 1 ? new PyTuple(inner) : inner[0]);
        }
        if (arg is not PyType && TypeParameters.Collect([arg]).Items.Length > 0) throw Ops.NotSupported($"substituting type parameters in {Ops.Repr(arg)}");
        return arg;
    }

    public override PyObject? BinaryOp(BinaryOpKind op, PyObject other, bool reflected) => PyUnionType.Operator(this, op, other, reflected);

    public override PyObject? RichCompare(CompareKind op, PyObject other)
    {
        if (op is not (CompareKind.Eq or CompareKind.Ne)) return null;
        if (other is not PyGenericAlias o) return null;
        bool same = origin == o.origin && Ops.EqualsBool(new PyTuple(args), new PyTuple(o.args));
        return PyBool.From(same == (op == CompareKind.Eq));
    }

    public override long Hash() => Ops.Hash(origin) ^ Ops.Hash(new PyTuple(args));

    public override PyObject? GetSpecialAttr(string name) => name switch
    {
        "__origin__" => origin,
        "__args__" => new PyTuple((PyObject[])args.Clone()),
        "__parameters__" => TypeParameters.Collect(args),
        _ => null,
    };

    private static PyType CreateType()
    {
        var t = new PyType("GenericAlias", PyType.ObjectType);
        t.AddMethod("__mro_entries__", (a, k) => new PyTuple([((PyGenericAlias)a[0]).origin]));
        return t;
    }
}
