using System.Text;

namespace PyBuild.Runtime.Objects;

/// <summary><c>bytes</c>.</summary>
internal sealed partial class PyBytes(byte[] value) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public byte[] Value { get; } = value;

    public override PyType Type => TypeObject;

    public override int Length() => Value.Length;

    public override bool IsTrue() => Value.Length > 0;

    public override string Repr()
    {
        bool hasSingle = Array.IndexOf(Value, (byte)'\'') >= 0, hasDouble = Array.IndexOf(Value, (byte)'"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder("b").Append(quote);
        foreach (var b in Value)
        {
            if (b == quote || b == '\\') sb.Append('\\').Append((char)b);
            else if (b == '\n') sb.Append("\\n");
            else if (b == '\r') sb.Append("\\r");
            else if (b == '\t') sb.Append("\\t");
            else if (b < 0x20 || b >= 0x7f) sb.Append($"\\x{b:x2}");
            else sb.Append((char)b);
        }
        return sb.Append(quote).ToString();
    }

    public override long Hash()
    {
        var h = new HashCode();
        h.AddBytes(Value);
        long v = h.ToHashCode();
        return v == -1 ? -2 : v;
    }

    public override PyObject? RichCompare(CompareKind op, PyObject other)
    {
        if (other is not PyBytes o) return null;
        int c = Value.AsSpan().SequenceCompareTo(o.Value);
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
        if (item is PyBytes b) return Value.AsSpan().IndexOf(b.Value) >= 0;
        throw Ops.TypeError($"a bytes-like object is required, not '{item.Type.Name}'");
    }

    public override PyObject? BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        if (op == BinaryOpKind.Add && other is PyBytes o && !reflected) return new PyBytes([.. Value, .. o.Value]);
        if (op == BinaryOpKind.Multiply && other is PyInt n)
        {
            int c = SequenceRepeat.Count(n, Value.Length, "repeated bytes are too long", Array.MaxLength);
            var r = new byte[Value.Length * c];
            for (int k = 0; k < c; k++) Value.CopyTo(r, k * Value.Length);
            return new PyBytes(r);
        }
        // printf-style bytes formatting is not implemented: refuse it rather than report a wrong TypeError.
        if (op == BinaryOpKind.Remainder && !reflected) throw Ops.NotSupported("bytes % formatting");
        return null;
    }

    private static PyType CreateType()
    {
        var t = new PyType("bytes", PyType.ObjectType, (type, a, k) =>
        {
            var args = Ops.BindArgs("bytes", a, k, ["source", "encoding", "errors"], 0);
            if (args[1] is { } enc && enc is not PyStr) throw Ops.TypeError($"bytes() argument 'encoding' must be str, not {ArgConversions.ClinicTypeName(enc)}");
            if (args[2] is { } err && err is not PyStr) throw Ops.TypeError($"bytes() argument 'errors' must be str, not {ArgConversions.ClinicTypeName(err)}");
            if (args[0] is not { } source)
            {
                if (args[1] is not null || args[2] is not null) throw Ops.TypeError(args[1] is not null ? "encoding without a string argument" : "errors without a string argument");
                return new PyBytes([]);
            }
            if (source is PyStr s)
            {
                if (args[1] is null) throw Ops.TypeError("string argument without an encoding");
                PyStr.RequireUtf8(args[1], args[2], "bytes");
                return new PyBytes(Encoding.UTF8.GetBytes(s.Value));
            }
            if (args[1] is not null) throw Ops.TypeError("encoding without a string argument");
            if (args[2] is not null) throw Ops.TypeError("errors without a string argument");
            if (source is PyInt n)
            {
                if (!n.IsSmall) throw Ops.Error(Exceptions.ExceptionTypes.OverflowError, "cannot fit 'int' into an index-sized integer");
                if (n.Small < 0) throw Ops.ValueError("negative count");
                if (n.Small > Array.MaxLength) throw Ops.Error(Exceptions.ExceptionTypes.MemoryError, "");
                return new PyBytes(new byte[n.Small]);
            }
            var items = Ops.ToArray(source, $"cannot convert '{source.Type.Name}' object to bytes");
            var r = new byte[items.Length];
            for (int i = 0; i < r.Length; i++)
            {
                long v = Ops.IndexValue(items[i]);
                if (v < 0 || v > 255) throw Ops.ValueError("bytes must be in range(0, 256)");
                r[i] = (byte)v;
            }
            return new PyBytes(r);
        });
        t.AddMethod("decode", ArgSpec.Keywords(0, 0, 2, "encoding", "errors"), (a, k) =>
        {
            var args = Ops.BindArgs("decode", a[1..], k, ["encoding", "errors"], 0);
            PyStr.RequireUtf8(args[0], args[1], "decode");
            try
            {
                return new PyStr(new UTF8Encoding(false, true).GetString(((PyBytes)a[0]).Value));
            }
            catch (DecoderFallbackException)
            {
                throw Ops.Error(Exceptions.ExceptionTypes.UnicodeDecodeError, "'utf-8' codec can't decode bytes");
            }
        });
        t.AddMethod("hex", ArgSpec.Keywords(0, 0, 2, "sep", "bytes_per_sep"), (a, k) =>
        {
            // Grouping digits with a separator is not implemented: refuse it rather than ignore it.
            if (a.Length > 1) throw Ops.NotSupported("bytes.hex() with a separator");
            return new PyStr(Convert.ToHexString(((PyBytes)a[0]).Value).ToLowerInvariant());
        });
        AddTextMethods(t);
        return t;
    }
}
