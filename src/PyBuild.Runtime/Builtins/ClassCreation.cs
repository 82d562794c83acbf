using PyBuild.Runtime.Exceptions;
using PyBuild.Runtime.Interpreter;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Builtins;

/// <summary>
/// How classes come to be: <c>__build_class__</c> (the <c>class</c> statement) picks the metaclass,
/// prepares the namespace, runs the body and calls the metaclass; <c>type.__new__</c> (also
/// <c>type(name, bases, dict)</c>) makes the class, then runs <c>__set_name__</c> and <c>__init_subclass__</c>.
/// </summary>
internal static class ClassCreation
{
    public static PyObject BuildClass(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        int nkw = k?.Items.Length ?? 0;
        int npos = a.Length - nkw;
        if (npos < 2) throw Ops.TypeError("__build_class__: not enough arguments");
        if (a[0] is not PyFunction body) throw Ops.TypeError("__build_class__: func must be a function");
        if (a[1] is not PyStr name) throw Ops.TypeError("__build_class__: name is not a string");
        var origBases = a[2..npos].ToArray();
        var bases = ResolveMroEntries(origBases);
        PyObject? meta = null;
        var keywordNames = new List<PyObject>();
        var keywordValues = new List<PyObject>();
        for (int i = 0; i < nkw; i++)
        {
            if (k!.Items[i] is PyStr { Value: "metaclass" }) meta = a[npos + i];
            else
            {
                keywordNames.Add(k.Items[i]);
                keywordValues.Add(a[npos + i]);
            }
        }
        // A class given as metaclass, or none, yields to the most derived metaclass of the bases.
        if (meta is null or PyType) meta = MostDerivedMetaclass((PyType?)meta ?? PyType.TypeType, bases);
        var basesTuple = new PyTuple(bases);
        var kwnames = keywordNames.Count == 0 ? null : new PyTuple([.. keywordNames]);
        PyDict ns;
        if (Ops.GetAttrOrNull(meta, "__prepare__") is { } prepare)
        {
            var prepared = Ops.Call(prepare, [name, basesTuple, .. keywordValues], kwnames);
            ns = prepared as PyDict ?? throw Ops.NotSupported("a __prepare__ that returns a mapping other than a dict");
        }
        else
        {
            ns = new PyDict();
        }
        if (bases != origBases) ns.SetItem(PyStr.Intern("__orig_bases__"), new PyTuple(origBases));
        Eval.RunClassBody(body, ns);
        return Ops.Call(meta, [name, basesTuple, ns, .. keywordValues], kwnames);
    }

    /// <summary>
    /// The bases a class statement's base expressions stand for (PEP 560): each non-class with
    /// <c>__mro_entries__</c> is replaced by the classes that returns, given the original bases.
    /// The same array comes back when nothing was replaced.
    /// </summary>
    private static PyObject[] ResolveMroEntries(PyObject[] origBases)
    {
        List<PyObject>? resolved = null;
        for (int i = 0; i < origBases.Length; i++)
        {
            var b = origBases[i];
            if (b is PyType)
            {
                resolved?.Add(b);
                continue;
            }
            var entries = b.Type.Lookup("__mro_entries__")
                ?? throw Ops.NotSupported($"a base that is not a class ({b.Type.Name})");
            if (resolved is null)
            {
                resolved = [];
                for (int j = 0; j < i; j++) resolved.Add(origBases[j]);
            }
            var r = Ops.CallWithSelf(entries, b, [new PyTuple(origBases)], null);
            if (r is not PyTuple t) throw Ops.TypeError("__mro_entries__ must return a tuple");
            foreach (var x in t.Items) resolved.Add(x as PyType ?? throw Ops.NotSupported($"a base that is not a class ({x.Type.Name})"));
        }
        return resolved is null ? origBases : [.. resolved];
    }

    /// <summary>The metaclass of all <paramref name="bases"/> and <paramref name="declared"/> that derives from the others.</summary>
    private static PyType MostDerivedMetaclass(PyType declared, PyObject[] bases)
    {
        var winner = declared;
        foreach (var b in bases)
        {
            var m = b.Type;
            if (winner.IsSubtypeOf(m)) continue;
            if (m.IsSubtypeOf(winner))
            {
                winner = m;
                continue;
            }
            throw Ops.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /// <summary>
    /// <c>super(cls).__init_subclass__</c>: the first definition after the class itself in its MRO,
    /// which for several bases may come from a later base than the first.
    /// </summary>
    private static PyObject? InheritedInitSubclass(PyType cls)
    {
        var key = PyStr.Intern("__init_subclass__");
        for (int i = 1; i < cls.Mro.Length; i++)
        {
            if (cls.Mro[i].Dict.GetItemOrNull(key) is { } init) return init;
        }
        return null;
    }

    /// <summary><c>type.__new__(metaclass, name, bases, namespace, **kwargs)</c>.</summary>
    public static PyType TypeNew(PyType metaclass, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        int nkw = k?.Items.Length ?? 0;
        int npos = a.Length - nkw;
        if (npos != 3) throw Ops.TypeError("type.__new__() takes exactly 3 arguments (" + npos + " given)");
        if (a[0] is not PyStr name) throw Ops.TypeError($"type.__new__() argument 1 must be str, not {a[0].Type.Name}");
        if (a[1] is not PyTuple basesTuple) throw Ops.TypeError($"type.__new__() argument 2 must be tuple, not {a[1].Type.Name}");
        if (a[2] is not PyDict source) throw Ops.TypeError($"type.__new__() argument 3 must be dict, not {a[2].Type.Name}");
        var bases = new PyType[basesTuple.Items.Length];
        for (int i = 0; i < bases.Length; i++)
        {
            bases[i] = basesTuple.Items[i] as PyType ?? throw Ops.TypeError($"bases must be types, not {basesTuple.Items[i].Type.Name}");
        }
        var ns = new PyDict();
        foreach (var (key, value) in source.Items()) ns.SetItem(key, value);
        if (ns.GetItemOrNull("__eq__") is not null && ns.GetItemOrNull("__hash__") is null) ns.SetItem("__hash__", PyNone.Value);
        if (ns.GetItemOrNull("__new__") is PyFunction nf) ns.SetItem("__new__", new PyStaticMethod(nf));
        foreach (var special in new[] { "__init_subclass__", "__class_getitem__" })
        {
            if (ns.GetItemOrNull(special) is PyFunction sf) ns.SetItem(special, new PyClassMethod(sf));
        }
        ns.Remove(PyStr.Intern("__classcell__"), out var cell);
        var cls = PyType.CreateClass(name.Value, bases, ns);
        if (metaclass != PyType.TypeType) cls.Metaclass = metaclass;
        if (cell is PyCell c) c.Contents = cls;
        var items = new List<(PyObject Key, PyObject Value)>();
        foreach (var item in ns.Items()) items.Add(item);
        foreach (var (key, value) in items)
        {
            if (value.Type.IsHeapType && value.Type.LookupUserDunder("__set_name__") is { } sn)
                Ops.CallWithSelf(sn, value, [cls, key], null);
        }
        if (InheritedInitSubclass(cls) is { } init) Ops.CallWithSelf(init, cls, a[3..], k);
        return cls;
    }
}
