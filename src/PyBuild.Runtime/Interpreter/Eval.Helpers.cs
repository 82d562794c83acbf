using System.Runtime.CompilerServices;
using PyBuild.Runtime.Exceptions;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Interpreter;

/// <summary>The slower halves of the opcodes, kept out of the loop body.</summary>
internal static partial class Eval
{
    /// <summary>The arguments of a call, on the value stack (the stack holds no nulls there).</summary>
    private static ReadOnlySpan<PyObject> Args(Span<PyObject?> s, int start, int count) => s.Slice(start, count)!;

    /// <summary>
    /// Clears the stack slots of a finished call. A loop of null stores (no write barrier) beats
    /// <see cref="Span{T}.Clear"/>'s out-of-line call for the few slots a call uses.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ClearSlots(Span<PyObject?> s, int from, int to)
    {
        for (int i = from; i < to; i++) s[i] = null;
    }

    /// <summary><c>BINARY_OP</c> with its oparg (13 and up are the in-place forms).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject BinaryOp(int arg, PyObject a, PyObject b)
    {
        bool inPlace = arg >= 13;
        var op = (BinaryOpKind)(inPlace ? arg - 13 : arg);
        return NumberFastPaths.Binary(op, a, b) ?? (inPlace ? Ops.InPlaceOp(a, b, op) : Ops.BinaryOp(a, b, op));
    }

    /// <summary>The second operand of a fused run (<see cref="FusedOpCodes"/>): its LOAD_FAST's local or its LOAD_CONST's constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject SecondOperand(ref Instruction load, Span<PyObject?> s, PyCode code) =>
        load.Op == PyBuild.Compiler.Bytecode.OpCode.LOAD_FAST ? s[load.Arg]! : code.Consts[load.Arg];

    /// <summary>
    /// A result stored to a local (<c>x = a + b</c>) goes there without a push and pop: true when the
    /// instruction at <paramref name="pc"/> was that STORE_FAST, done, and <paramref name="pc"/> moved past it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StoreToNextLocal(Instruction[] instrs, ref int pc, Span<PyObject?> s, PyObject result)
    {
        ref Instruction store = ref instrs[pc];
        if (store.Op != PyBuild.Compiler.Bytecode.OpCode.STORE_FAST) return false;
        s[store.Arg] = result;
        pc++;
        return true;
    }

    /// <summary>The KeyError of a key missing from a dict, raised by the loop without a .NET throw.</summary>
    private static PyException MissingKey(PyObject key) => new(PyBaseException.Create(ExceptionTypes.KeyError, key));

    /// <summary>
    /// A comparison feeding a conditional jump (the usual case) jumps without pushing its bool: true
    /// when the instruction at <paramref name="pc"/> was such a jump, and <paramref name="pc"/> moved
    /// past it or to its target by <paramref name="fast"/> (1 true, 0 false).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool JumpOnComparison(Instruction[] instrs, int fast, ref int pc)
    {
        ref Instruction next = ref instrs[pc];
        if (next.Op == PyBuild.Compiler.Bytecode.OpCode.POP_JUMP_IF_FALSE)
        {
            pc = fast == 0 ? next.Target : pc + 1;
            return true;
        }
        if (next.Op == PyBuild.Compiler.Bytecode.OpCode.POP_JUMP_IF_TRUE)
        {
            pc = fast != 0 ? next.Target : pc + 1;
            return true;
        }
        return false;
    }

    /// <summary>
    /// <c>container[key]</c> with the list, tuple and dict cases inline; null for a key missing from
    /// an exact dict, which the loop raises as KeyError without a .NET throw (missing keys are
    /// common under try/except).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? Subscript(PyObject container, PyObject key)
    {
        if (container.GetType() == typeof(PyList) && key.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(key).IsSmall)
        {
            var list = Unsafe.As<PyList>(container);
            long i = Unsafe.As<PyInt>(key).Small;
            if (i < 0) i += list.Count;
            if ((ulong)i >= (ulong)list.Count) throw Ops.Error(ExceptionTypes.IndexError, "list index out of range");
            return list.Items[i];
        }
        if (container is PyTuple tuple && key is PyInt tidx && tidx.IsSmall)
        {
            var items = tuple.Items;
            long i = tidx.Small;
            if (i < 0) i += items.Length;
            if ((ulong)i >= (ulong)items.Length) throw Ops.Error(ExceptionTypes.IndexError, "tuple index out of range");
            return items[i];
        }
        if (container.GetType() == typeof(PyDict)) return Unsafe.As<PyDict>(container).GetItemOrNull(key);
        if (container is PyType t) return ClassGetItem(t, key);
        return Ops.GetItem(container, key);
    }

