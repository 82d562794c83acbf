using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Modules;

/// <summary>The <c>itertools</c> module.</summary>
internal static class ItertoolsModule
{
    private static IEnumerable<PyObject> Iterate(PyObject iterable)
    {
        var it = Ops.GetIter(iterable, $"'{iterable.Type.Name}' object is not iterable");
        while (Ops.Next(it) is { } x) yield return x;
    }

    /// <summary>How CPython's itertools constructors take their arguments (product and zip_longest check their own).</summary>
    private static readonly (string Name, ArgSpec Spec)[] ConstructorSpecs =
    [
        ("count", ArgSpec.Keywords(0, 0, 2, "start", "step")),
        ("repeat", ArgSpec.Keywords(0, 1, 2, "object", "times")),
        ("cycle", ArgSpec.Positional(1, 1)),
        ("chain", ArgSpec.ParseTuple(0, int.MaxValue)),
        ("islice", ArgSpec.Positional(2, 4)),
        ("accumulate", ArgSpec.Keywords(0, 1, 2, "iterable", "func", "initial")),
        ("permutations", ArgSpec.Keywords(0, 1, 2, "iterable", "r")),
        ("combinations", ArgSpec.Keywords(0, 2, 2, "iterable", "r")),
        ("combinations_with_replacement", ArgSpec.Keywords(0, 2, 2, "iterable", "r")),
        ("takewhile", ArgSpec.Positional(2, 2)),
        ("dropwhile", ArgSpec.Positional(2, 2)),
        ("filterfalse", ArgSpec.Positional(2, 2)),
        ("starmap", ArgSpec.Positional(2, 2)),
        ("compress", ArgSpec.Keywords(0, 2, 2, "data", "selectors")),
        ("pairwise", ArgSpec.Positional(1, 1)),
        ("groupby", ArgSpec.Keywords(0, 1, 2, "iterable", "key")),
    ];

    public static PyModule Create()
    {
        var m = new PyModule("itertools");
        var d = m.ModuleDict;
        void AddIter(string name, Func<PyObject[], PyObject?[], IEnumerable<PyObject>> make, string[] kwNames)
        {
            var type = SlotWrappers.Iterator(new PyType("itertools." + name, PyType.ObjectType));
            type.Constructor = (t, a, k) =>
            {
                int nkw = k?.Items.Length ?? 0;
                var pos = a[..(a.Length - nkw)].ToArray();
                var kw = new PyObject?[kwNames.Length];
                for (int i = 0; i < nkw; i++)
                {
                    var kn = ((PyStr)k!.Items[i]).Value;
                    int ix = Array.IndexOf(kwNames, kn);
                    if (ix < 0) throw Ops.TypeError($"{name}() got an unexpected keyword argument '{kn}'");
                    kw[ix] = a[a.Length - nkw + i];
                }
                return new PyNativeIterator(t, make(pos, kw).GetEnumerator());
            };
            d.SetItem(name, type);
        }
        AddIter("count", (a, k) => Count(a.Length > 0 ? a[0] : k[0] ?? PyInt.From(0), a.Length > 1 ? a[1] : k[1] ?? PyInt.From(1)), ["start", "step"]);
        AddIter("repeat", (a, k) => Repeat(a[0], a.Length > 1 ? Ops.IndexValue(a[1]) : k[0] is { } n ? Ops.IndexValue(n) : -1), ["times"]);
        AddIter("cycle", (a, k) => Cycle(a[0]), []);
        AddIter("chain", (a, k) => a.SelectMany(Iterate), []);
        AddIter("islice", (a, k) => ISlice(a), []);
        var chainType = (PyType)d.GetItemOrNull("chain")!;
        chainType.AddClassMethod("from_iterable", (a, k) =>
        {
            Ops.CheckArgCount("from_iterable", a[1..], 1, 1);
            var source = a[1];
            return new PyNativeIterator((PyType)a[0], Iterate(source).SelectMany(Iterate).GetEnumerator());
        });
        AddIter("accumulate", (a, k) => Accumulate(a[0], a.Length > 1 ? a[1] : k[0], k[1]), ["func", "initial"]);
        AddIter("product", (a, k) => Product(a, k[0] is { } r ? (int)Ops.IndexValue(r) : 1), ["repeat"]);
        AddIter("permutations", (a, k) => Permutations(Ops.ToArray(a[0]), a.Length > 1 && a[1] != PyNone.Value ? (int)Ops.IndexValue(a[1]) : -1), []);
        AddIter("combinations", (a, k) => Combinations(Ops.ToArray(a[0]), (int)Ops.IndexValue(a[1]), false), []);
        AddIter("combinations_with_replacement", (a, k) => Combinations(Ops.ToArray(a[0]), (int)Ops.IndexValue(a[1]), true), []);
        AddIter("zip_longest", (a, k) => ZipLongest(a, k[0] ?? PyNone.Value), ["fillvalue"]);
        AddIter("takewhile", (a, k) => Iterate(a[1]).TakeWhile(x => Ops.IsTrue(Ops.Call(a[0], x))), []);
        AddIter("dropwhile", (a, k) => Iterate(a[1]).SkipWhile(x => Ops.IsTrue(Ops.Call(a[0], x))), []);
        AddIter("filterfalse", (a, k) => Iterate(a[1]).Where(x => !Ops.IsTrue(a[0] == PyNone.Value ? x : Ops.Call(a[0], x))), []);
        AddIter("starmap", (a, k) => Iterate(a[1]).Select(x => Ops.Call(a[0], Ops.ToArray(x), null)), []);
        AddIter("compress", (a, k) => Iterate(a[0]).Zip(Iterate(a[1])).Where(p => Ops.IsTrue(p.Second)).Select(p => p.First), []);
        AddIter("pairwise", (a, k) => Pairwise(a[0]), []);
        AddIter("groupby", (a, k) => GroupBy(a[0], a.Length > 1 ? a[1] : k[0]), ["key"]);
        foreach (var (name, spec) in ConstructorSpecs) ((PyType)d.GetItemOrNull(name)!).ConstructorSpec = spec;
        d.SetItem("tee", new PyBuiltinFunction("tee", spec: ArgSpec.Positional(1, 2), fn: (a, k) =>
        {
            var items = Ops.ToArray(a[0]);
            int n = a.Length > 1 ? (int)Ops.IndexValue(a[1]) : 2;
            var r = new PyObject[n];
            for (int i = 0; i < n; i++) r[i] = new PySeqIterator(items, items.Length, "itertools._tee");
            return new PyTuple(r);
        }));
        return m;
    }

