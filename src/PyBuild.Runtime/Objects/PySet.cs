using System.Text;

namespace PyBuild.Runtime.Objects;

/// <summary>
/// <c>set</c> and <c>frozenset</c>: an open-addressing table probed like CPython's (linear runs, then
/// perturbation), so that iteration order, and hence printed output, matches CPython's.
/// </summary>
internal sealed partial class PySet : PyObject
{
    public static readonly PyType SetType = CreateSetType();
    public static readonly PyType FrozenSetType = CreateFrozenSetType();

    private const int MinSize = 8;
    private const int LinearProbes = 9;
    private static readonly PyObject DummyKey = new PyStr("<dummy>");

    private PyObject?[] keys = new PyObject?[MinSize];
    private long[] hashes = new long[MinSize];
    private int fill;

    public PySet(bool frozen) => IsFrozen = frozen;

    public PySet(bool frozen, IEnumerable<PyObject> items) : this(frozen)
    {
        foreach (var x in items) Add(x);
    }

    public bool IsFrozen { get; }

    public int Count { get; private set; }

    public override PyType Type => IsFrozen ? FrozenSetType : SetType;

    public IEnumerable<PyObject> Items()
    {
        var k = keys;
        for (int i = 0; i < k.Length; i++)
        {
            var key = k[i];
            if (key is not null && key != DummyKey) yield return key;
        }
    }

    public PyObject[] ToArray()
    {
        var r = new PyObject[Count];
        int n = 0;
        foreach (var key in keys)
        {
            if (key is not null && key != DummyKey) r[n++] = key;
        }
        return r;
    }

