using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace PyBuild.Runtime.Objects;

/// <summary><c>list</c>: a growable array.</summary>
internal partial class PyList : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public PyList() => Items = [];

    public PyList(PyObject[] items)
    {
        Items = Exact(items);
        Count = items.Length;
    }

    public PyList(int capacity) => Items = capacity == 0 ? [] : new PyObject[capacity];

    /// <summary>
    /// The backing array; only the first <see cref="Count"/> slots are items. Always exactly a
    /// <c>PyObject[]</c> (never a covariant <c>PyStr[]</c>), so <see cref="SetAt"/> may store without
    /// the runtime's array type check.
    /// </summary>
    public PyObject[] Items { get; private set; }

    // A covariant array (a PyStr[] passed as PyObject[]) is copied into a PyObject[].
    private static PyObject[] Exact(PyObject[] items) =>
        items.GetType() == typeof(PyObject[]) ? items : items.AsSpan().ToArray();

    /// <summary>Stores item <paramref name="index"/> (already checked against <see cref="Count"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetAt(int index, PyObject item) =>
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Items), index) = item;

    public int Count { get; private set; }

    public override PyType Type => TypeObject;

    public ReadOnlySpan<PyObject> AsSpan() => Items.AsSpan(0, Count);

    public PyObject[] ToArray() => Items.AsSpan(0, Count).ToArray();

    public void Append(PyObject item)
    {
        if (Count == Items.Length) Grow(Count + 1);
        SetAt(Count++, item);
    }

    private void Grow(int min)
    {
        int n = Math.Max(min, Items.Length < 4 ? 4 : Items.Length * 2);
        var a = new PyObject[n];
        Array.Copy(Items, a, Count);
        Items = a;
    }

    public void Extend(ReadOnlySpan<PyObject> items)
    {
        if (Count + items.Length > Items.Length) Grow(Count + items.Length);
        items.CopyTo(Items.AsSpan(Count));
        Count += items.Length;
    }

    public void Insert(int index, PyObject item)
    {
        if (index < 0) index = Math.Max(0, index + Count);
        if (index > Count) index = Count;
        if (Count == Items.Length) Grow(Count + 1);
        Array.Copy(Items, index, Items, index + 1, Count - index);
        SetAt(index, item);
        Count++;
    }

    public PyObject PopAt(int index)
    {
        var item = Items[index];
        Array.Copy(Items, index + 1, Items, index, Count - index - 1);
        Items[--Count] = null!;
        return item;
    }

    public void Clear()
    {
        Items = [];
        Count = 0;
    }

    /// <summary>Replaces the contents (used by sort and slice assignment).</summary>
    public void SetContents(PyObject[] items)
    {
        Items = Exact(items);
        Count = items.Length;
    }

    public override int Length() => Count;

    public override bool IsTrue() => Count > 0;

    public override long Hash() => throw Ops.TypeError("unhashable type: 'list'");

    public override string Repr()
    {
        if (Count == 0) return "[]";
        if (!Ops.ReprEnter(this)) return "[...]";
        try
        {
            var sb = new StringBuilder("[");
            for (int i = 0; i < Count; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Ops.Repr(Items[i]));
            }
            return sb.Append(']').ToString();
        }
        finally
        {
            Ops.ReprLeave(this);
        }
    }

    private int NormalizeIndex(PyObject key, string what)
    {
        long idx;
        if (key is PyInt i) idx = i.IsSmall ? i.Small : long.MaxValue;
        else if (!Ops.TryIndex(key, out var ix)) throw Ops.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
        else idx = ix.IsSmall ? ix.Small : long.MaxValue;
        if (idx < 0) idx += Count;
        if (idx < 0 || idx >= Count) throw Ops.Error(Exceptions.ExceptionTypes.IndexError, what);
        return (int)idx;
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyInt i && i.IsSmall)
        {
            long idx = i.Small;
            if (idx < 0) idx += Count;
            if ((ulong)idx < (ulong)Count) return Items[idx];
            throw Ops.Error(Exceptions.ExceptionTypes.IndexError, "list index out of range");
        }
        if (key is PySlice sl) return new PyList(sl.Apply(Items, Count));
        return Items[NormalizeIndex(key, "list index out of range")];
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        if (key is PySlice sl)
        {
            AssignSlice(sl, Ops.ToArray(value));
            return;
        }
        SetAt(NormalizeIndex(key, "list assignment index out of range"), value);
    }

    public override void DelItem(PyObject key)
    {
        if (key is PySlice sl)
        {
            var (start, _, step, count) = sl.Indices(Count);
            var keep = new List<PyObject>(Count);
            var drop = new HashSet<int>();
            for (int k = 0, j = start; k < count; k++, j += step) drop.Add(j);
            for (int k = 0; k < Count; k++) if (!drop.Contains(k)) keep.Add(Items[k]);
            SetContents([.. keep]);
            return;
        }
        PopAt(NormalizeIndex(key, "list assignment index out of range"));
    }

    private void AssignSlice(PySlice sl, PyObject[] values)
    {
        var (start, stop, step, count) = sl.Indices(Count);
        if (step == 1)
        {
            if (stop < start) stop = start;
            var result = new PyObject[Count - (stop - start) + values.Length];
            Array.Copy(Items, 0, result, 0, start);
            Array.Copy(values, 0, result, start, values.Length);
            Array.Copy(Items, stop, result, start + values.Length, Count - stop);
            SetContents(result);
            return;
        }
        if (values.Length != count)
            throw Ops.Error(Exceptions.ExceptionTypes.ValueError, $"attempt to assign sequence of size {values.Length} to extended slice of size {count}");
        for (int k = 0, j = start; k < count; k++, j += step) Items[j] = values[k];
    }

    public override bool? Contains(PyObject item)
    {
        for (int i = 0; i < Count; i++)
        {
            if (ReferenceEquals(Items[i], item) || Ops.EqualsBool(Items[i], item)) return true;
        }
        return false;
    }

    public override PyObject Iter() => new PySeqIterator(this);

    public override PyObject? RichCompare(CompareKind op, PyObject other) =>
        other is PyList o ? Ops.CompareSequences(Items, Count, o.Items, o.Count, op) : null;

    public override PyObject? BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        if (op == BinaryOpKind.Add && other is PyList o && !reflected)
        {
            var r = new PyList(Count + o.Count);
            r.Extend(AsSpan());
            r.Extend(o.AsSpan());
            return r;
        }
        if (op == BinaryOpKind.Multiply && other is PyInt n)
        {
            int c = SequenceRepeat.Count(n, Count, null, Array.MaxLength);
            var r = new PyList(Count * c);
            for (int k = 0; k < c; k++) r.Extend(AsSpan());
            return r;
        }
        return null;
    }

    /// <summary>The in-place operators (<c>+=</c>, <c>*=</c>) mutate the list.</summary>
    public PyObject? InPlaceOp(BinaryOpKind op, PyObject other)
    {
        if (op == BinaryOpKind.Add)
        {
            Extend(other is PyList l ? l.ToArray() : Ops.ToArray(other));
            return this;
        }
        if (op == BinaryOpKind.Multiply && other is PyInt n)
        {
            int c = SequenceRepeat.Count(n, Count, null, Array.MaxLength);
            var items = ToArray();
            Clear();
            for (int k = 0; k < c; k++) Extend(items);
            return this;
        }
        return null;
    }
}
