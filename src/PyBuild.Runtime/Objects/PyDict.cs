using System.Text;

namespace PyBuild.Runtime.Objects;

/// <summary>
/// <c>dict</c>: insertion-ordered, a compact entry array indexed by an open-addressing table.
/// <see cref="KeysVersion"/> changes when keys are added or removed, so inline caches may keep an
/// entry index while it holds. A dict of at most <see cref="SmallLimit"/> entries (most instance
/// dicts) has no index table and is searched linearly: one array fewer to allocate and to collect.
/// </summary>
internal partial class PyDict : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private const int Empty = -1;
    private const int Dummy = -2;
    private static int nextKeysVersion;

    private const int SmallLimit = 8;

    // Null while the dict is small.
    private int[]? indices;
    private Entry[] entries;
    private int used;
    private int fill;
    private int count;

    public PyDict(int capacity = 0)
    {
        if (capacity <= SmallLimit)
        {
            entries = new Entry[Math.Max(capacity, 4)];
        }
        else
        {
            int size = 8;
            while (size * 2 < capacity * 3) size <<= 1;
            indices = new int[size];
            Array.Fill(indices, Empty);
            entries = new Entry[size * 2 / 3 + 1];
        }
        KeysVersion = Interlocked.Increment(ref nextKeysVersion);
    }

    public override PyType Type => TypeObject;

    public int Count => count;

    public int KeysVersion { get; private set; }

    /// <summary>One slot of the entry array; Key is null for deleted slots.</summary>
    internal struct Entry
    {
        public long Hash;
        public PyObject? Key;
        public PyObject? Value;
    }

    /// <summary>The number of entry slots in use, deleted ones included (for iteration by index).</summary>
    public int EntryLimit => used;

    public ref Entry EntryAt(int i) => ref entries[i];

    private static bool KeyEquals(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is PyStr sa && b is PyStr sb) return sa.Value == sb.Value;
        if (a is PyInt ia && b is PyInt ib && ia.IsSmall && ib.IsSmall) return ia.Small == ib.Small;
        return Ops.EqualsBool(a, b);
    }

    /// <summary>The entry index of <paramref name="key"/>, or -1.</summary>
    public int FindIndex(PyObject key, long hash)
    {
        if (indices is null)
        {
            for (int k = 0; k < used; k++)
            {
                ref var se = ref entries[k];
                if (se.Hash == hash && se.Key is not null && KeyEquals(se.Key, key)) return k;
            }
            return -1;
        }
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int ix = indices[i];
            if (ix == Empty) return -1;
            if (ix >= 0)
            {
                ref var e = ref entries[ix];
                if (e.Hash == hash && e.Key is not null && KeyEquals(e.Key, key)) return ix;
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    public int FindIndex(PyObject key) => FindIndex(key, Ops.Hash(key));

    /// <summary>
    /// The entry index of <paramref name="key"/>, trying <paramref name="hint"/> (where an inline cache
    /// found it last, in this dict or one built the same way) before hashing.
    /// </summary>
    public int FindIndex(PyStr key, int hint)
    {
        if ((uint)hint < (uint)used && ReferenceEquals(entries[hint].Key, key)) return hint;
        return FindIndex(key, key.Hash());
    }

    /// <summary>Replaces the value of an existing entry (an index from <see cref="FindIndex(PyObject)"/>).</summary>
    public void SetValueAt(int index, PyObject value) => entries[index].Value = value;

    public PyObject? GetItemOrNull(PyObject key)
    {
        int ix = FindIndex(key, Ops.Hash(key));
        return ix >= 0 ? entries[ix].Value : null;
    }

    public PyObject? GetItemOrNull(string key) => GetItemOrNull(PyStr.Intern(key));

    public PyObject ValueAt(int index) => entries[index].Value!;

    public override PyObject GetItem(PyObject key)
    {
        var v = GetItemOrNull(key) ?? Missing(key);
        if (v is not null) return v;
        throw new Exceptions.PyException(Exceptions.PyBaseException.Create(Exceptions.ExceptionTypes.KeyError, key));
    }

    /// <summary>The value for a missing key (CPython's <c>__missing__</c>), or null to raise KeyError.</summary>
    protected virtual PyObject? Missing(PyObject key) => null;

    public override void SetItem(PyObject key, PyObject value)
    {
        long hash = Ops.Hash(key);
        int ix = FindIndex(key, hash);
        if (ix >= 0)
        {
            entries[ix].Value = value;
            return;
        }
        Insert(key, hash, value);
    }

    public void SetItem(string key, PyObject value) => SetItem(PyStr.Intern(key), value);

    private void Insert(PyObject key, long hash, PyObject value)
    {
        if (indices is null)
        {
            if (used == entries.Length)
            {
                if (count < SmallLimit) GrowSmall();
                else Resize(count * 3 + 1);
            }
            if (indices is null)
            {
                entries[used++] = new Entry { Hash = hash, Key = key, Value = value };
                count++;
                KeysVersion = Interlocked.Increment(ref nextKeysVersion);
                return;
            }
        }
        if (used >= entries.Length || (fill + 1) * 3 >= indices.Length * 2) Resize(count * 3 + 1);
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (indices[i] >= 0)
        {
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        if (indices[i] == Empty) fill++;
        indices[i] = used;
        entries[used++] = new Entry { Hash = hash, Key = key, Value = value };
        count++;
        KeysVersion = Interlocked.Increment(ref nextKeysVersion);
    }

    /// <summary>Makes room in a small dict: drops deleted slots and doubles the entries up to <see cref="SmallLimit"/>.</summary>
    private void GrowSmall()
    {
        var old = entries;
        int oldUsed = used;
        entries = new Entry[count == old.Length ? Math.Min(old.Length * 2, SmallLimit) : old.Length];
        used = 0;
        for (int k = 0; k < oldUsed; k++)
        {
            if (old[k].Key is not null) entries[used++] = old[k];
        }
        KeysVersion = Interlocked.Increment(ref nextKeysVersion);
    }

    private void Resize(int minUsed)
    {
        int size = 8;
        while (size * 2 < minUsed * 3 || size < 8) size <<= 1;
        var old = entries;
        int oldUsed = used;
        indices = new int[size];
        Array.Fill(indices, Empty);
        entries = new Entry[size * 2 / 3 + 1];
        used = 0;
        fill = 0;
        int mask = size - 1;
        for (int k = 0; k < oldUsed; k++)
        {
            if (old[k].Key is null) continue;
            long hash = old[k].Hash;
            ulong perturb = (ulong)hash;
            int i = (int)((ulong)hash & (ulong)mask);
            while (indices[i] != Empty)
            {
                perturb >>= 5;
                i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
            }
            indices[i] = used;
            fill++;
            entries[used++] = old[k];
        }
        KeysVersion = Interlocked.Increment(ref nextKeysVersion);
    }

    public bool Remove(PyObject key, out PyObject? value)
    {
        long hash = Ops.Hash(key);
        if (indices is null)
        {
            int k = FindIndex(key, hash);
            if (k < 0)
            {
                value = null;
                return false;
            }
            value = entries[k].Value;
            entries[k] = default;
            count--;
            KeysVersion = Interlocked.Increment(ref nextKeysVersion);
            return true;
        }
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int ix = indices[i];
            if (ix == Empty) { value = null; return false; }
            if (ix >= 0)
            {
                ref var e = ref entries[ix];
                if (e.Hash == hash && e.Key is not null && KeyEquals(e.Key, key))
                {
                    value = e.Value;
                    e = default;
                    indices[i] = Dummy;
                    count--;
                    KeysVersion = Interlocked.Increment(ref nextKeysVersion);
                    return true;
                }
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    public override void DelItem(PyObject key)
    {
        if (!Remove(key, out _))
            throw new Exceptions.PyException(Exceptions.PyBaseException.Create(Exceptions.ExceptionTypes.KeyError, key));
    }

    public void Clear()
    {
        if (indices is not null) Array.Fill(indices, Empty);
        Array.Clear(entries);
        used = fill = count = 0;
        KeysVersion = Interlocked.Increment(ref nextKeysVersion);
    }

    public PyDict Copy()
    {
        var d = new PyDict(count);
        for (int i = 0; i < used; i++)
        {
            ref var e = ref entries[i];
            if (e.Key is not null) d.Insert(e.Key, e.Hash, e.Value!);
        }
        return d;
    }

    public void Update(PyDict other)
    {
        for (int i = 0; i < other.used; i++)
        {
            ref var e = ref other.entries[i];
            if (e.Key is null) continue;
            int ix = FindIndex(e.Key, e.Hash);
            if (ix >= 0) entries[ix].Value = e.Value;
            else Insert(e.Key, e.Hash, e.Value!);
        }
    }

    public IEnumerable<(PyObject Key, PyObject Value)> Items()
    {
        for (int i = 0; i < used; i++)
        {
            var e = entries[i];
            if (e.Key is not null) yield return (e.Key, e.Value!);
        }
    }

    public override int Length() => count;

    public override bool IsTrue() => count > 0;

    public override long Hash() => throw Ops.TypeError("unhashable type: 'dict'");

    public override bool? Contains(PyObject item) => FindIndex(item) >= 0;

    public override PyObject Iter() => new PyDictIterator(this, DictIterKind.Keys);

    public override string Repr()
    {
        if (count == 0) return "{}";
        if (!Ops.ReprEnter(this)) return "{...}";
        try
        {
            var sb = new StringBuilder("{");
            bool first = true;
            for (int i = 0; i < used; i++)
            {
                var e = entries[i];
                if (e.Key is null) continue;
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(Ops.Repr(e.Key)).Append(": ").Append(Ops.Repr(e.Value!));
            }
            return sb.Append('}').ToString();
        }
        finally
        {
            Ops.ReprLeave(this);
        }
    }

    public override PyObject? RichCompare(CompareKind op, PyObject other)
    {
        if (other is not PyDict o || op is not (CompareKind.Eq or CompareKind.Ne)) return null;
        bool eq = count == o.count;
        if (eq)
        {
            for (int i = 0; i < used && eq; i++)
            {
                var e = entries[i];
                if (e.Key is null) continue;
                var ov = o.GetItemOrNull(e.Key);
                eq = ov is not null && Ops.EqualsBool(e.Value!, ov);
            }
        }
        return PyBool.From(op == CompareKind.Eq ? eq : !eq);
    }

    public override PyObject? BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        if (op != BinaryOpKind.Or || other is not PyDict o) return null;
        var (a, b) = reflected ? (o, this) : (this, o);
        var r = a.Copy();
        r.Update(b);
        return r;
    }
}

/// <summary>What a dict iterator or view yields.</summary>
internal enum DictIterKind
{
    Keys, Values, Items,
}

/// <summary>Iterator over a dict's keys, values or items; detects size changes as CPython does.</summary>
internal sealed class PyDictIterator(PyDict dict, DictIterKind kind) : PyObject
{
    private static readonly PyType KeyIterType = SlotWrappers.Iterator(new("dict_keyiterator", PyType.ObjectType));
    private static readonly PyType ValueIterType = SlotWrappers.Iterator(new("dict_valueiterator", PyType.ObjectType));
    private static readonly PyType ItemIterType = SlotWrappers.Iterator(new("dict_itemiterator", PyType.ObjectType));
    private readonly int startCount = dict.Count;
    private int index;

    // How many entries are still expected: finding more means keys were swapped at the same size.
    private int remaining = dict.Count;

    public override PyType Type => kind switch { DictIterKind.Keys => KeyIterType, DictIterKind.Values => ValueIterType, _ => ItemIterType };

    public override PyObject Iter() => this;

    public override PyObject? Next()
    {
        if (dict.Count != startCount)
        {
            index = int.MaxValue;
            throw Ops.Error(Exceptions.ExceptionTypes.RuntimeError, "dictionary changed size during iteration");
        }
        while (index < dict.EntryLimit)
        {
            ref var e = ref dict.EntryAt(index++);
            if (e.Key is null) continue;
            if (remaining-- == 0)
            {
                index = int.MaxValue;
                throw Ops.Error(Exceptions.ExceptionTypes.RuntimeError, "dictionary keys changed during iteration");
            }
            return kind switch
            {
                DictIterKind.Keys => e.Key,
                DictIterKind.Values => e.Value!,
                _ => new PyTuple([e.Key, e.Value!]),
            };
        }
        return null;
    }
}