    /// <summary><c>container[key] = value</c> with the list case inline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreSubscript(PyObject container, PyObject key, PyObject value)
    {
        if (container.GetType() == typeof(PyList) && key.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(key).IsSmall)
        {
            var list = Unsafe.As<PyList>(container);
            long i = Unsafe.As<PyInt>(key).Small;
            if (i < 0) i += list.Count;
            if ((ulong)i >= (ulong)list.Count) throw Ops.Error(ExceptionTypes.IndexError, "list assignment index out of range");
            list.SetAt((int)i, value);
        }
        else
        {
            Ops.SetItem(container, key, value);
        }
    }

    // The cache hit, small enough to inline into the loop; the lookup is out of line.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject LoadGlobal(Frame f, ref GlobalCache cache, PyStr name)
    {
        var globals = f.Globals;
        if (cache.Globals == globals && cache.GlobalsVersion == globals.KeysVersion)
        {
            if (!cache.InBuiltins) return globals.ValueAt(cache.Index);
            var builtins = f.Builtins;
            if (cache.BuiltinsVersion == builtins.KeysVersion) return builtins.ValueAt(cache.Index);
        }
        return LoadGlobalMiss(f, ref cache, name);
    }

    private static PyObject LoadGlobalMiss(Frame f, ref GlobalCache cache, PyStr name)
    {
        var globals = f.Globals;
        var builtins = f.Builtins;
        int ix = globals.FindIndex(name);
        if (ix >= 0)
        {
            cache = new GlobalCache { Globals = globals, GlobalsVersion = globals.KeysVersion, Index = ix };
            return globals.ValueAt(ix);
        }
        ix = builtins.FindIndex(name);
        if (ix >= 0)
        {
            cache = new GlobalCache { Globals = globals, GlobalsVersion = globals.KeysVersion, BuiltinsVersion = builtins.KeysVersion, Index = ix, InBuiltins = true };
            return builtins.ValueAt(ix);
        }
        throw Ops.NameNotDefined(name.Value);
    }

    private static PyObject LoadName(Frame f, PyStr name)
    {
        if (f.Locals is { } locals)
        {
            var v = locals.GetItemOrNull(name);
            if (v is not null) return v;
        }
        return f.Globals.GetItemOrNull(name) ?? f.Builtins.GetItemOrNull(name)
            ?? throw Ops.NameNotDefined(name.Value);
    }

    private static PyDict LocalsOf(Frame f) =>
        f.Locals ?? throw Ops.Error(ExceptionTypes.SystemError, "no locals found");

    private static PyException UnboundFree(PyCode code, int index) =>
        Ops.Error(ExceptionTypes.NameError, $"cannot access free variable '{code.LocalNames[index].Value}' where it is not associated with a value in enclosing scope");

    private static readonly PyStr GetAttributeName = PyStr.Intern("__getattribute__");
    private static readonly PyStr SetAttrName = PyStr.Intern("__setattr__");

    /// <summary>
    /// Whether <paramref name="descr"/>, found on <paramref name="type"/>'s MRO, is called with the
    /// receiver as its first argument: a Python function, or a native method of a type the receiver's
    /// type derives from (CALL then passes it self without checking it). A native function of no type
    /// (<c>f = len</c> in a class body) is no descriptor: it is called without the receiver.
    /// </summary>
    private static bool IsMethodOf(PyObject? descr, PyType type) =>
        descr is PyFunction || (descr is PyBuiltinFunction { Owner: { } owner } && type.IsSubtypeOf(owner));

