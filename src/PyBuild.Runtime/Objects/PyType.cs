using PyBuild.Runtime.Exceptions;

namespace PyBuild.Runtime.Objects;

/// <summary>Creates a new instance for <c>type.__call__</c> of a built-in type (its <c>__new__</c> and <c>__init__</c> in one).</summary>
internal delegate PyObject TypeConstructor(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames);

/// <summary>
/// <c>type</c>: built-in and user classes. Attribute lookups along the MRO are cached per type and
/// invalidated through <see cref="Version"/>, which also keys the interpreter's inline caches.
/// </summary>
internal sealed class PyType : PyObject
{
    private static int nextVersion = 1;

    private static PyType? typeType;
    private static PyType? objectType;

    /// <summary><c>type</c> itself.</summary>
    public static PyType TypeType => typeType ??= CreateTypeType();

    /// <summary><c>object</c>.</summary>
    public static PyType ObjectType => objectType ??= CreateObjectType();

    private readonly List<WeakReference<PyType>> subclasses = [];
    private Dictionary<string, PyObject?> lookupCache = [];

    // The interpreter's names are interned PyStrs: keyed by reference, a lookup costs no string hashing.
    private Dictionary<PyStr, PyObject?> lookupByName = new(ReferenceEqualityComparer.Instance);

    public PyType(string name, PyType? baseType, TypeConstructor? constructor = null, bool isHeapType = false)
    {
        Name = name;
        QualName = name;
        IsHeapType = isHeapType;
        Constructor = constructor;
        Dict = new PyDict();
        Bases = baseType is null ? [] : [baseType];
        Mro = baseType is null ? [this] : [this, .. baseType.Mro];
        baseType?.subclasses.Add(new WeakReference<PyType>(this));
        Version = Interlocked.Increment(ref nextVersion);
    }

    private PyType(string name, PyType[] bases, PyType[] mroTail, PyDict dict, bool isHeapType = true)
    {
        Name = name;
        QualName = name;
        IsHeapType = isHeapType;
        Dict = dict;
        Bases = bases;
        Mro = [this, .. mroTail];
        foreach (var b in bases) b.subclasses.Add(new WeakReference<PyType>(this));
        Version = Interlocked.Increment(ref nextVersion);
    }

    public override PyType Type => Metaclass ?? TypeType;

    /// <summary>A metaclass other than <c>type</c>, for classes created by one.</summary>
    public PyType? Metaclass { get; set; }

    public string Name { get; set; }

    public string QualName { get; set; }

    public PyType[] Bases { get; private set; }

    public PyType[] Mro { get; private set; }

    public override PyDict Dict { get; }

    /// <summary>True for classes made by a <c>class</c> statement.</summary>
    public bool IsHeapType { get; }

    /// <summary>For built-in types: how calls to the type build instances; null when the type cannot be instantiated.</summary>
    public TypeConstructor? Constructor { get; set; }

    /// <summary>For built-in types: how the constructor takes its arguments, checked before it runs; null when it checks them itself.</summary>
    public ArgSpec? ConstructorSpec { get; set; }

    /// <summary>The name errors from <see cref="ConstructorSpec"/> use: the type's name without its module (<c>islice</c>).</summary>
    private string ConstructorName => constructorName ??= Name[(Name.LastIndexOf('.') + 1)..];

    private string? constructorName;

    /// <summary>Changes whenever this type's or a base's dictionary changes.</summary>
    public int Version { get; private set; }

    private PyType? solidBase;
    private int inlineInitVersion = -1;
    private PyFunction? inlineInit;

    /// <summary>The nearest built-in type in the MRO, which decides the instance layout.</summary>
    public PyType SolidBase
    {
        get
        {
            if (solidBase is not null) return solidBase;
            foreach (var t in Mro)
            {
                if (!t.IsHeapType) return solidBase = t;
            }
            return solidBase = ObjectType;
        }
    }

