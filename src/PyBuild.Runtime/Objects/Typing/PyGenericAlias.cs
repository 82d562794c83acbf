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
    public override PyObject GetItem(PyObject key) => WithArgs(TypeParameters.Substitute(args, key, Repr()));

    /// <summary>The same class subscripted with <paramref name="newArgs"/>.</summary>
    public PyGenericAlias WithArgs(PyObject[] newArgs) =>
        new(origin, tupleKey || newArgs.Length != 1 ? new PyTuple(newArgs) : newArgs[0]);

    /// <summary>The items of the subscript.</summary>
    public PyObject[] Args => args;

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