    /// <summary>
    /// The method-call form of <c>LOAD_ATTR</c>: the unbound function when <paramref name="name"/> is a
    /// method on the type and not shadowed by the instance dict, else null (the caller binds normally).
    /// </summary>
    private static PyObject? LoadMethod(PyObject owner, PyStr name, ref AttrCache cache)
    {
        // Instances of user classes, the usual receivers, without the virtual Type and Dict.
        PyType type;
        PyDict? dict;
        if (owner.GetType() == typeof(PyInstance))
        {
            type = Unsafe.As<PyInstance>(owner).Class;
            dict = Unsafe.As<PyInstance>(owner).InstanceDict;
        }
        else
        {
            if (owner is PyType or PyModule) return null;
            type = owner.Type;
            dict = null;
        }
        ref var entry = ref cache.Find(type);
        PyObject? method;
        if (!Unsafe.IsNullRef(ref entry))
        {
            method = entry.Descriptor;
        }
        else
        {
            var descr = type.IsHeapType && type.Lookup(GetAttributeName) is not (null or PyBuiltinFunction) ? null : type.Lookup(name);
            method = IsMethodOf(descr, type) ? descr : null;
            cache.Add(type, method is null ? AttrCacheKind.None : AttrCacheKind.Method, method);
        }
        if (method is not null)
        {
            dict ??= owner.Dict;
            if (dict is null || dict.Count == 0 || dict.FindIndex(name) < 0) return method;
        }
        return null;
    }

    /// <summary>The attribute for the method form of <c>LOAD_ATTR</c> when it is not a method to bind.</summary>
    private static PyObject LoadPlainAttr(PyObject owner, PyStr name, ref AttrCache cache) =>
        owner is PyType cls ? LoadClassAttr(cls, name, ref cache) : Ops.GetAttr(owner, name.Value);

    /// <summary>
    /// An attribute read through a class whose metaclass is <c>type</c> (<c>Strength.stronger</c>,
    /// <c>Color.RED</c>): the lookup's result is cached per class version when the class's MRO holds
    /// it as a function, a static method, a class or a value of a built-in type, which read the same
    /// every time; the rest (class methods make a new bound method each time, descriptors run code)
    /// go through <see cref="Ops.GetAttr(PyObject, string)"/> every time.
    /// </summary>
    private static PyObject LoadClassAttr(PyType cls, PyStr name, ref AttrCache cache)
    {
        ref var entry = ref cache.FindClass(cls);
        if (!Unsafe.IsNullRef(ref entry)) return entry.Descriptor!;
        var value = Ops.GetAttr(cls, name.Value);
        if (cls.Type == PyType.TypeType && cls.Lookup(name) is { } found && found switch
            {
                PyClassMethod => false,
                PyFunction or PyStaticMethod or PyType => true,
                _ => !found.Type.IsHeapType,
            })
        {
            cache.AddClass(cls, value);
        }
        return value;
    }

    private static PyObject LoadAttr(PyObject owner, PyStr name, ref AttrCache cache)
    {
        if (owner.GetType() == typeof(PyModule))
        {
            // A module's own dict comes before anything on the module type.
            var md = Unsafe.As<PyModule>(owner).ModuleDict;
            int mi = md.FindIndex(name, cache.Index);
            if (mi >= 0)
            {
                cache.Index = mi;
                return md.ValueAt(mi);
            }
            return Ops.GetAttr(owner, name.Value);
        }
        if (owner.GetType() == typeof(PyInstance))
        {
            // Instances of user classes, the usual receivers, without the virtual Type and Dict.
            var inst = Unsafe.As<PyInstance>(owner);
            if (InstanceOnly(owner, inst.Class, name, GetAttributeName, ref cache))
            {
                var idict = inst.InstanceDict;
                int ii = idict.FindIndex(name, cache.Index);
                if (ii >= 0)
                {
                    cache.Index = ii;
                    return idict.ValueAt(ii);
                }
            }
            return Ops.GetAttr(owner, name.Value);
        }
        if (owner is PyType cls) return LoadClassAttr(cls, name, ref cache);
        var type = owner.Type;
        if (InstanceOnly(owner, type, name, GetAttributeName, ref cache))
        {
            var dict = owner.Dict!;
            int ix = dict.FindIndex(name, cache.Index);
            if (ix >= 0)
            {
                cache.Index = ix;
                return dict.ValueAt(ix);
            }
        }
        return Ops.GetAttr(owner, name.Value);
    }

