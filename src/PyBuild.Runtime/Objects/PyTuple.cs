using System.Text;

namespace PyBuild.Runtime.Objects;

/// <summary><c>tuple</c>.</summary>
internal sealed class PyTuple : PyObject
{
    public static readonly PyType TypeObject = CreateType();
    public static readonly PyTuple Empty = new([]);

    public PyTuple(PyObject[] items) => Items = items;

    public PyObject[] Items { get; }

    public override PyType Type => TypeObject;

    public override int Length() => Items.Length;

    public override bool IsTrue() => Items.Length > 0;

    public override string Repr()
    {
        if (Items.Length == 0) return "()";
        if (!Ops.ReprEnter(this)) return "(...)";
        try
        {
            var sb = new StringBuilder("(");
            for (int i = 0; i < Items.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Ops.Repr(Items[i]));
            }
            if (Items.Length == 1) sb.Append(',');
            return sb.Append(')').ToString();
        }
        finally
        {
            Ops.ReprLeave(this);
        }
    }

    public override long Hash()
    {
        // CPython's xxHash-based tuple hash, so that hash(tuple) matches.
        const ulong prime1 = 11400714785074694791UL, prime2 = 14029467366897019727UL, prime5 = 2870177450012600261UL;
        ulong acc = prime5;
        foreach (var item in Items)
        {
            ulong lane = (ulong)Ops.Hash(item);
            acc += lane * prime2;
            acc = (acc << 31) | (acc >> 33);
            acc *= prime1;
        }
        acc += (ulong)Items.Length ^ (prime5 ^ 3527539UL);
        if (acc == ulong.MaxValue) return 1546275796;
        return (long)acc;
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyInt i)
        {
            long idx = i.IsSmall ? i.Small : long.MaxValue;
            if (idx < 0) idx += Items.Length;
            if (idx < 0 || idx >= Items.Length) throw Ops.Error(Exceptions.ExceptionTypes.IndexError, "tuple index out of range");
            return Items[idx];
        }
        if (key is PySlice sl) return new PyTuple(sl.Apply(Items));
        if (Ops.TryIndex(key, out var ix)) return GetItem(ix);
        throw Ops.TypeError($"tuple indices must be integers or slices, not {key.Type.Name}");
    }

    public override bool? Contains(PyObject item)
    {
        foreach (var x in Items)
        {
            if (ReferenceEquals(x, item) || Ops.EqualsBool(x, item)) return true;
        }
        return false;
    }

    public override PyObject Iter() => new PySeqIterator(Items, Items.Length, "tuple_iterator");

    public override PyObject? RichCompare(CompareKind op, PyObject other) =>
        other is PyTuple o ? Ops.CompareSequences(Items, Items.Length, o.Items, o.Items.Length, op) : null;

    public override PyObject? BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        if (op == BinaryOpKind.Add && other is PyTuple o && !reflected) return new PyTuple([.. Items, .. o.Items]);
        if (op == BinaryOpKind.Multiply && other is PyInt n)
        {
            int c = SequenceRepeat.Count(n, Items.Length, null, Array.MaxLength);
            if (c == 0) return Empty;
            var r = new PyObject[Items.Length * c];
            for (int k = 0; k < c; k++) Array.Copy(Items, 0, r, k * Items.Length, Items.Length);
            return new PyTuple(r);
        }
        return null;
    }

    private static PyType CreateType()
    {
        var t = new PyType("tuple", PyType.ObjectType, (type, a, k) =>
        {
            if (a.Length == 0) return Empty;
            if (a[0] is PyTuple tt) return tt;
            return new PyTuple(Ops.ToArray(a[0]));
        })
        {
            ConstructorSpec = ArgSpec.Positional(0, 1),
        };
        t.AddMethod("count", ArgSpec.OneArg, (a, k) =>
        {
            int c = 0;
            foreach (var x in ((PyTuple)a[0]).Items) if (Ops.EqualsBool(x, a[1])) c++;
            return PyInt.From(c);
        });
        t.AddMethod("index", ArgSpec.Positional(1, 3), (a, k) =>
        {
            var items = ((PyTuple)a[0]).Items;
            // Optional start and stop bound the search, with negative values counted from the end.
            long start = a.Length > 2 ? ArgConversions.SliceIndexNotNone(a[2]) : 0, stop = a.Length > 3 ? ArgConversions.SliceIndexNotNone(a[3]) : items.Length;
            if (start < 0) start = Math.Max(0, start + items.Length);
            if (stop < 0) stop = Math.Max(0, stop + items.Length);
            for (long i = start; i < Math.Min(stop, items.Length); i++) if (Ops.EqualsBool(items[i], a[1])) return PyInt.From(i);
            throw Ops.Error(Exceptions.ExceptionTypes.ValueError, "tuple.index(x): x not in tuple");
        });
        return t;
    }
}

/// <summary>Iterator over an array prefix (tuples, and lists through their live array).</summary>
internal sealed class PySeqIterator : PyObject
{
    private static readonly Dictionary<string, PyType> Types = [];
    private readonly PyObject[] items;
    private readonly int length;
    private readonly PyList? list;
    private readonly PyType type;
    private int index;

    public PySeqIterator(PyObject[] items, int length, string typeName)
    {
        this.items = items;
        this.length = length;
        type = TypeFor(typeName);
    }

    public PySeqIterator(PyList list)
    {
        this.list = list;
        items = [];
        type = TypeFor("list_iterator");
    }

    private static PyType TypeFor(string name)
    {
        lock (Types)
        {
            if (!Types.TryGetValue(name, out var t)) Types[name] = t = SlotWrappers.Iterator(new PyType(name, PyType.ObjectType));
            return t;
        }
    }

    public override PyType Type => type;

    public override PyObject Iter() => this;

    public override PyObject? Next()
    {
        if (list is not null)
        {
            if (index < list.Count) return list.Items[index++];
            index = int.MaxValue;
            return null;
        }
        return index < length ? items[index++] : null;
    }
}