    private static IEnumerable<PyObject> Count(PyObject start, PyObject step)
    {
        var v = start;
        while (true)
        {
            yield return v;
            v = Ops.BinaryOp(v, step, BinaryOpKind.Add);
        }
    }

    private static IEnumerable<PyObject> Repeat(PyObject v, long times)
    {
        for (long i = 0; times < 0 || i < times; i++) yield return v;
    }

    private static IEnumerable<PyObject> Cycle(PyObject iterable)
    {
        var saved = new List<PyObject>();
        foreach (var x in Iterate(iterable))
        {
            saved.Add(x);
            yield return x;
        }
        if (saved.Count == 0) yield break;
        while (true)
        {
            foreach (var x in saved) yield return x;
        }
    }

    private static IEnumerable<PyObject> ISlice(PyObject[] a)
    {
        long start = 0, stop = -1, step = 1;
        if (a.Length == 2) stop = a[1] == PyNone.Value ? -1 : Ops.IndexValue(a[1]);
        else if (a.Length >= 3)
        {
            start = a[1] == PyNone.Value ? 0 : Ops.IndexValue(a[1]);
            stop = a[2] == PyNone.Value ? -1 : Ops.IndexValue(a[2]);
            if (a.Length > 3 && a[3] != PyNone.Value) step = Ops.IndexValue(a[3]);
        }
        if (start < 0 || stop < -1 || step <= 0)
            throw Ops.ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        long i = 0, next = start;
        var it = Ops.GetIter(a[0]);
        while (stop < 0 || next < stop)
        {
            var x = Ops.Next(it);
            if (x is null) yield break;
            if (i == next)
            {
                yield return x;
                next += step;
            }
            i++;
        }
    }