    /// <summary>
    /// Whether <paramref name="name"/> on instances of <paramref name="type"/> lives in the instance
    /// dict only: nothing of that name on the type and the default <paramref name="hook"/>
    /// (<c>__getattribute__</c> or <c>__setattr__</c>). The answer is cached per type; the entry
    /// hint is shared, so a site that sees instances of several similar classes finds its attribute at once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool InstanceOnly(PyObject owner, PyType type, PyStr name, PyStr hook, ref AttrCache cache)
    {
        ref var entry = ref cache.Find(type);
        if (Unsafe.IsNullRef(ref entry)) return FillInstanceCache(owner, type, name, hook, ref cache);
        return entry.Kind == AttrCacheKind.InstanceOnly;
    }

    private static bool FillInstanceCache(PyObject owner, PyType type, PyStr name, PyStr hook, ref AttrCache cache)
    {
        // __class__ is object's data descriptor in CPython, never an instance-dict entry.
        bool instanceOnly = owner is PyInstance && type.SlotNames is null && type != PyType.ObjectType
            && type.Lookup(name) is null && name.Value != "__class__" && type.Lookup(hook) is PyBuiltinFunction;
        cache.Add(type, instanceOnly ? AttrCacheKind.InstanceOnly : AttrCacheKind.None, null);
        return instanceOnly;
    }

    private static void StoreAttr(PyObject owner, PyStr name, PyObject value, ref AttrCache cache)
    {
        if (owner.GetType() == typeof(PyInstance))
        {
            var inst = Unsafe.As<PyInstance>(owner);
            if (InstanceOnly(owner, inst.Class, name, SetAttrName, ref cache))
            {
                StoreInstanceAttr(inst.InstanceDict, name, value, ref cache);
                return;
            }
            Ops.SetAttr(owner, name.Value, value);
            return;
        }
        var type = owner.Type;
        if (InstanceOnly(owner, type, name, SetAttrName, ref cache))
        {
            StoreInstanceAttr(owner.Dict!, name, value, ref cache);
            return;
        }
        Ops.SetAttr(owner, name.Value, value);
    }

    private static void StoreInstanceAttr(PyDict dict, PyStr name, PyObject value, ref AttrCache cache)
    {
        int ix = dict.FindIndex(name, cache.Index);
        if (ix >= 0)
        {
            dict.SetValueAt(ix, value);
            cache.Index = ix;
            return;
        }
        // A new attribute: the next instance built the same way will have it at the same index.
        cache.Index = dict.EntryLimit;
        dict.SetItem(name, value);
    }

    /// <summary>Zero-argument <c>super().name</c>: the attribute after <paramref name="start"/> in the MRO of self's type.</summary>
    private static (PyObject Attr, bool Unbound) SuperLookup(PyType start, PyObject self, string name, bool method)
    {
        var objType = self is PyType st && st.IsSubtypeOf(start) ? st : self.Type;
        var mro = objType.Mro;
        int i = Array.IndexOf(mro, start);
        var key = PyStr.Intern(name);
        for (int j = i + 1; j < mro.Length; j++)
        {
            var v = mro[j].Dict.GetItemOrNull(key);
            if (v is null) continue;
            if (method && self is not PyType && IsMethodOf(v, objType)) return (v, true);
            return v switch
            {
                PyClassMethod cm => (new PyMethod(cm.Function, objType), false),
                PyStaticMethod sm => (sm.Function, false),
                PyFunction when self is PyType => (v, false),
                PyBuiltinFunction when self is PyType && name == "__new__" => (v, false),
                PyProperty p when p.Getter is not null => (Ops.Call(p.Getter, self), false),
                _ => (Ops.BindDescriptor(v, self, objType), false),
            };
        }
        throw Ops.Error(ExceptionTypes.AttributeError, $"'super' object has no attribute '{name}'");
    }

