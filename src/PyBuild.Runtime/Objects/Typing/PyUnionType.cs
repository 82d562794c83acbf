namespace PyBuild.Runtime.Objects.Typing;

/// <summary>
/// What <c>X | Y</c> of types makes, flattened and without duplicates: <c>types.UnionType</c>
/// (shown <c>int | None</c>) between classes, parameterised built-ins and type aliases; typing's
/// <c>Union</c> (shown <c>typing.Union[...]</c>, or <c>typing.Optional[X]</c> with None) when a
/// type parameter or a typing alias takes part, as in CPython, where those objects' own <c>__or__</c> answers.
/// </summary>
internal sealed class PyUnionType : PyObject
{
    private static readonly PyType UnionTypeObject = new("UnionType", PyType.ObjectType);
    private static readonly PyType TypingUnionType = new("_UnionGenericAlias", PyType.ObjectType);

    private readonly PyObject[] args;

    // typing.Union rather than types.UnionType.
    private readonly bool isTyping;

    private PyUnionType(PyObject[] args, bool isTyping)
    {
        this.args = args;
        this.isTyping = isTyping;
    }

    public override PyType Type => isTyping ? TypingUnionType : UnionTypeObject;

    /// <summary>
    /// <c>|</c> between typing objects (<paramref name="self"/> is the one whose slot runs): a union
    /// when both sides can be in one, null (NotImplemented) otherwise.
    /// </summary>
    public static PyObject? Operator(PyObject self, BinaryOpKind op, PyObject other, bool reflected)
    {
        if (op != BinaryOpKind.Or) return null;
        bool typing = IsTypingOperand(self);
        if (typing ? !IsTypingOperand(other) && !IsUnionable(other) : !IsUnionable(other)) return null;
        return reflected ? Make(other, self, typing) : Make(self, other, typing);
    }

    // What types.UnionType accepts: None, classes, parameterised built-ins, its own unions, type aliases.
    private static bool IsUnionable(PyObject o) =>
        o == PyNone.Value || o is PyType or PyUnionType { isTyping: false } or PyTypeAliasType or PyGenericAlias;

    // What makes a typing.Union instead.
    private static bool IsTypingOperand(PyObject o) =>
        o is PyTypeVar or PyParamSpec or PyTypeVarTuple or PyTypingGenericAlias or PyUnionType { isTyping: true };

    /// <summary><paramref name="left"/> | <paramref name="right"/>: one of them when they are the same type.</summary>
    private static PyObject Make(PyObject left, PyObject right, bool isTyping)
    {
        var items = new List<PyObject>();
        Add(left, items);
        Add(right, items);
        return items.Count == 1 ? items[0] : new PyUnionType([.. items], isTyping);
    }

    private static void Add(PyObject o, List<PyObject> items)
    {
        if (o is PyUnionType u)
        {
            foreach (var a in u.args) Add(a, items);
            return;
        }
        // None stands for its type in a union (int | None has NoneType among its __args__).
        var item = o == PyNone.Value ? PyNone.Value.Type : o;
        foreach (var x in items)
        {
            if (ReferenceEquals(x, item) || x is not PyType && item is not PyType && Ops.EqualsBool(x, item)) return;
        }
        items.Add(item);
    }

    public override string Repr()
    {
        var parts = new string[args.Length];
        for (int i = 0; i < args.Length; i++) parts[i] = args[i] == PyNone.Value.Type ? "None" : TypingRepr.Of(args[i]);
        if (!isTyping) return string.Join(" | ", parts);
        if (args.Length == 2 && (args[0] == PyNone.Value.Type || args[1] == PyNone.Value.Type))
            return "typing.Optional[" + (args[0] == PyNone.Value.Type ? parts[1] : parts[0]) + "]";
        return "typing.Union[" + string.Join(", ", parts) + "]";
    }

    public override PyObject? BinaryOp(BinaryOpKind op, PyObject other, bool reflected) => Operator(this, op, other, reflected);

    public override PyObject? RichCompare(CompareKind op, PyObject other)
    {
        if (op is not (CompareKind.Eq or CompareKind.Ne)) return null;
        if (other is not PyUnionType u || u.isTyping != isTyping) return null;
        bool same = u.args.Length == args.Length;
        for (int i = 0; same && i < args.Length; i++)
        {
            bool found = false;
            foreach (var x in u.args) found |= ReferenceEquals(x, args[i]) || Ops.EqualsBool(x, args[i]);
            same = found;
        }
        return PyBool.From(same == (op == CompareKind.Eq));
    }

    public override long Hash()
    {
        long h = 0x345678;
        foreach (var a in args) h ^= Ops.Hash(a);
        return h;
    }

    public override PyObject? GetSpecialAttr(string name) => name switch
    {
        "__args__" => new PyTuple((PyObject[])args.Clone()),
        "__parameters__" => TypeParameters.Collect(args),
        _ => null,
    };
}
