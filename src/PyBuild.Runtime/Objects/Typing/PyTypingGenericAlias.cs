namespace PyBuild.Runtime.Objects.Typing;

/// <summary>
/// A parameterised typing object (typing's <c>_GenericAlias</c>): <c>Generic[T]</c>, a generic
/// class subscripted (<c>Box[int]</c>), a generic type alias subscripted, <c>Unpack[Ts]</c>. As a
/// base class it stands for its origin (<c>__mro_entries__</c>); called, it makes an origin instance.
/// </summary>
internal sealed class PyTypingGenericAlias(PyObject origin, PyTuple args) : PyObject
{
    private static readonly PyType AliasType = CreateType();

    public override PyType Type => AliasType;

    public PyObject Origin { get; } = origin;

    public PyTuple Args { get; } = args;

    public override string Repr() => TypingRepr.Of(Origin) + "[" + (Args.Items.Length == 0 ? "()" : TypingRepr.Join(Args.Items)) + "]";

    public override PyObject Call(ReadOnlySpan<PyObject> a, PyTuple? kwnames)
    {
        var result = Ops.Call(Origin, a, kwnames);
        // Like typing, records the alias on the instance where the instance allows it.
        if (result.Dict is { } d) d.SetItem(PyStr.Intern("__orig_class__"), this);
        return result;
    }

    /// <summary>Substitutes the alias's type parameters (<c>Box[T][int]</c> is <c>Box[int]</c>).</summary>
    public override PyObject GetItem(PyObject key) => new PyTypingGenericAlias(Origin, new PyTuple(TypeParameters.Substitute(Args.Items, key, Repr())));

    public override PyObject? BinaryOp(BinaryOpKind op, PyObject other, bool reflected) => PyUnionType.Operator(this, op, other, reflected);

    public override PyObject? RichCompare(CompareKind op, PyObject other)
    {
        if (op is not (CompareKind.Eq or CompareKind.Ne)) return null;
        if (other is not PyTypingGenericAlias o) return null;
        bool same = Ops.EqualsBool(Origin, o.Origin) && Ops.EqualsBool(Args, o.Args);
        return PyBool.From(same == (op == CompareKind.Eq));
    }

    public override long Hash() => Ops.Hash(Origin) ^ Ops.Hash(Args);

    public override PyObject? GetSpecialAttr(string name) => name switch
    {
        "__origin__" => Origin,
        "__args__" => Args,
        "__parameters__" => TypeParameters.Collect(Args.Items),
        _ => null,
    };

    /// <summary>
    /// <c>__mro_entries__</c>: in a class's bases the alias stands for its origin, except that
    /// <c>Generic[...]</c> drops out when a later base is parameterised too (it brings Generic itself).
    /// </summary>
    private PyObject MroEntries(PyTuple bases)
    {
        if (Origin is not PyType originType) throw Ops.TypeError($"Cannot subclass {Repr()}");
        if (originType == GenericType.TypeObject)
        {
            int i = Array.IndexOf(bases.Items, this);
            for (int j = i + 1; j < bases.Items.Length; j++)
            {
                if (bases.Items[j] is PyTypingGenericAlias) return PyTuple.Empty;
            }
        }
        return new PyTuple([originType]);
    }

    private static PyType CreateType()
    {
        var t = new PyType("_GenericAlias", PyType.ObjectType);
        t.AddMethod("__mro_entries__", (a, k) =>
        {
            if (a.Length != 2 || a[1] is not PyTuple bases) throw Ops.TypeError("__mro_entries__ expects the tuple of bases");
            return ((PyTypingGenericAlias)a[0]).MroEntries(bases);
        });
        return t;
    }
}
