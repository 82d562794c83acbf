namespace PyBuild.Runtime.Objects;

/// <summary><c>bytes</c>.</summary>
internal sealed partial class PyBytes(byte[] value) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public byte[] Value { get; } = value;

    public override PyType Type => TypeObject;

    public override int Length() => Value.Length;

    public override bool IsTrue() => Value.Length > 0;

    public override string Repr() => BytesLike.Literal(Value, escapeAllSingleQuotes: false);

    public override long Hash()
    {
        var h = new HashCode();
        h.AddBytes(Value);
        long v = h.ToHashCode();
        return v == -1 ? -2 : v;
    }

    public override PyObject? RichCompare(CompareKind op, PyObject other)
    {
        if (!BytesLike.TryGetSpan(other, out var o)) return null;
        int c = Value.AsSpan().SequenceCompareTo(o);
        return PyBool.From(Ops.CompareResult(op, c));
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PySlice sl)
        {
            var (start, _, step, count) = sl.Indices(Value.Length);
            var r = new byte[count];
            for (int i = 0, j = start; i < count; i++, j += step) r[i] = Value[j];
            return new PyBytes(r);
        }
        if (!Ops.TryIndex(key, out _)) throw Ops.TypeError($"byte indices must be integers or slices, not {key.Type.Name}");
        long idx = Ops.IndexValue(key);
        if (idx < 0) idx += Value.Length;
        if (idx < 0 || idx >= Value.Length) throw Ops.Error(Exceptions.ExceptionTypes.IndexError, "index out of range");
        return PyInt.From(Value[idx]);
    }

    public override PyObject Iter()
    {
        var items = new PyObject[Value.Length];
        for (int i = 0; i < items.Length; i++) items[i] = PyInt.From(Value[i]);
        return new PySeqIterator(items, items.Length, "bytes_iterator");
    }

    public override bool? Contains(PyObject item)
    {
        if (item is PyInt i)
        {
            if (!i.IsSmall || i.Small is < 0 or > 255) throw Ops.ValueError("byte must be in range(0, 256)");
            return Array.IndexOf(Value, (byte)i.Small) >= 0;
        }
        if (BytesLike.TryGetSpan(item, out var sub)) return Value.AsSpan().IndexOf(sub) >= 0;
        throw Ops.TypeError($"a bytes-like object is required, not '{item.Type.Name}'");
    }

    public override PyObject? BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        if (op == BinaryOpKind.Add && !reflected && BytesLike.TryGetSpan(other, out var o)) return new PyBytes([.. Value, .. o]);
        if (op == BinaryOpKind.Remainder && !reflected) return new PyBytes(Builtins.PercentFormat.FormatBytes(Value, other));
        if (op == BinaryOpKind.Multiply && other is PyInt n)
        {
            int c = SequenceRepeat.Count(n, Value.Length, "repeated bytes are too long", Array.MaxLength);
            var r = new byte[Value.Length * c];
            for (int k = 0; k < c; k++) Value.CopyTo(r, k * Value.Length);
            return new PyBytes(r);
        }
        return null;
    }

    private static PyType CreateType()
    {
        var t = new PyType("bytes", PyType.ObjectType, (type, a, k) => new PyBytes(BytesLike.FromConstructorArgs("bytes", a, k)));
        AddTextMethods(t);
        return t;
    }
}