    private static PyObject ClassGetItem(PyType t, PyObject key)
    {
        if (t.IsHeapType && t.Lookup("__class_getitem__") is { } cg) return Ops.CallWithSelf(cg, t, [key], null);
        if (!t.IsHeapType) return new Objects.Typing.PyGenericAlias(t, key);
        return Ops.GetItem(t, key);
    }

    private static bool HasIter(PyObject o)
    {
        if (o.Type.IsHeapType) return o.Type.LookupUserDunder("__iter__") is not null || o.Type.LookupUserDunder("__getitem__") is not null;
        try
        {
            o.Iter();
            return true;
        }
        catch (PyException)
        {
            return false;
        }
    }

    private static PyObject[] UnpackIterable(PyObject seq, int expected)
    {
        if (!HasIter(seq)) throw Ops.TypeError($"cannot unpack non-iterable {seq.Type.Name} object");
        var it = Ops.GetIter(seq);
        var items = new List<PyObject>(expected);
        while (items.Count <= expected && Ops.Next(it) is { } x) items.Add(x);
        return [.. items];
    }

    private static void MergeKwargs(PyDict target, PyObject source, PyObject? fn)
    {
        if (source is not PyDict && Ops.GetAttrOrNull(source, "keys") is null)
            throw Ops.TypeError($"{(fn is null ? "function()" : Ops.FunctionStr(fn))} argument after ** must be a mapping, not {source.Type.Name}");
        var d = source as PyDict ?? Builtins.DictMethods.FromMapping(source);
        foreach (var (k, v) in d.Items())
        {
            if (target.FindIndex(k) >= 0)
                throw Ops.TypeError($"{(fn is null ? "function()" : Ops.FunctionStr(fn))} got multiple values for keyword argument '{Ops.Str(k)}'");
            target.SetItem(k, v);
        }
    }

    private static PyObject CallEx(PyObject func, PyObject callargs, PyObject? kwargs)
    {
        var pos = callargs as PyTuple
            ?? new PyTuple(Ops.ToArray(Ops.GetIter(callargs, $"{Ops.FunctionStr(func)} argument after * must be an iterable, not {callargs.Type.Name}")));
        if (kwargs is null || kwargs is PyDict { Count: 0 }) return Ops.Call(func, pos.Items, null);
        var d = (PyDict)kwargs;
        var all = new PyObject[pos.Items.Length + d.Count];
        pos.Items.CopyTo(all, 0);
        var names = new PyObject[d.Count];
        int i = 0;
        foreach (var (k, v) in d.Items())
        {
            if (k is not PyStr) throw Ops.TypeError("keywords must be strings");
            names[i] = k;
            all[pos.Items.Length + i] = v;
            i++;
        }
        return Ops.Call(func, all, new PyTuple(names));
    }

    private static PyObject Intrinsic1(int which, PyObject v, Frame f)
    {
        switch (which)
        {
            case 2:
                Import.Importer.ImportStar(v, f.Locals ?? f.Globals);
                return PyNone.Value;
            case 3:
                if (v is PyBaseException e && (e.Type.IsSubtypeOf(ExceptionTypes.StopIteration)
                    || (f.Code.Flags & PyBuild.Compiler.Bytecode.CodeFlags.AsyncGenerator) != 0 && e.Type.IsSubtypeOf(ExceptionTypes.StopAsyncIteration)))
                {
                    // INTRINSIC_STOPITERATION_ERROR: the message names the kind of frame and the exception.
                    var kind = (f.Code.Flags & PyBuild.Compiler.Bytecode.CodeFlags.AsyncGenerator) != 0 ? "async generator"
                        : (f.Code.Flags & PyBuild.Compiler.Bytecode.CodeFlags.Coroutine) != 0 ? "coroutine" : "generator";
                    var r = PyBaseException.Create(ExceptionTypes.RuntimeError, $"{kind} raised {e.Type.Name}");
                    r.Cause = e;
                    r.Context = e;
                    r.SuppressContext = true;
                    return r;
                }
                return v;
            case 4:
                return new PyAsyncGenWrappedValue(v);
            case 5:
                return Ops.UnaryOp(v, UnaryOpKind.Positive);
            case 6:
                return new PyTuple(((PyList)v).ToArray());
            case >= 7 and <= 11:
                return Objects.Typing.TypeParamIntrinsics.Call1(which, v, f);
            default:
                throw Ops.NotSupported($"CALL_INTRINSIC_1 {which}");
        }
    }

