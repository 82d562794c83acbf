using PyBuild.Runtime.Exceptions;

namespace PyBuild.Runtime.Objects;

/// <summary>
/// <c>bytearray</c>: a mutable sequence of bytes. Its read-only methods are those of <c>bytes</c>
/// (<see cref="PyBytes.AddTextMethods"/>), returning bytearrays; it compares equal to bytes with the
/// same contents and, being mutable, is unhashable.
/// </summary>
internal sealed partial class PyByteArray : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private static readonly PyType IteratorType = SlotWrappers.Iterator(new("bytearray_iterator", PyType.ObjectType));

    private byte[] buffer;
    private int count;

    public PyByteArray(byte[] data)
    {
        buffer = data;
        count = data.Length;
    }

    public override PyType Type => TypeObject;

    /// <summary>The current contents; invalid once the bytearray changes size.</summary>
    public ReadOnlySpan<byte> Span => buffer.AsSpan(0, count);

    /// <summary>The current contents for a memoryview to write through; invalid once the bytearray changes size.</summary>
    public Span<byte> WritableSpan => buffer.AsSpan(0, count);

    /// <summary>
    /// The contents as an array the caller only reads and does not keep: the buffer itself, trimmed
    /// to the contents first if it has spare room, so that repeated reads (a find loop) copy nothing.
    /// </summary>
    public byte[] ContentsForReading()
    {
        if (buffer.Length != count) buffer = ToArray();
        return buffer;
    }

    /// <summary>A copy of the contents.</summary>
    public byte[] ToArray() => buffer.AsSpan(0, count).ToArray();

    public override int Length() => count;

    public override bool IsTrue() => count > 0;

    public override string Repr() => "bytearray(" + BytesLike.Literal(Span, escapeAllSingleQuotes: true) + ")";

    public override long Hash() => throw Ops.TypeError("unhashable type: 'bytearray'");

    public override PyObject? RichCompare(CompareKind op, PyObject other)
    {
        if (!BytesLike.TryGetSpan(other, out var o)) return null;
        return PyBool.From(Ops.CompareResult(op, Span.SequenceCompareTo(o)));
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PySlice sl)
        {
            var (start, _, step, n) = sl.Indices(count);
            var r = new byte[n];
            for (int i = 0, j = start; i < n; i++, j += step) r[i] = buffer[j];
            return new PyByteArray(r);
        }
        return PyInt.From(buffer[Index(key)]);
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        if (key is PySlice sl)
        {
            AssignSlice(sl, value);
            return;
        }
        int i = Index(key);
        buffer[i] = BytesLike.ByteValue(value);
    }

    public override void DelItem(PyObject key)
    {
        if (key is not PySlice sl)
        {
            RemoveRange(Index(key), 1);
            return;
        }
        var (start, stop, step, n) = sl.Indices(count);
        if (step == 1)
        {
            if (n > 0) RemoveRange(start, stop - start);
            return;
        }
        // An extended slice: keep every byte whose position is not one of the slice's.
        var drop = new bool[count];
        for (int k = 0, j = start; k < n; k++, j += step) drop[j] = true;
        int w = 0;
        for (int r = 0; r < count; r++)
        {
            if (!drop[r]) buffer[w++] = buffer[r];
        }
        count = w;
    }

    public override PyObject Iter() => new PyNativeIterator(IteratorType, Items());

    // Live, as CPython's iterator: it sees changes made during the iteration.
    private IEnumerator<PyObject> Items()
    {
        for (int i = 0; i < count; i++) yield return PyInt.From(buffer[i]);
    }

    public override bool? Contains(PyObject item)
    {
        if (item is PyInt or PyBool) return Span.IndexOf(BytesLike.ByteValue(item)) >= 0;
        if (BytesLike.TryGetSpan(item, out var sub)) return Span.IndexOf(sub) >= 0;
        throw Ops.TypeError($"a bytes-like object is required, not '{item.Type.Name}'");
    }

    public override PyObject? BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        if (op == BinaryOpKind.Add && !reflected && BytesLike.TryGetSpan(other, out var o))
        {
            var r = new byte[count + o.Length];
            Span.CopyTo(r);
            o.CopyTo(r.AsSpan(count));
            return new PyByteArray(r);
        }
        if (op == BinaryOpKind.Multiply && other is PyInt or PyBool) return new PyByteArray(Repeat(Span, RepeatCount(other)));
        if (op == BinaryOpKind.Remainder && !reflected) return new PyByteArray(Builtins.PercentFormat.FormatBytes(ToArray(), other));
        return null;
    }

    /// <summary><c>+=</c> and <c>*=</c>, which change the bytearray itself; null for other operators.</summary>
    public PyObject? InPlaceOp(BinaryOpKind op, PyObject other)
    {
        if (op == BinaryOpKind.Add)
        {
            var data = BytesLike.ToArrayOrNull(other) ?? throw Ops.TypeError($"can't concat {other.Type.Name} to bytearray");
            Insert(count, data);
            return this;
        }
        if (op == BinaryOpKind.Multiply && other is PyInt or PyBool)
        {
            var r = Repeat(Span, RepeatCount(other));
            buffer = r;
            count = r.Length;
            return this;
        }
        return null;
    }

    private static long RepeatCount(PyObject n)
    {
        long c = Ops.IndexValue(n);
        return c < 0 ? 0 : c;
    }

    private static byte[] Repeat(ReadOnlySpan<byte> data, long times)
    {
        if (data.Length > 0 && times > int.MaxValue / data.Length) throw Ops.Error(ExceptionTypes.MemoryError, "");
        var r = new byte[data.Length * times];
        for (int k = 0; k < times; k++) data.CopyTo(r.AsSpan(k * data.Length));
        return r;
    }

    /// <summary>The position an int index refers to, with CPython's IndexError when it is outside.</summary>
    private int Index(PyObject key)
    {
        if (key is not (PyInt or PyBool) && key.Type.Lookup("__index__") is null)
            throw Ops.TypeError($"bytearray indices must be integers or slices, not {key.Type.Name}");
        long i = Ops.IndexValue(key);
        if (i < 0) i += count;
        if (i < 0 || i >= count) throw Ops.Error(ExceptionTypes.IndexError, "bytearray index out of range");
        return (int)i;
    }

    /// <summary>Assigns <paramref name="value"/> (bytes-like or an iterable of ints) to a slice.</summary>
    private void AssignSlice(PySlice sl, PyObject value)
    {
        if (value is PyInt or PyStr) throw Ops.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        var data = BytesLike.ToArrayOrNull(value) ?? BytesLike.FromConstructorArgs("bytearray", [value], null);
        var (start, stop, step, n) = sl.Indices(count);
        if (step == 1)
        {
            if (stop < start) stop = start;
            RemoveRange(start, stop - start);
            Insert(start, data);
            return;
        }
        if (data.Length != n) throw Ops.ValueError($"attempt to assign bytes of size {data.Length} to extended slice of size {n}");
        for (int k = 0, j = start; k < n; k++, j += step) buffer[j] = data[k];
    }

    /// <summary>Inserts <paramref name="data"/> at <paramref name="at"/> (0..Length), growing the buffer as a list does.</summary>
    public void Insert(int at, ReadOnlySpan<byte> data)
    {
        if (count + data.Length > buffer.Length)
        {
            var grown = new byte[Math.Max(count + data.Length, buffer.Length * 2)];
            buffer.AsSpan(0, count).CopyTo(grown);
            buffer = grown;
        }
        buffer.AsSpan(at, count - at).CopyTo(buffer.AsSpan(at + data.Length));
        data.CopyTo(buffer.AsSpan(at));
        count += data.Length;
    }

    /// <summary>Removes <paramref name="length"/> bytes from <paramref name="at"/>.</summary>
    public void RemoveRange(int at, int length)
    {
        buffer.AsSpan(at + length, count - at - length).CopyTo(buffer.AsSpan(at));
        count -= length;
    }
}
