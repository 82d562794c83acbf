namespace PyBuild.Runtime.Objects;

/// <summary><c>enumerate</c>.</summary>
internal sealed class PyEnumerate(PyObject iterator, PyObject start) : PyObject
{
    public static readonly PyType TypeObject = SlotWrappers.Iterator(new("enumerate", PyType.ObjectType, (t, a, k) =>
    {
        var args = Ops.BindArgs("enumerate", a, k, ["iterable", "start"], 0);
        if (args[0] is not { } iterable) throw Ops.TypeError("enumerate() missing required argument 'iterable'");
        var start = args[1] ?? PyInt.From(0);
        if (!Ops.TryIndex(start, out _)) throw Ops.TypeError($"'{start.Type.Name}' object cannot be interpreted as an integer");
        return new PyEnumerate(Ops.GetIter(iterable, $"'{iterable.Type.Name}' object is not iterable"), start);
    }));

    private PyObject count = start;

    public override PyType Type => TypeObject;

    public override PyObject Iter() => this;

    public override PyObject? Next()
    {
        var v = Ops.Next(iterator);
        if (v is null) return null;
        var i = count;
        count = Ops.BinaryOp(count, PyInt.From(1), BinaryOpKind.Add);
        return new PyTuple([i, v]);
    }
}

/// <summary><c>zip</c> (with <c>strict=</c>).</summary>
internal sealed class PyZip(PyObject[] iterators, bool strict) : PyObject
{
    public static readonly PyType TypeObject = SlotWrappers.Iterator(new("zip", PyType.ObjectType, (t, a, k) =>
    {
        bool strict = false;
        int npos = a.Length - (k?.Items.Length ?? 0);
        for (int i = 0; i < (k?.Items.Length ?? 0); i++)
        {
            if (((PyStr)k!.Items[i]).Value != "strict") throw Ops.TypeError($"'{((PyStr)k.Items[i]).Value}' is an invalid keyword argument for zip()");
            strict = Ops.IsTrue(a[npos + i]);
        }
        var its = new PyObject[npos];
        for (int i = 0; i < npos; i++)
            its[i] = Ops.GetIter(a[i], $"'{a[i].Type.Name}' object is not iterable");
        return new PyZip(its, strict);
    }));

    private bool done;

    public override PyType Type => TypeObject;

    public override PyObject Iter() => this;

    public override PyObject? Next()
    {
        if (done || iterators.Length == 0) return null;
        var items = new PyObject[iterators.Length];
        for (int i = 0; i < iterators.Length; i++)
        {
            var v = Ops.Next(iterators[i]);
            if (v is null)
            {
                done = true;
                if (strict)
                {
                    if (i > 0) throw Ops.ValueError($"zip() argument {i + 1} is shorter than argument{(i == 1 ? "" : "s")} 1{(i == 1 ? "" : "-" + i)}");
                    for (int j = 1; j < iterators.Length; j++)
                    {
                        if (Ops.Next(iterators[j]) is not null)
                            throw Ops.ValueError($"zip() argument {j + 1} is longer than argument{(j == 1 ? "" : "s")} 1{(j == 1 ? "" : "-" + j)}");
                    }
                }
                return null;
            }
            items[i] = v;
        }
        return new PyTuple(items);
    }
}

/// <summary><c>map</c>.</summary>
internal sealed class PyMap(PyObject function, PyObject[] iterators) : PyObject
{
    public static readonly PyType TypeObject = SlotWrappers.Iterator(new("map", PyType.ObjectType, (t, a, k) =>
    {
        Ops.NoKeywords("map", k);
        if (a.Length < 2) throw Ops.TypeError("map() must have at least two arguments.");
        var its = new PyObject[a.Length - 1];
        for (int i = 1; i < a.Length; i++) its[i - 1] = Ops.GetIter(a[i], $"'{a[i].Type.Name}' object is not iterable");
        return new PyMap(a[0], its);
    }));

    public override PyType Type => TypeObject;

    public override PyObject Iter() => this;

    public override PyObject? Next()
    {
        var args = new PyObject[iterators.Length];
        for (int i = 0; i < iterators.Length; i++)
        {
            var v = Ops.Next(iterators[i]);
            if (v is null) return null;
            args[i] = v;
        }
        return Ops.Call(function, args, null);
    }
}

/// <summary><c>filter</c>.</summary>
internal sealed class PyFilter(PyObject function, PyObject iterator) : PyObject
{
    public static readonly PyType TypeObject = SlotWrappers.Iterator(new("filter", PyType.ObjectType, (t, a, k) =>
    {
        Ops.NoKeywords("filter", k);
        Ops.CheckArgCount("filter", a, 2, 2);
        return new PyFilter(a[0], Ops.GetIter(a[1], $"'{a[1].Type.Name}' object is not iterable"));
    }));

    public override PyType Type => TypeObject;

    public override PyObject Iter() => this;

    public override PyObject? Next()
    {
        while (Ops.Next(iterator) is { } v)
        {
            bool keep = function == PyNone.Value ? Ops.IsTrue(v) : Ops.IsTrue(Ops.Call(function, v));
            if (keep) return v;
        }
        return null;
    }
}

/// <summary><c>reversed</c> over a sequence.</summary>
internal sealed class PyReversed(PyObject sequence, int length) : PyObject
{
    public static readonly PyType TypeObject = SlotWrappers.Iterator(new("reversed", PyType.ObjectType, (t, a, k) =>
    {
        var seq = a[0];
        if (seq.Type.IsHeapType && seq.Type.LookupUserDunder("__reversed__") is { } rv) return Ops.CallWithSelf(rv, seq, [], null);
        if (seq is PyDict d) return new PySeqIterator(Reverse(Ops.ToArray(d)), d.Count, "dict_reversekeyiterator");
        if (seq is PyDictView view) return view.Reversed();
        if (seq is PyRange r)
            return new PyRange(r.Start + (r.Count - 1) * r.Step, r.Start - r.Step, -r.Step).Iter();
        if (seq is PySet || (!seq.Type.IsHeapType && seq is not (PyList or PyTuple or PyStr or PyBytes or PyByteArray or PyMemoryView)))
            throw Ops.TypeError($"'{seq.Type.Name}' object is not reversible");
        return new PyReversed(seq, Ops.Len(seq));
    })
    {
        ConstructorSpec = ArgSpec.Positional(1, 1),
    });

    private int index = length - 1;

    private static PyObject[] Reverse(PyObject[] a)
    {
        Array.Reverse(a);
        return a;
    }

    private static readonly PyType ListReverseIteratorType = SlotWrappers.Iterator(new("list_reverseiterator", PyType.ObjectType));

    public override PyType Type => sequence is PyList ? ListReverseIteratorType : TypeObject;

    public override PyObject Iter() => this;

    public override PyObject? Next()
    {
        if (index < 0) return null;
        if (sequence is PyList l)
        {
            if (index >= l.Count) { index = -1; return null; }
            return l.Items[index--];
        }
        return Ops.GetItem(sequence, PyInt.From(index--));
    }
}

/// <summary><c>iter(callable, sentinel)</c>.</summary>
internal sealed class PyCallableIterator(PyObject callable, PyObject sentinel) : PyObject
{
    private static readonly PyType IterType = SlotWrappers.Iterator(new("callable_iterator", PyType.ObjectType));
    private bool done;

    public override PyType Type => IterType;

    public override PyObject Iter() => this;

    public override PyObject? Next()
    {
        if (done) return null;
        var v = Ops.Call(callable);
        if (Ops.EqualsBool(v, sentinel))
        {
            done = true;
            return null;
        }
        return v;
    }
}
