using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Modules;

/// <summary>The <c>functools</c> module: reduce, partial, caches, wraps, cmp_to_key.</summary>
internal static class FunctoolsModule
{
    public static PyModule Create()
    {
        var m = new PyModule("functools");
        var d = m.ModuleDict;
        void Add(string name, BuiltinFn fn) => d.SetItem(name, new PyBuiltinFunction(name, fn));
        void AddChecked(string name, ArgSpec spec, BuiltinFn fn) => d.SetItem(name, new PyBuiltinFunction(name, fn, spec: spec, module: "functools"));
        Add("reduce", (a, k) =>
        {
            Ops.CheckArgCount("reduce", a, 2, 3);
            var it = Ops.GetIter(a[1], $"'{a[1].Type.Name}' object is not iterable");
            var acc = a.Length > 2 ? a[2] : Ops.Next(it) ?? throw Ops.TypeError("reduce() of empty iterable with no initial value");
            while (Ops.Next(it) is { } x) acc = Ops.Call(a[0], acc, x);
            return acc;
        });
        d.SetItem("partial", PyPartial.TypeObject);
        Add("cache", (a, k) =>
        {
            // functools.cache is a Python function in CPython: its errors are worded as for one.
            Ops.NoKeywords("cache", k);
            if (a.Length == 0) throw Ops.TypeError("cache() missing 1 required positional argument: 'user_function'");
            if (a.Length > 1) throw Ops.TypeError($"cache() takes 1 positional argument but {a.Length} were given");
            return new PyCachedFunction(a[0]);
        });
        Add("lru_cache", (a, k) =>
        {
            if (a.Length == 1 && Builtins.BuiltinFunctions.IsCallable(a[0]) && a[0] is not PyInt) return new PyCachedFunction(a[0]);
            return new PyBuiltinFunction("decorating_function", spec: ArgSpec.Positional(1, 1), fn: (f, _) => new PyCachedFunction(f[0]));
        });
        Add("wraps", (a, k) =>
        {
            int npos = a.Length - (k?.Items.Length ?? 0);
            if (npos == 0) throw Ops.TypeError("wraps() missing 1 required positional argument: 'wrapped'");
            if (npos > 3) throw Ops.TypeError($"wraps() takes from 1 to 3 positional arguments but {npos} were given");
            var wrapped = a[0];
            return new PyBuiltinFunction("update_wrapper", spec: ArgSpec.Positional(1, 1), fn: (w, _) =>
            {
                foreach (var attr in new[] { "__module__", "__name__", "__qualname__", "__doc__" })
                {
                    if (Ops.GetAttrOrNull(wrapped, attr) is { } v)
                    {
                        try
                        {
                            Ops.SetAttr(w[0], attr, v);
                        }
                        catch (Exceptions.PyException)
                        {
                            // CPython's update_wrapper also skips attributes it cannot set.
                        }
                    }
                }
                Ops.SetAttr(w[0], "__wrapped__", wrapped);
                return w[0];
            });
        });
        AddChecked("cmp_to_key", ArgSpec.Keywords(0, 1, 1, "mycmp"), (a, k) =>
        {
            var cmp = a[0];
            return new PyBuiltinFunction("K", spec: ArgSpec.Keywords(0, 1, 1, "obj"), fn: (x, _) => new PyCmpKey(cmp, x[0]));
        });
        return m;
    }
}

/// <summary><c>functools.partial</c>.</summary>
internal sealed class PyPartial(PyObject func, PyObject[] args, PyDict keywords) : PyObject
{
    public static readonly PyType TypeObject = new("functools.partial", PyType.ObjectType, (t, a, k) =>
    {
        int nkw = k?.Items.Length ?? 0;
        if (a.Length - nkw == 0) throw Ops.TypeError("type 'partial' takes at least one argument");
        if (!Builtins.BuiltinFunctions.IsCallable(a[0])) throw Ops.TypeError("the first argument must be callable");
        var kw = new PyDict();
        for (int i = 0; i < nkw; i++) kw.SetItem(k!.Items[i], a[a.Length - nkw + i]);
        return new PyPartial(a[0], a[1..(a.Length - nkw)].ToArray(), kw);
    });

    public override PyType Type => TypeObject;

    public override PyObject Call(ReadOnlySpan<PyObject> a, PyTuple? kwnames)
    {
        int nkw = kwnames?.Items.Length ?? 0;
        var merged = keywords.Copy();
        for (int i = 0; i < nkw; i++) merged.SetItem(kwnames!.Items[i], a[a.Length - nkw + i]);
        var all = new List<PyObject>(args);
        all.AddRange(a[..(a.Length - nkw)].ToArray());
        var names = new List<PyObject>();
        foreach (var (key, v) in merged.Items())
        {
            names.Add(key);
            all.Add(v);
        }
        return Ops.Call(func, [.. all], names.Count == 0 ? null : new PyTuple([.. names]));
    }

    public override PyObject? GetSpecialAttr(string name) => name switch
    {
        "func" => func,
        "args" => new PyTuple(args),
        "keywords" => keywords,
        _ => null,
    };
}

/// <summary><c>functools.cache</c> / <c>lru_cache</c> without a size bound.</summary>
internal sealed class PyCachedFunction(PyObject func) : PyObject
{
    private static readonly PyType CacheType = CreateType();
    private readonly PyDict cache = new();
    private int hits;
    private int misses;

    public override PyType Type => CacheType;

    public override PyObject Call(ReadOnlySpan<PyObject> a, PyTuple? kwnames)
    {
        var parts = new List<PyObject>(a.ToArray());
        if (kwnames is not null) parts.AddRange(kwnames.Items);
        var key = new PyTuple([.. parts]);
        var v = cache.GetItemOrNull(key);
        if (v is not null)
        {
            hits++;
            return v;
        }
        misses++;
        v = Ops.Call(func, a, kwnames);
        cache.SetItem(key, v);
        return v;
    }

    public override PyObject? GetSpecialAttr(string name) =>
        name is "__name__" or "__qualname__" or "__doc__" or "__module__" ? Ops.GetAttrOrNull(func, name) : name == "__wrapped__" ? func : null;

    private static PyType CreateType()
    {
        var t = new PyType("functools._lru_cache_wrapper", PyType.ObjectType);
        t.AddMethod("cache_clear", (a, k) => { ((PyCachedFunction)a[0]).cache.Clear(); return PyNone.Value; });
        t.AddMethod("cache_info", (a, k) =>
        {
            var c = (PyCachedFunction)a[0];
            return new PyStr($"CacheInfo(hits={c.hits}, misses={c.misses}, maxsize=None, currsize={c.cache.Count})");
        });
        return t;
    }
}

/// <summary>The key objects of <c>functools.cmp_to_key</c>.</summary>
internal sealed class PyCmpKey(PyObject cmp, PyObject value) : PyObject
{
    private static readonly PyType KeyType = new("functools.KeyWrapper", PyType.ObjectType);

    public PyObject Value { get; } = value;

    public override PyType Type => KeyType;

    public override PyObject? RichCompare(CompareKind op, PyObject other)
    {
        if (other is not PyCmpKey o) return null;
        var r = Ops.Call(cmp, Value, o.Value);
        return Ops.RichCompare(r, PyInt.From(0), op);
    }
}