    private static IEnumerable<PyObject> Accumulate(PyObject iterable, PyObject? func, PyObject? initial)
    {
        PyObject? acc = initial;
        if (acc is not null) yield return acc;
        foreach (var x in Iterate(iterable))
        {
            acc = acc is null ? x : func is null || func == PyNone.Value ? Ops.BinaryOp(acc, x, BinaryOpKind.Add) : Ops.Call(func, acc, x);
            yield return acc;
        }
    }

    private static IEnumerable<PyObject> Product(PyObject[] iterables, int repeat)
    {
        var pools = new List<PyObject[]>();
        for (int r = 0; r < repeat; r++)
        {
            foreach (var it in iterables) pools.Add(Ops.ToArray(it));
        }
        IEnumerable<PyObject[]> result = [[]];
        foreach (var pool in pools)
        {
            var p = pool;
            result = result.SelectMany(prefix => p.Select(x => (PyObject[])[.. prefix, x])).ToList();
        }
        return result.Select(t => (PyObject)new PyTuple(t));
    }

    private static IEnumerable<PyObject> Permutations(PyObject[] pool, int r)
    {
        int n = pool.Length;
        if (r < 0) r = n;
        if (r > n) yield break;
        var indices = Enumerable.Range(0, n).ToArray();
        var cycles = Enumerable.Range(0, r).Select(i => n - i).ToArray();
        yield return new PyTuple(indices.Take(r).Select(i => pool[i]).ToArray());
        while (n > 0)
        {
            int i;
            for (i = r - 1; i >= 0; i--)
            {
                cycles[i]--;
                if (cycles[i] == 0)
                {
                    var first = indices[i];
                    Array.Copy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                }
                else
                {
                    int j = cycles[i];
                    (indices[i], indices[n - j]) = (indices[n - j], indices[i]);
                    yield return new PyTuple(indices.Take(r).Select(x => pool[x]).ToArray());
                    break;
                }
            }
            if (i < 0) yield break;
        }
    }

    private static IEnumerable<PyObject> Combinations(PyObject[] pool, int r, bool replace)
    {
        int n = pool.Length;
        if (r < 0) throw Ops.ValueError("r must be non-negative");
        if (!replace && r > n) yield break;
        if (replace && n == 0 && r > 0) yield break;
        var idx = new int[r];
        for (int i = 0; i < r; i++) idx[i] = replace ? 0 : i;
        while (true)
        {
            yield return new PyTuple(idx.Select(i => pool[i]).ToArray());
            int k = r - 1;
            while (k >= 0 && idx[k] == (replace ? n - 1 : k + n - r)) k--;
            if (k < 0) yield break;
            idx[k]++;
            for (int j = k + 1; j < r; j++) idx[j] = replace ? idx[k] : idx[j - 1] + 1;
        }
    }

    private static IEnumerable<PyObject> ZipLongest(PyObject[] iterables, PyObject fill)
    {
        var its = iterables.Select(x => Ops.GetIter(x)).ToArray();
        var active = its.Length;
        var done = new bool[its.Length];
        while (active > 0)
        {
            var row = new PyObject[its.Length];
            for (int i = 0; i < its.Length; i++)
            {
                PyObject? v = done[i] ? null : Ops.Next(its[i]);
                if (v is null && !done[i])
                {
                    done[i] = true;
                    active--;
                }
                row[i] = v ?? fill;
            }
            if (active == 0) yield break;
            yield return new PyTuple(row);
        }
    }

    private static IEnumerable<PyObject> Pairwise(PyObject iterable)
    {
        PyObject? prev = null;
        foreach (var x in Iterate(iterable))
        {
            if (prev is not null) yield return new PyTuple([prev, x]);
            prev = x;
        }
    }

    private static IEnumerable<PyObject> GroupBy(PyObject iterable, PyObject? key)
    {
        List<PyObject>? group = null;
        PyObject? current = null;
        foreach (var x in Iterate(iterable))
        {
            var k = key is null || key == PyNone.Value ? x : Ops.Call(key, x);
            if (group is not null && Ops.EqualsBool(k, current!))
            {
                group.Add(x);
                continue;
            }
            if (group is not null) yield return new PyTuple([current!, new PySeqIterator([.. group], group.Count, "itertools._grouper")]);
            group = [x];
            current = k;
        }
        if (group is not null) yield return new PyTuple([current!, new PySeqIterator([.. group], group.Count, "itertools._grouper")]);
    }
}