    /// <summary>
    /// <c>SEND</c> to an iterator other than a generator (what <c>yield from</c> or an
    /// <c>__await__</c> gave): <c>__next__</c> for None, else <c>send</c>. Its StopIteration ends the
    /// delegation (done=true) with the exception's value as the result.
    /// </summary>
    private static PyObject SendToIterator(PyObject receiver, PyObject v, out bool done)
    {
        done = false;
        if (v == PyNone.Value && !receiver.Type.IsHeapType)
        {
            // A built-in iterator's end carries no value.
            var next = Ops.Next(receiver);
            done = next is null;
            return next ?? PyNone.Value;
        }
        if (v == PyNone.Value && receiver.Type.LookupUserDunder("__next__") is PyFunction fn)
        {
            // The common case, a Python __next__, reports its StopIteration without a .NET throw.
            var r = CallFunctionCatching(fn, [receiver], out var error);
            if (error is null) return r!;
            if (!error.Type.IsSubtypeOf(ExceptionTypes.StopIteration)) throw new PyException(error);
            done = true;
            return error.GetSpecialAttr("value") ?? PyNone.Value;
        }
        try
        {
            return v == PyNone.Value ? Ops.CallMethod(receiver, "__next__") : Ops.CallMethod(receiver, "send", v);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            done = true;
            return e.Value.GetSpecialAttr("value") ?? PyNone.Value;
        }
    }

    /// <summary><c>CALL_INTRINSIC_2</c>: 1 re-raises after <c>except*</c>; the others build PEP 695 type parameters.</summary>
    private static PyObject Intrinsic2(int which, PyObject v1, PyObject v2) =>
        which == 1 ? ExceptionGroups.PrepareReraise(v1, v2) : Objects.Typing.TypeParamIntrinsics.Call2(which, v1, v2);

    /// <summary><c>MATCH_KEYS</c>: the values of the keys in the mapping, or None when one is missing.</summary>
    private static PyObject MatchKeys(PyObject subject, PyTuple keys)
    {
        var values = new PyObject[keys.Items.Length];
        for (int i = 0; i < values.Length; i++)
        {
            var v = subject is PyDict d ? d.GetItemOrNull(keys.Items[i]) : null;
            if (v is null) return PyNone.Value;
            values[i] = v;
        }
        return new PyTuple(values);
    }

    private static readonly HashSet<PyType> SelfMatchingTypes =
    [
        PyBool.TypeObject, PyByteArray.TypeObject, PyBytes.TypeObject, PyDict.TypeObject, PyFloat.TypeObject, PySet.FrozenSetType,
        PyInt.TypeObject, PyList.TypeObject, PySet.SetType, PyStr.TypeObject, PyTuple.TypeObject,
    ];