    private int Find(PyObject key, long hash)
    {
        int mask = keys.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            for (int j = 0; j <= probes; j++)
            {
                var k = keys[i + j];
                if (k is null) return -1;
                if (k != DummyKey && hashes[i + j] == hash && (ReferenceEquals(k, key) || Ops.EqualsBool(k, key))) return i + j;
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    public bool Contains(PyObject key, long hash) => Find(key, hash) >= 0;

    public bool Has(PyObject key) => Find(key, Ops.Hash(key)) >= 0;

    public void Add(PyObject key) => Add(key, Ops.Hash(key));

    public void Add(PyObject key, long hash)
    {
        int mask = keys.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        int freeSlot = -1;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            for (int j = 0; j <= probes; j++)
            {
                var k = keys[i + j];
                if (k is null)
                {
                    int slot = freeSlot >= 0 ? freeSlot : i + j;
                    if (freeSlot < 0) fill++;
                    keys[slot] = key;
                    hashes[slot] = hash;
                    Count++;
                    if ((long)fill * 5 >= (long)mask * 3) Resize(Count > 50000 ? Count * 2 : Count * 4);
                    return;
                }
                if (k == DummyKey)
                {
                    if (freeSlot < 0) freeSlot = i + j;
                    continue;
                }
                if (hashes[i + j] == hash && (ReferenceEquals(k, key) || Ops.EqualsBool(k, key))) return;
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private void Resize(int minUsed)
    {
        int size = MinSize;
        while (size <= minUsed) size <<= 1;
        var oldKeys = keys;
        var oldHashes = hashes;
        keys = new PyObject?[size];
        hashes = new long[size];
        fill = Count;
        int mask = size - 1;
        for (int s = 0; s < oldKeys.Length; s++)
        {
            var key = oldKeys[s];
            if (key is null || key == DummyKey) continue;
            long hash = oldHashes[s];
            ulong perturb = (ulong)hash;
            int i = (int)((ulong)hash & (ulong)mask);
            while (true)
            {
                int probes = i + LinearProbes <= mask ? LinearProbes : 0;
                int found = -1;
                for (int j = 0; j <= probes; j++)
                {
                    if (keys[i + j] is null) { found = i + j; break; }
                }
                if (found >= 0)
                {
                    keys[found] = key;
                    hashes[found] = hash;
                    break;
                }
                perturb >>= 5;
                i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
            }
        }
    }

    public bool Discard(PyObject key)
    {
        int ix = Find(key, Ops.Hash(key));
        if (ix < 0) return false;
        keys[ix] = DummyKey;
        Count--;
        return true;
    }

    public PyObject Pop()
    {
        if (Count == 0) throw Ops.Error(Exceptions.ExceptionTypes.KeyError, "pop from an empty set");
        for (int i = 0; i < keys.Length; i++)
        {
            var k = keys[i];
            if (k is not null && k != DummyKey)
            {
                keys[i] = DummyKey;
                Count--;
                return k;
            }
        }
        throw new InvalidOperationException("set count out of sync");
    }

    public void Clear()
    {
        keys = new PyObject?[MinSize];
        hashes = new long[MinSize];
        fill = 0;
        Count = 0;
    }

    public PySet Copy(bool frozen)
    {
        var s = new PySet(frozen);
        s.Update(this);
        return s;
    }

    public void Update(PyObject iterable)
    {
        if (iterable is PySet other)
        {
            // As CPython's set_merge: an empty table of the same size is copied slot for slot;
            // otherwise the table is first grown for both, so that the resulting order matches.
            if (fill == 0 && keys.Length == other.keys.Length && other.fill == other.Count)
            {
                keys = (PyObject?[])other.keys.Clone();
                hashes = (long[])other.hashes.Clone();
                fill = other.fill;
                Count = other.Count;
                return;
            }
            if ((long)(fill + other.Count) * 5 >= (long)(keys.Length - 1) * 3) Resize((Count + other.Count) * 2);
            for (int i = 0; i < other.keys.Length; i++)
            {
                var k = other.keys[i];
                if (k is not null && k != DummyKey) Add(k, other.hashes[i]);
            }
            return;
        }
        if (iterable is PyDict d)
        {
            if ((long)(fill + d.Count) * 5 >= (long)(keys.Length - 1) * 3) Resize((Count + d.Count) * 2);
            foreach (var (k, _) in d.Items()) Add(k);
            return;
        }
        var it = Ops.GetIter(iterable);
        while (it.Next() is { } x) Add(x);
    }

    public override int Length() => Count;

    public override bool IsTrue() => Count > 0;

    public override bool? Contains(PyObject item)
    {
        long h;
        if (item is PySet { IsFrozen: false } s) h = s.Copy(true).Hash();
        else h = Ops.Hash(item);
        return Find(item is PySet { IsFrozen: false } ss ? ss.Copy(true) : item, h) >= 0;
    }

    public override long Hash()
    {
        if (!IsFrozen) throw Ops.TypeError("unhashable type: 'set'");
        ulong hash = 0;
        foreach (var k in Items())
        {
            ulong h = (ulong)Ops.Hash(k);
            hash ^= ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
        }
        hash ^= ((ulong)Count + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        return hash == ulong.MaxValue ? 590923713 : (long)hash;
    }

    public override PyObject Iter() => new PySetIterator(this);

    /// <summary>The next live key at or after table slot <paramref name="pos"/>, advancing it; null at the end.</summary>
    public PyObject? NextKey(ref int pos)
    {
        var k = keys;
        while (pos < k.Length)
        {
            var key = k[pos++];
            if (key is not null && key != DummyKey) return key;
        }
        return null;
    }

    public override string Repr()
    {
        var name = IsFrozen ? "frozenset" : "set";
        if (Count == 0) return name + "()";
        if (!Ops.ReprEnter(this)) return name + "(...)";
        try
        {
            var sb = new StringBuilder(IsFrozen ? "frozenset({" : "{");
            bool first = true;
            foreach (var k in Items())
            {
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(Ops.Repr(k));
            }
            sb.Append('}');
            if (IsFrozen) sb.Append(')');
            return sb.ToString();
        }
        finally
        {
            Ops.ReprLeave(this);
        }
    }

    public bool IsSubsetOf(PySet other)
    {
        if (Count > other.Count) return false;
        foreach (var k in Items())
        {
            if (!other.Has(k)) return false;
        }
        return true;
    }

    public override PyObject? RichCompare(CompareKind op, PyObject other)
    {
        if (other is not PySet o) return null;
        return op switch
        {
            CompareKind.Eq => PyBool.From(Count == o.Count && IsSubsetOf(o)),
            CompareKind.Ne => PyBool.From(!(Count == o.Count && IsSubsetOf(o))),
            CompareKind.Le => PyBool.From(IsSubsetOf(o)),
            CompareKind.Lt => PyBool.From(Count < o.Count && IsSubsetOf(o)),
            CompareKind.Ge => PyBool.From(o.IsSubsetOf(this)),
            _ => PyBool.From(Count > o.Count && o.IsSubsetOf(this)),
        };
    }

    public PySet Union(PyObject other, bool frozen)
    {
        var r = Copy(frozen);
        r.Update(other);
        return r;
    }

    public PySet Intersection(PyObject other, bool frozen)
    {
        var r = new PySet(frozen);
        if (other is PySet o)
        {
            var (small, large) = o.Count > Count ? (this, o) : (o, this);
            foreach (var k in small.Items())
            {
                if (large.Has(k)) r.Add(k);
            }
            return r;
        }
        var it = Ops.GetIter(other);
        while (it.Next() is { } x)
        {
            if (Has(x)) r.Add(x);
        }
        return r;
    }

    public PySet Difference(PyObject other, bool frozen)
    {
        var o = other as PySet ?? new PySet(true, Ops.ToArray(other));
        // CPython copies and discards when the other operand is much smaller, else filters into a new set.
        if ((Count >> 2) > o.Count)
        {
            var copy = Copy(frozen);
            foreach (var k in o.Items()) copy.Discard(k);
            return copy;
        }
        var r = new PySet(frozen);
        foreach (var k in Items())
        {
            if (!o.Has(k)) r.Add(k);
        }
        return r;
    }

    public PySet SymmetricDifference(PyObject other, bool frozen)
    {
        // As CPython: start from a copy of the other operand, then toggle this set's elements.
        var r = new PySet(frozen);
        r.Update(other);
        foreach (var k in Items())
        {
            if (r.Has(k)) r.Discard(k);
            else r.Add(k);
        }
        return r;
    }

    public override PyObject? BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        if (other is not PySet o) return null;
        var (a, b) = reflected ? (o, this) : (this, o);
        return op switch
        {
            BinaryOpKind.Or => a.Union(b, a.IsFrozen),
            BinaryOpKind.And => a.Intersection(b, a.IsFrozen),
            BinaryOpKind.Subtract => a.Difference(b, a.IsFrozen),
            BinaryOpKind.Xor => a.SymmetricDifference(b, a.IsFrozen),
            _ => null,
        };
    }

    /// <summary>The in-place operators of <c>set</c> mutate it.</summary>
    public PyObject? InPlaceOp(BinaryOpKind op, PyObject other)
    {
        if (IsFrozen || other is not PySet o) return null;
        switch (op)
        {
            case BinaryOpKind.Or: Update(o); return this;
            case BinaryOpKind.And: Replace(Intersection(o, false)); return this;
            case BinaryOpKind.Subtract: foreach (var k in o.Items()) Discard(k); return this;
            case BinaryOpKind.Xor: Replace(SymmetricDifference(o, false)); return this;
            default: return null;
        }
    }

    private void Replace(PySet s)
    {
        keys = s.keys;
        hashes = s.hashes;
        fill = s.fill;
        Count = s.Count;
    }
}