    /// <summary>
    /// For a user class whose instances are made by the default <c>__new__</c> and set up by a Python
    /// <c>__init__</c>: that function, which the interpreter runs in its own frame stack. Cached per version.
    /// </summary>
    public PyFunction? InlineInit
    {
        get
        {
            if (inlineInitVersion != Version)
            {
                inlineInit = IsHeapType && Metaclass is null && Lookup("__init__") is PyFunction init && !init.Code.IsGenerator
                    && Lookup("__new__") is PyStaticMethod { Function: PyBuiltinFunction } ? init : null;
                inlineInitVersion = Version;
            }
            return inlineInit;
        }
    }

    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        foreach (var t in Mro)
        {
            if (ReferenceEquals(t, other)) return true;
        }
        return false;
    }

    /// <summary>Finds <paramref name="name"/> along the MRO (CPython's <c>_PyType_Lookup</c>).</summary>
    public PyObject? Lookup(string name)
    {
        if (lookupCache.TryGetValue(name, out var cached)) return cached;
        PyObject? found = null;
        var key = PyStr.Intern(name);
        foreach (var t in Mro)
        {
            found = t.Dict.GetItemOrNull(key);
            if (found is not null) break;
        }
        lookupCache[name] = found;
        return found;
    }

    /// <summary><see cref="Lookup(string)"/> for an interned name, cached by reference.</summary>
    public PyObject? Lookup(PyStr name)
    {
        if (lookupByName.TryGetValue(name, out var cached)) return cached;
        var found = Lookup(name.Value);
        lookupByName[name] = found;
        return found;
    }

    /// <summary>Like <see cref="Lookup(string)"/> but only in user classes: a dunder that overrides the built-in slot.</summary>
    public PyObject? LookupUserDunder(string name)
    {
        if (!IsHeapType) return null;
        var found = Lookup(name);
        return found is PyBuiltinFunction ? null : found;
    }

    public void SetAttribute(string name, PyObject? value)
    {
        var key = PyStr.Intern(name);
        if (value is null) Dict.DelItem(key);
        else Dict.SetItem(key, value);
        Modified();
    }

    /// <summary>Invalidates the lookup caches of this type and its subclasses.</summary>
    public void Modified()
    {
        Version = Interlocked.Increment(ref nextVersion);
        lookupCache = [];
        lookupByName = new(ReferenceEqualityComparer.Instance);
        foreach (var w in subclasses)
        {
            if (w.TryGetTarget(out var sub)) sub.Modified();
        }
    }

    public void AddMethod(string name, BuiltinFn fn) =>
        Dict.SetItem(PyStr.Intern(name), new PyBuiltinFunction(name, fn, this));

    /// <summary>Adds a native method whose arguments (after self) are checked against <paramref name="spec"/> before it runs.</summary>
    public void AddMethod(string name, ArgSpec spec, BuiltinFn fn) =>
        Dict.SetItem(PyStr.Intern(name), new PyBuiltinFunction(name, fn, this, spec));

    public void AddClassMethod(string name, BuiltinFn fn) =>
        Dict.SetItem(PyStr.Intern(name), new PyClassMethod(new PyBuiltinFunction(name, fn, this)));

    /// <summary>Adds a native class method whose arguments (after the class) are checked against <paramref name="spec"/>.</summary>
    public void AddClassMethod(string name, ArgSpec spec, BuiltinFn fn) =>
        Dict.SetItem(PyStr.Intern(name), new PyClassMethod(new PyBuiltinFunction(name, fn, this, spec)));

    public void AddStaticMethod(string name, BuiltinFn fn) =>
        Dict.SetItem(PyStr.Intern(name), new PyStaticMethod(new PyBuiltinFunction(name, fn)));

    /// <summary>Creates a built-in type with several bases (<c>ExceptionGroup</c>), with its C3 MRO.</summary>
    public static PyType CreateBuiltin(string name, PyType[] bases, TypeConstructor constructor) =>
        new(name, bases, C3Merge(name, bases), new PyDict(), isHeapType: false) { Constructor = constructor };

    /// <summary>Creates a class for a <c>class</c> statement, with its C3 MRO.</summary>
    public static PyType CreateClass(string name, PyType[] bases, PyDict ns)
    {
        if (bases.Length == 0) bases = [ObjectType];
        for (int i = 1; i < bases.Length; i++)
        {
            if (Array.IndexOf(bases, bases[i], 0, i) >= 0) throw Ops.TypeError($"duplicate base class {bases[i].Name}");
        }
        PyType? solid = null;
        foreach (var b in bases)
        {
            var s = b.SolidBase;
            if (s == ObjectType) continue;
            if (s.Constructor is null && !s.IsSubtypeOf(ExceptionTypes.BaseException) && s != TypeType)
                throw Ops.TypeError($"type '{b.Name}' is not an acceptable base type");
            if (solid is not null && !solid.IsSubtypeOf(s) && !s.IsSubtypeOf(solid))
                throw Ops.TypeError("multiple bases have instance lay-out conflict");
            if (solid is null || s.IsSubtypeOf(solid)) solid = s;
        }
        if (solid is not null && solid != ObjectType && !solid.IsSubtypeOf(ExceptionTypes.BaseException)
            && solid != PyList.TypeObject && solid != PyDict.TypeObject && solid != TypeType)
            throw Ops.NotSupported($"subclassing built-in type '{solid.Name}'");
        var mro = C3Merge(name, bases);
        // A class without a docstring has __doc__ None of its own, so it does not inherit its base's.
        if (ns.GetItemOrNull(PyStr.Intern("__doc__")) is null) ns.SetItem(PyStr.Intern("__doc__"), PyNone.Value);
        var type = new PyType(name, bases, mro, ns);
        if (ns.GetItemOrNull(PyStr.Intern("__qualname__")) is PyStr qn)
        {
            type.QualName = qn.Value;
            ns.DelItem(PyStr.Intern("__qualname__"));
        }
        type.SlotNames = ComputeSlots(type.Mro);
        return type;
    }

    /// <summary>
    /// The attribute names instances may hold when every class of the MRO declares <c>__slots__</c>
    /// without <c>__dict__</c> (such instances have no <c>__dict__</c>); null when a dict is allowed.
    /// </summary>
    public HashSet<string>? SlotNames { get; private set; }

    private static HashSet<string>? ComputeSlots(PyType[] mro)
    {
        var names = new HashSet<string>();
        foreach (var t in mro)
        {
            if (t == ObjectType) continue;
            if (!t.IsHeapType) return null;
            if (t.Dict.GetItemOrNull(PyStr.Intern("__slots__")) is not { } slots) return null;
            foreach (var item in slots is PyStr single ? [single] : Ops.ToArray(slots))
            {
                if (item is not PyStr s) throw Ops.TypeError($"__slots__ items must be strings, not '{item.Type.Name}'");
                if (s.Value == "__dict__") return null;
                names.Add(s.Value);
            }
        }
        return names;
    }

    private static PyType[] C3Merge(string name, PyType[] bases)
    {
        var seqs = new List<List<PyType>>();
        foreach (var b in bases) seqs.Add([.. b.Mro]);
        seqs.Add([.. bases]);
        var result = new List<PyType>();
        while (true)
        {
            seqs.RemoveAll(s => s.Count == 0);
            if (seqs.Count == 0) return [.. result];
            PyType? candidate = null;
            foreach (var s in seqs)
            {
                var head = s[0];
                bool inTail = false;
                foreach (var other in seqs)
                {
                    if (other.IndexOf(head) > 0) { inTail = true; break; }
                }
                if (!inTail) { candidate = head; break; }
            }
            if (candidate is null)
            {
                var names = new List<string>();
                foreach (var s in seqs)
                {
                    if (!names.Contains(s[0].Name)) names.Add(s[0].Name);
                }
                throw Ops.TypeError($"Cannot create a consistent method resolution\norder (MRO) for bases {string.Join(", ", names)}");
            }
            result.Add(candidate);
            foreach (var s in seqs)
            {
                if (s.Count > 0 && s[0] == candidate) s.RemoveAt(0);
            }
        }
    }

    public override string Repr() =>
        IsHeapType ? $"<class '{ModuleName()}.{QualName}'>" : $"<class '{Name}'>";

    /// <summary>
    /// A built-in type's name is CPython's <c>tp_name</c>, which names its module when it is not in
    /// builtins (<c>itertools.count</c>): <c>__name__</c> is the part after the last dot, <c>__module__</c>
    /// the part before it, while reprs and error messages show the whole.
    /// </summary>
    private string StaticName() => Name[(Name.LastIndexOf('.') + 1)..];

    private string StaticModule() => Name.LastIndexOf('.') is var dot and > 0 ? Name[..dot] : "builtins";

    private string ModuleName() =>
        Dict.GetItemOrNull(PyStr.Intern("__module__")) is PyStr m ? m.Value : "builtins";

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (this == TypeType)
        {
            if (args.Length == 1 && kwnames is null) return args[0].Type;
            if (args.Length - (kwnames?.Items.Length ?? 0) != 3) throw Ops.TypeError("type() takes 1 or 3 arguments");
            return Builtins.ClassCreation.TypeNew(this, args, kwnames);
        }
        // A metaclass's __call__ decides what calling its classes does.
        if (Metaclass is not null && Metaclass.LookupUserDunder("__call__") is { } metaCall) return Ops.CallWithSelf(metaCall, this, args, kwnames);
        return DefaultCall(args, kwnames);
    }

    /// <summary><c>type.__call__</c>: <c>__new__</c>, then <c>__init__</c> when the result is an instance of the class.</summary>
    public PyObject DefaultCall(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!IsHeapType)
        {
            if (Constructor is null) throw Ops.TypeError($"cannot create '{Name}' instances");
            ConstructorSpec?.Check(ConstructorName, null, args, kwnames, 0);
            return Constructor(this, args, kwnames);
        }
        var instance = Allocate(args, kwnames);
        // __init__ runs only on an instance of this class; __new__ may return anything.
        if (instance.Type != this && !instance.Type.IsSubtypeOf(this)) return instance;
        var init = Lookup("__init__");
        if (init is PyBuiltinFunction { Owner: var owner } && owner == ObjectType)
        {
            if (args.Length > 0 && Lookup("__new__") is PyStaticMethod { Function: PyBuiltinFunction })
                throw Ops.TypeError($"{Name}() takes no arguments");
        }
        else if (init is not null)
        {
            var r = Ops.CallWithSelf(init, instance, args, kwnames);
            if (r != PyNone.Value) throw Ops.TypeError($"__init__() should return None, not '{r.Type.Name}'");
        }
        return instance;
    }

    /// <summary>The new, uninitialised instance of a user class (its <c>__new__</c>).</summary>
    public PyObject Allocate(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var newFn = Lookup("__new__");
        if (newFn is PyStaticMethod { Function: PyFunction userNew })
        {
            var all = new PyObject[args.Length + 1];
            all[0] = this;
            args.CopyTo(all.AsSpan(1));
            return Interpreter.Eval.CallFunction(userNew, all, kwnames);
        }
        var solid = SolidBase;
        if (solid == TypeType) return Builtins.ClassCreation.TypeNew(this, args, kwnames);
        if (solid.IsSubtypeOf(ExceptionTypes.BaseExceptionGroup))
            return ExceptionGroups.Create(this, kwnames is null ? args : args[..(args.Length - kwnames.Items.Length)]);
        if (solid.IsSubtypeOf(ExceptionTypes.BaseException))
            return new PyBaseException(this, args.Length == 0 || kwnames is not null && kwnames.Items.Length == args.Length ? PyTuple.Empty : new PyTuple(args[..(args.Length - (kwnames?.Items.Length ?? 0))].ToArray()));
        if (solid == PyList.TypeObject) return new PyListInstance(this);
        if (solid == PyDict.TypeObject) return new PyDictInstance(this);
        return new PyInstance(this);
    }

    public override PyObject? GetSpecialAttr(string name) => name switch
    {
        "__name__" => new PyStr(IsHeapType ? Name : StaticName()),
        "__qualname__" => new PyStr(IsHeapType ? QualName : StaticName()),
        "__mro__" => new PyTuple([.. Mro]),
        "__bases__" => new PyTuple([.. Bases]),
        "__base__" => Bases.Length > 0 ? Bases[0] : PyNone.Value,
        "__dict__" => Dict,
        "__module__" => IsHeapType ? Dict.GetItemOrNull(PyStr.Intern("__module__")) ?? PyNone.Value : new PyStr(StaticModule()),
        "__doc__" => Dict.GetItemOrNull(PyStr.Intern("__doc__")) ?? PyNone.Value,
        "__type_params__" => Dict.GetItemOrNull(PyStr.Intern("__type_params__")) ?? PyTuple.Empty,
        _ => null,
    };

    public override PyObject? RichCompare(CompareKind op, PyObject other) => op switch
    {
        CompareKind.Eq => PyBool.From(ReferenceEquals(this, other)),
        CompareKind.Ne => PyBool.From(!ReferenceEquals(this, other)),
        _ => null,
    };

    // X | Y of classes makes a types.UnionType.
    public override PyObject? BinaryOp(BinaryOpKind op, PyObject other, bool reflected) => Typing.PyUnionType.Operator(this, op, other, reflected);

    private static PyType CreateTypeType()
    {
        var t = new PyType("type", ObjectType);
        typeType = t;
        t.AddMethod("mro", (a, k) => new PyList([.. ((PyType)a[0]).Mro]));
        t.AddStaticMethod("__new__", (a, k) =>
        {
            if (a.Length == 0 || a[0] is not PyType mcls || !mcls.IsSubtypeOf(t)) throw Ops.TypeError("type.__new__(X): X is not a type object");
            return Builtins.ClassCreation.TypeNew(mcls, a[1..], k);
        });
        t.AddMethod("__init__", (a, k) => PyNone.Value);
        t.AddMethod("__call__", (a, k) => ((PyType)a[0]).DefaultCall(a[1..], k));
        t.AddClassMethod("__prepare__", (a, k) => new PyDict());
        t.AddMethod("__subclasses__", (a, k) =>
        {
            var list = new PyList();
            foreach (var w in ((PyType)a[0]).subclasses)
            {
                if (w.TryGetTarget(out var s)) list.Append(s);
            }
            return list;
        });
        return t;
    }

    private static PyType CreateObjectType()
    {
        var t = new PyType("object", null, (type, a, k) =>
        {
            if (a.Length > 0) throw Ops.TypeError("object() takes no arguments");
            return new PyInstance(type);
        });
        objectType = t;
        t.AddMethod("__init__", (a, k) => PyNone.Value);
        t.AddStaticMethod("__new__", (a, k) =>
        {
            if (a.Length == 0 || a[0] is not PyType cls) throw Ops.TypeError("object.__new__(X): X is not a type object");
            if (!cls.IsHeapType) return cls.Call(a[1..], k);
            var solid = cls.SolidBase;
            if (solid.IsSubtypeOf(ExceptionTypes.BaseException)) return new PyBaseException(cls, new PyTuple(a[1..].ToArray()));
            if (solid == PyList.TypeObject) return new PyListInstance(cls);
            if (solid == PyDict.TypeObject) return new PyDictInstance(cls);
            return new PyInstance(cls);
        });
        // Built-in types without a wrapper of their own (None, functions) reach here: their repr is their hook's.
        t.AddMethod("__repr__", (a, k) => new PyStr(a[0].Type.IsHeapType ? ObjectRepr(a[0]) : a[0].Repr()));
        t.AddMethod("__str__", (a, k) => new PyStr(Ops.Repr(a[0])));
        t.AddMethod("__hash__", (a, k) => PyInt.From(a[0].Hash()));
        t.AddMethod("__eq__", (a, k) => ReferenceEquals(a[0], a[1]) ? PyBool.True : PyNotImplemented.Value);
        t.AddMethod("__ne__", (a, k) =>
        {
            var eq = Ops.RichCompare(a[0], a[1], CompareKind.Eq);
            return eq == PyNotImplemented.Value ? eq : PyBool.From(!Ops.IsTrue(eq));
        });
        t.AddMethod("__setattr__", (a, k) => { Ops.GenericSetAttr(a[0], Ops.AttrName(a[1]), a[2]); return PyNone.Value; });
        t.AddMethod("__getattribute__", (a, k) => Ops.GenericGetAttr(a[0], Ops.AttrName(a[1])));
        t.AddMethod("__delattr__", (a, k) => { Ops.GenericSetAttr(a[0], Ops.AttrName(a[1]), null); return PyNone.Value; });
        t.AddMethod("__format__", (a, k) =>
        {
            var spec = ((PyStr)a[1]).Value;
            if (spec.Length > 0) throw Ops.TypeError($"unsupported format string passed to {a[0].Type.Name}.__format__");
            return new PyStr(Ops.Str(a[0]));
        });
        t.AddClassMethod("__init_subclass__", (a, k) =>
        {
            if (a.Length > 1 || k is { Items.Length: > 0 }) throw Ops.TypeError($"{((PyType)a[0]).Name}.__init_subclass__() takes no keyword arguments");
            return PyNone.Value;
        });
        return t;
    }

    /// <summary><c>object.__repr__</c>: <c>&lt;module.Name object at 0x...&gt;</c>.</summary>
    public static string ObjectRepr(PyObject o)
    {
        var t = o.Type;
        var prefix = t.IsHeapType ? t.ModuleName() + "." + t.QualName : t.Name;
        return $"<{prefix} object at 0x{Ops.Id(o):x}>";
    }
}