    /// <summary><c>MATCH_CLASS</c>: the positional and keyword attributes of a class pattern, or None.</summary>
    private static PyObject MatchClass(PyObject subject, PyObject clsObj, int positional, PyTuple kwNames)
    {
        if (clsObj is not PyType cls) throw Ops.TypeError("called match pattern must be a class");
        if (!subject.Type.IsSubtypeOf(cls)) return PyNone.Value;
        var attrs = new List<PyObject>();
        var seen = new HashSet<string>();
        if (positional > 0)
        {
            var matchArgs = Ops.GetAttrOrNull(cls, "__match_args__");
            if (matchArgs is null)
            {
                if (!SelfMatchingTypes.Contains(cls.SolidBase) || cls.IsHeapType && cls.SolidBase == PyType.ObjectType)
                    throw Ops.TypeError($"{cls.Name}() accepts 0 positional sub-patterns ({positional} given)");
                if (positional > 1) throw Ops.TypeError($"{cls.Name}() accepts 1 positional sub-pattern ({positional} given)");
                attrs.Add(subject);
            }
            else
            {
                if (matchArgs is not PyTuple mt) throw Ops.TypeError($"{cls.Name}.__match_args__ must be a tuple (got {matchArgs.Type.Name})");
                if (positional > mt.Items.Length)
                    throw Ops.TypeError($"{cls.Name}() accepts {mt.Items.Length} positional sub-pattern{(mt.Items.Length == 1 ? "" : "s")} ({positional} given)");
                for (int i = 0; i < positional; i++)
                {
                    var name = Ops.AttrName(mt.Items[i]);
                    seen.Add(name);
                    var v = Ops.GetAttrOrNull(subject, name);
                    if (v is null) return PyNone.Value;
                    attrs.Add(v);
                }
            }
        }
        foreach (var n in kwNames.Items)
        {
            var name = Ops.AttrName(n);
            if (!seen.Add(name)) throw Ops.TypeError($"{cls.Name}() got multiple sub-patterns for attribute '{name}'");
            var v = Ops.GetAttrOrNull(subject, name);
            if (v is null) return PyNone.Value;
            attrs.Add(v);
        }
        return new PyTuple([.. attrs]);
    }

    /// <summary>
    /// <c>GET_AWAITABLE</c>: the iterator an <c>await</c> drives: a coroutine itself, or what
    /// <c>__await__</c> returns. <paramref name="where"/> says which statement awaits, for the error.
    /// </summary>
    private static PyObject GetAwaitable(PyObject o, int where)
    {
        if (o is PyGenerator { IsCoroutine: true }) return o;
        var await = o.Type.Lookup("__await__");
        if (await is null)
        {
            throw Ops.TypeError(where switch
            {
                1 => $"'async with' received an object from __aenter__ that does not implement __await__: {o.Type.Name}",
                2 => $"'async with' received an object from __aexit__ that does not implement __await__: {o.Type.Name}",
                3 => $"'async for' received an invalid object from __anext__: {o.Type.Name}",
                _ => $"object {o.Type.Name} can't be used in 'await' expression",
            });
        }
        var it = Ops.CallWithSelf(await, o, [], null);
        if (it is PyGenerator { IsCoroutine: true } || !Ops.IsIterator(it))
            throw Ops.TypeError($"__await__() returned non-iterator of type '{it.Type.Name}'");
        return it;
    }

    private static void CheckCatchable(PyObject match)
    {
        if (match is PyTuple t)
        {
            foreach (var x in t.Items) CheckCatchable(x);
            return;
        }
        if (match is not PyType mt || !mt.IsSubtypeOf(ExceptionTypes.BaseException))
            throw Ops.TypeError("catching classes that do not inherit from BaseException is not allowed");
    }

    /// <summary>Makes the exception instance that <c>raise X</c> raises.</summary>
    public static PyBaseException MakeException(PyObject x)
    {
        if (x is PyType t && t.IsSubtypeOf(ExceptionTypes.BaseException))
        {
            var inst = Ops.Call(t);
            if (inst is not PyBaseException be)
                throw Ops.TypeError($"calling {Ops.Repr(t)} should have returned an instance of BaseException, not {inst.Type.Name}");
            return be;
        }
        if (x is PyBaseException e) return e;
        throw Ops.TypeError("exceptions must derive from BaseException");
    }

    private static PyException DoRaise(int argc, PyObject?[] s, ref int sp, RuntimeState ts)
    {
        try
        {
            if (argc == 0)
            {
                if (ts.HandledException is PyBaseException current) return new PyException(current) { IsReraise = true };
                return Ops.Error(ExceptionTypes.RuntimeError, "No active exception to reraise");
            }
            PyObject? cause = argc == 2 ? s[--sp] : null;
            var exc = MakeException(s[--sp]!);
            if (cause is not null)
            {
                if (cause == PyNone.Value) exc.Cause = null;
                else if (cause is PyType || cause is PyBaseException) exc.Cause = MakeException(cause);
                else return Ops.TypeError("exception causes must derive from BaseException");
                exc.SuppressContext = true;
            }
            return new PyException(exc);
        }
        catch (PyException e)
        {
            return e;
        }
    }
}
