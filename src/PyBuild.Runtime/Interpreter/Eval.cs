using System.Runtime.CompilerServices;
using PyBuild.Compiler.Bytecode;
using PyBuild.Runtime.Exceptions;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Interpreter;

/// <summary>
/// The evaluation loop. Python-to-Python calls push a frame and continue in the same loop, so the
/// depth of Python recursion costs no .NET stack; native code re-enters through <see cref="Run"/>.
/// </summary>
internal static partial class Eval
{
    /// <summary>Calls a Python function from native code.</summary>
    public static PyObject CallFunction(PyFunction fn, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        Run(Frame.ForCall(fn, args, kwnames));

    /// <summary>Runs a module body with the given globals (which are also its locals).</summary>
    public static PyObject RunModule(PyCode code, PyDict globals, PyDict builtins) =>
        Run(new Frame(code, globals, builtins, globals, null));

    /// <summary>Runs a class body with <paramref name="ns"/> as its locals.</summary>
    public static PyObject RunClassBody(PyFunction body, PyDict ns) =>
        Run(new Frame(body.Code, body.Globals, body.Builtins, ns, body));

    private static PyException RecursionError() =>
        Ops.Error(ExceptionTypes.RecursionError, "maximum recursion depth exceeded");

    /// <summary>
    /// Executes <paramref name="entry"/> (and the frames it calls) until it returns or yields. With
    /// <paramref name="throwIn"/>, the exception is raised at the frame's current instruction first.
    /// </summary>
    public static PyObject Run(Frame entry, PyBaseException? throwIn = null)
    {
        var result = Enter(entry, throwIn, out var error);
        if (error is not null) throw new PyException(error);
        return result!;
    }

    /// <summary>
    /// Calls a Python function and hands back an escaping exception instead of throwing it, for
    /// callers that expect one (a user <c>__next__</c> ending with StopIteration) and would otherwise
    /// pay for a .NET throw.
    /// </summary>
    public static PyObject? CallFunctionCatching(PyFunction fn, ReadOnlySpan<PyObject> args, out PyBaseException? error) =>
        Enter(Frame.ForCall(fn, args, null), null, out error);

    private static PyObject? Enter(Frame entry, PyBaseException? throwIn, out PyBaseException? error)
    {
        var ts = RuntimeState.Current;
        // Native re-entry (calls from builtins, generators) costs .NET stack and makes every raise
        // unwind through it, so it has its own, smaller limit, as CPython 3.12 limits C recursion.
        if (ts.NativeDepth >= RuntimeState.NativeRecursionLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw RecursionError();
        if (ts.Depth >= ts.RecursionLimit) throw RecursionError();
        ts.NativeDepth++;
        try
        {
            return RunFrames(entry, throwIn, ts, out error);
        }
        finally
        {
            ts.NativeDepth--;
        }
    }

    // Fully optimised from the first call: the loop sits inside a try block, where tiered
    // compilation's on-stack replacement does not reach, so tier-0 code would run forever.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static PyObject? RunFrames(Frame entry, PyBaseException? throwIn, RuntimeState ts, out PyBaseException? escaped)
    {
        escaped = null;
        ts.Depth++;

        Frame f = entry;
        PyCode code = f.Code;
        Instruction[] instrs = code.Instructions;
        PyObject?[] s = f.Fast;
        int sp = f.Sp;
        int pc = f.Pc;
        int cur = pc > 0 ? pc - 1 : 0;
        PyTuple? kwnames = null;
        PyException? error = throwIn is null ? null : new PyException(throwIn);

        while (true)
        {
            if (error is null)
            {
                try
                {
                    while (true)
                    {
                        cur = pc;
                        ref Instruction ins = ref instrs[pc++];
                        switch (ins.Op)
                        {
                            case OpCode.NOP:
                            case OpCode.RESUME:
                                // As CPython's eval breaker: a pending SIGINT is raised on entry and on backward jumps.
                                if (ts.InterruptPending) throw ts.TakeInterrupt();
                                break;

                            case OpCode.CACHE:
                                break;

                            case OpCode.LOAD_FAST:
                                s[sp++] = s[ins.Arg];
                                break;

                            case OpCode.LOAD_FAST_CHECK:
                            {
                                var v = s[ins.Arg];
                                if (v is null)
                                    throw Ops.Error(ExceptionTypes.UnboundLocalError, $"cannot access local variable '{code.LocalNames[ins.Arg].Value}' where it is not associated with a value");
                                s[sp++] = v;
                                break;
                            }

                            case OpCode.LOAD_FAST_AND_CLEAR:
                                s[sp++] = s[ins.Arg];
                                s[ins.Arg] = null;
                                break;

                            case OpCode.STORE_FAST:
                                s[ins.Arg] = s[--sp];
                                break;

                            case OpCode.DELETE_FAST:
                                if (s[ins.Arg] is null)
                                    throw Ops.Error(ExceptionTypes.UnboundLocalError, $"cannot access local variable '{code.LocalNames[ins.Arg].Value}' where it is not associated with a value");
                                s[ins.Arg] = null;
                                break;

                            case OpCode.LOAD_CONST:
                                s[sp++] = code.Consts[ins.Arg];
                                break;

                            case OpCode.POP_TOP:
                                s[--sp] = null;
                                break;

                            case OpCode.PUSH_NULL:
                                s[sp++] = null;
                                break;

                            case OpCode.COPY:
                                s[sp] = s[sp - ins.Arg];
                                sp++;
                                break;

                            case OpCode.SWAP:
                                (s[sp - 1], s[sp - ins.Arg]) = (s[sp - ins.Arg], s[sp - 1]);
                                break;

                            case OpCode.END_FOR:
                                sp -= 2;
                                break;

                            case OpCode.END_SEND:
                                s[sp - 2] = s[sp - 1];
                                sp--;
                                break;

                            case OpCode.UNARY_NEGATIVE:
                                s[sp - 1] = Ops.UnaryOp(s[sp - 1]!, UnaryOpKind.Negative);
                                break;

                            case OpCode.UNARY_INVERT:
                                s[sp - 1] = Ops.UnaryOp(s[sp - 1]!, UnaryOpKind.Invert);
                                break;

                            case OpCode.UNARY_NOT:
                                s[sp - 1] = Ops.Not(s[sp - 1]!);
                                break;

                            case OpCode.BINARY_OP:
                            {
                                var b = s[--sp]!;
                                var a = s[sp - 1]!;
                                PyObject r;
                                if (a is PyInt ia && b is PyInt ib && ia.IsSmall && ib.IsSmall && a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt))
                                {
                                    long x = ia.Small, y = ib.Small, z;
                                    switch (ins.Arg)
                                    {
                                        case 0:
                                        case 13:
                                            z = unchecked(x + y);
                                            r = ((x ^ z) & (y ^ z)) >= 0 ? PyInt.From(z) : PyInt.Binary(BinaryOpKind.Add, ia, ib);
                                            break;
                                        case 10:
                                        case 23:
                                            z = unchecked(x - y);
                                            r = ((x ^ y) & (x ^ z)) >= 0 ? PyInt.From(z) : PyInt.Binary(BinaryOpKind.Subtract, ia, ib);
                                            break;
                                        default:
                                            r = PyInt.Binary((BinaryOpKind)(ins.Arg % 13), ia, ib);
                                            if (r == PyNotImplemented.Value) r = Ops.BinaryOp(a, b, (BinaryOpKind)(ins.Arg % 13));
                                            break;
                                    }
                                }
                                else if (a is PyFloat fa && b is PyFloat fb && ins.Arg % 13 is 0 or 5 or 10)
                                {
                                    r = PyFloat.From((ins.Arg % 13) switch { 0 => fa.Value + fb.Value, 5 => fa.Value * fb.Value, _ => fa.Value - fb.Value });
                                }
                                else if (ins.Arg >= 13)
                                {
                                    r = Ops.InPlaceOp(a, b, (BinaryOpKind)(ins.Arg - 13));
                                }
                                else
                                {
                                    r = Ops.BinaryOp(a, b, (BinaryOpKind)ins.Arg);
                                }
                                s[sp - 1] = r;
                                break;
                            }

                            case OpCode.COMPARE_OP:
                            {
                                var b = s[--sp]!;
                                var a = s[sp - 1]!;
                                s[sp - 1] = Ops.RichCompare(a, b, (CompareKind)(ins.Arg >> 4));
                                break;
                            }

                            case OpCode.IS_OP:
                            {
                                var b = s[--sp];
                                bool same = ReferenceEquals(s[sp - 1], b);
                                s[sp - 1] = PyBool.From(same ^ (ins.Arg == 1));
                                break;
                            }

                            case OpCode.CONTAINS_OP:
                            {
                                var container = s[--sp]!;
                                bool has = Ops.Contains(container, s[sp - 1]!);
                                s[sp - 1] = PyBool.From(has ^ (ins.Arg == 1));
                                break;
                            }

                            case OpCode.JUMP_FORWARD:
                            case OpCode.JUMP_BACKWARD:
                                if (ts.InterruptPending) throw ts.TakeInterrupt();
                                pc = ins.Target;
                                break;

                            case OpCode.JUMP_BACKWARD_NO_INTERRUPT:
                                pc = ins.Target;
                                break;

                            case OpCode.POP_JUMP_IF_FALSE:
                            {
                                var v = s[--sp]!;
                                if (v == PyBool.False || (v != PyBool.True && !Ops.IsTrue(v))) pc = ins.Target;
                                break;
                            }

                            case OpCode.POP_JUMP_IF_TRUE:
                            {
                                var v = s[--sp]!;
                                if (v == PyBool.True || (v != PyBool.False && Ops.IsTrue(v))) pc = ins.Target;
                                break;
                            }

                            case OpCode.POP_JUMP_IF_NONE:
                                if (s[--sp] == PyNone.Value) pc = ins.Target;
                                break;

                            case OpCode.POP_JUMP_IF_NOT_NONE:
                                if (s[--sp] != PyNone.Value) pc = ins.Target;
                                break;

                            case OpCode.GET_ITER:
                                s[sp - 1] = Ops.GetIter(s[sp - 1]!, $"'{s[sp - 1]!.Type.Name}' object is not iterable");
                                break;

                            case OpCode.FOR_ITER:
                            {
                                var next = s[sp - 1]!.Next();
                                if (next is null)
                                {
                                    s[--sp] = null;
                                    pc = ins.Target + 1;
                                }
                                else
                                {
                                    s[sp++] = next;
                                }
                                break;
                            }

                            case OpCode.LOAD_GLOBAL:
                            {
                                if ((ins.Arg & 1) != 0) s[sp++] = null;
                                s[sp++] = LoadGlobal(f, ref code.GlobalCaches[ins.Target], code.Names[ins.Arg >> 1]);
                                break;
                            }

                            case OpCode.STORE_GLOBAL:
                                f.Globals.SetItem(code.Names[ins.Arg], s[--sp]!);
                                break;

                            case OpCode.DELETE_GLOBAL:
                                if (!f.Globals.Remove(code.Names[ins.Arg], out _))
                                    throw Ops.NameNotDefined(code.Names[ins.Arg].Value);
                                break;

                            case OpCode.LOAD_NAME:
                                s[sp++] = LoadName(f, code.Names[ins.Arg]);
                                break;

                            case OpCode.STORE_NAME:
                                LocalsOf(f).SetItem(code.Names[ins.Arg], s[--sp]!);
                                break;

                            case OpCode.DELETE_NAME:
                                if (!LocalsOf(f).Remove(code.Names[ins.Arg], out _))
                                    throw Ops.NameNotDefined(code.Names[ins.Arg].Value);
                                break;

                            case OpCode.LOAD_LOCALS:
                                s[sp++] = LocalsOf(f);
                                break;

                            case OpCode.LOAD_FROM_DICT_OR_GLOBALS:
                            {
                                var mapping = s[sp - 1]!;
                                var name = code.Names[ins.Arg];
                                var v = mapping is PyDict md ? md.GetItemOrNull(name) : null;
                                s[sp - 1] = v ?? f.Globals.GetItemOrNull(name) ?? f.Builtins.GetItemOrNull(name)
                                    ?? throw Ops.NameNotDefined(name.Value);
                                break;
                            }

                            case OpCode.LOAD_FROM_DICT_OR_DEREF:
                            {
                                var mapping = s[sp - 1]!;
                                var name = code.LocalNames[ins.Arg];
                                var v = mapping is PyDict md ? md.GetItemOrNull(name) : null;
                                s[sp - 1] = v ?? ((PyCell)s[ins.Arg]!).Contents ?? throw UnboundFree(code, ins.Arg);
                                break;
                            }

                            case OpCode.MAKE_CELL:
                                s[ins.Arg] = new PyCell(s[ins.Arg]);
                                break;

                            case OpCode.COPY_FREE_VARS:
                            {
                                var closure = f.Function!.Closure!;
                                int offset = code.LocalsPlusCount - ins.Arg;
                                for (int i = 0; i < ins.Arg; i++) s[offset + i] = closure[i];
                                break;
                            }

                            case OpCode.LOAD_CLOSURE:
                                s[sp++] = s[ins.Arg];
                                break;

                            case OpCode.LOAD_DEREF:
                                s[sp++] = ((PyCell)s[ins.Arg]!).Contents ?? throw UnboundFree(code, ins.Arg);
                                break;

                            case OpCode.STORE_DEREF:
                                ((PyCell)s[ins.Arg]!).Contents = s[--sp];
                                break;

                            case OpCode.DELETE_DEREF:
                            {
                                var cell = (PyCell)s[ins.Arg]!;
                                if (cell.Contents is null) throw UnboundFree(code, ins.Arg);
                                cell.Contents = null;
                                break;
                            }

                            case OpCode.LOAD_ATTR:
                            {
                                var owner = s[sp - 1]!;
                                var name = code.Names[ins.Arg >> 1];
                                if ((ins.Arg & 1) != 0)
                                {
                                    var meth = LoadMethod(owner, name, ref code.AttrCaches[ins.Target]);
                                    if (meth is not null)
                                    {
                                        s[sp - 1] = meth;
                                        s[sp++] = owner;
                                    }
                                    else
                                    {
                                        s[sp - 1] = null;
                                        s[sp++] = Ops.GetAttr(owner, name.Value);
                                    }
                                }
                                else
                                {
                                    s[sp - 1] = LoadAttr(owner, name, ref code.AttrCaches[ins.Target]);
                                }
                                break;
                            }

                            case OpCode.STORE_ATTR:
                            {
                                var owner = s[--sp]!;
                                var v = s[--sp]!;
                                StoreAttr(owner, code.Names[ins.Arg], v, ref code.AttrCaches[ins.Target]);
                                break;
                            }

                            case OpCode.DELETE_ATTR:
                                Ops.SetAttr(s[--sp]!, code.Names[ins.Arg].Value, null);
                                break;

                            case OpCode.LOAD_SUPER_ATTR:
                            {
                                var self = s[--sp]!;
                                var cls = s[--sp]!;
                                var superFn = s[sp - 1]!;
                                var name = code.Names[ins.Arg >> 2];
                                bool method = (ins.Arg & 1) != 0;
                                if (superFn == f.Builtins.GetItemOrNull("super") && cls is PyType startType)
                                {
                                    var (attr, unbound) = SuperLookup(startType, self, name.Value, method);
                                    if (method && unbound)
                                    {
                                        s[sp - 1] = attr;
                                        s[sp++] = self;
                                    }
                                    else if (method)
                                    {
                                        s[sp - 1] = null;
                                        s[sp++] = attr;
                                    }
                                    else
                                    {
                                        s[sp - 1] = attr;
                                    }
                                }
                                else
                                {
                                    var sup = (ins.Arg & 2) != 0 ? Ops.Call(superFn, cls, self) : Ops.Call(superFn);
                                    var attr = Ops.GetAttr(sup, name.Value);
                                    if (method)
                                    {
                                        s[sp - 1] = null;
                                        s[sp++] = attr;
                                    }
                                    else
                                    {
                                        s[sp - 1] = attr;
                                    }
                                }
                                break;
                            }

                            case OpCode.BINARY_SUBSCR:
                            {
                                var key = s[--sp]!;
                                var container = s[sp - 1]!;
                                if (container is PyList list && key is PyInt idx && idx.IsSmall && list.GetType() == typeof(PyList))
                                {
                                    long i = idx.Small;
                                    if (i < 0) i += list.Count;
                                    if ((ulong)i >= (ulong)list.Count) throw Ops.Error(ExceptionTypes.IndexError, "list index out of range");
                                    s[sp - 1] = list.Items[i];
                                }
                                else if (container is PyDict dict && dict.GetType() == typeof(PyDict))
                                {
                                    var v = dict.GetItemOrNull(key);
                                    if (v is null)
                                    {
                                        // Missing keys are common under try/except: raise without a .NET throw.
                                        error = new PyException(PyBaseException.Create(ExceptionTypes.KeyError, key));
                                        goto Unwind;
                                    }
                                    s[sp - 1] = v;
                                }
                                else if (container is PyType t)
                                {
                                    s[sp - 1] = ClassGetItem(t, key);
                                }
                                else
                                {
                                    s[sp - 1] = Ops.GetItem(container, key);
                                }
                                break;
                            }

                            case OpCode.STORE_SUBSCR:
                            {
                                var key = s[--sp]!;
                                var container = s[--sp]!;
                                var v = s[--sp]!;
                                if (container is PyList list && key is PyInt idx && idx.IsSmall && list.GetType() == typeof(PyList))
                                {
                                    long i = idx.Small;
                                    if (i < 0) i += list.Count;
                                    if ((ulong)i >= (ulong)list.Count) throw Ops.Error(ExceptionTypes.IndexError, "list assignment index out of range");
                                    list.Items[i] = v;
                                }
                                else
                                {
                                    Ops.SetItem(container, key, v);
                                }
                                break;
                            }

                            case OpCode.DELETE_SUBSCR:
                            {
                                var key = s[--sp]!;
                                var container = s[--sp]!;
                                Ops.DelItem(container, key);
                                break;
                            }

                            case OpCode.BINARY_SLICE:
                            {
                                var stop = s[--sp]!;
                                var start = s[--sp]!;
                                s[sp - 1] = Ops.GetItem(s[sp - 1]!, new PySlice(start, stop, PyNone.Value));
                                break;
                            }

                            case OpCode.STORE_SLICE:
                            {
                                var stop = s[--sp]!;
                                var start = s[--sp]!;
                                var container = s[--sp]!;
                                var v = s[--sp]!;
                                Ops.SetItem(container, new PySlice(start, stop, PyNone.Value), v);
                                break;
                            }

                            case OpCode.BUILD_SLICE:
                            {
                                PyObject step = ins.Arg == 3 ? s[--sp]! : PyNone.Value;
                                var stop = s[--sp]!;
                                s[sp - 1] = new PySlice(s[sp - 1]!, stop, step);
                                break;
                            }

                            case OpCode.BUILD_TUPLE:
                            {
                                var items = ins.Arg == 0 ? [] : new PyObject[ins.Arg];
                                sp -= ins.Arg;
                                for (int i = 0; i < items.Length; i++) items[i] = s[sp + i]!;
                                s[sp++] = items.Length == 0 ? PyTuple.Empty : new PyTuple(items);
                                break;
                            }

                            case OpCode.BUILD_LIST:
                            {
                                var items = new PyObject[ins.Arg];
                                sp -= ins.Arg;
                                for (int i = 0; i < items.Length; i++) items[i] = s[sp + i]!;
                                s[sp++] = new PyList(items);
                                break;
                            }

                            case OpCode.BUILD_SET:
                            {
                                var set = new PySet(false);
                                sp -= ins.Arg;
                                for (int i = 0; i < ins.Arg; i++) set.Add(s[sp + i]!);
                                s[sp++] = set;
                                break;
                            }

                            case OpCode.BUILD_MAP:
                            {
                                var dict = new PyDict(ins.Arg);
                                sp -= 2 * ins.Arg;
                                for (int i = 0; i < ins.Arg; i++) dict.SetItem(s[sp + 2 * i]!, s[sp + 2 * i + 1]!);
                                s[sp++] = dict;
                                break;
                            }

                            case OpCode.BUILD_CONST_KEY_MAP:
                            {
                                var keys = (PyTuple)s[--sp]!;
                                var dict = new PyDict(ins.Arg);
                                sp -= ins.Arg;
                                for (int i = 0; i < ins.Arg; i++) dict.SetItem(keys.Items[i], s[sp + i]!);
                                s[sp++] = dict;
                                break;
                            }

                            case OpCode.BUILD_STRING:
                            {
                                sp -= ins.Arg;
                                var parts = new string[ins.Arg];
                                for (int i = 0; i < ins.Arg; i++) parts[i] = ((PyStr)s[sp + i]!).Value;
                                s[sp++] = new PyStr(string.Concat(parts));
                                break;
                            }

                            case OpCode.LIST_APPEND:
                            {
                                var v = s[--sp]!;
                                ((PyList)s[sp - ins.Arg]!).Append(v);
                                break;
                            }

                            case OpCode.LIST_EXTEND:
                            {
                                var v = s[--sp]!;
                                var list = (PyList)s[sp - ins.Arg]!;
                                if (v is PyList vl) list.Extend(vl.ToArray());
                                else
                                {
                                    if (v.Type.IsHeapType is false && v is not (PyTuple or PyList or PyStr or PyDict or PySet or PyRange) && v.Length() < 0 && !HasIter(v))
                                        throw Ops.TypeError($"Value after * must be an iterable, not {v.Type.Name}");
                                    list.Extend(Ops.ToArray(v));
                                }
                                break;
                            }

                            case OpCode.SET_ADD:
                            {
                                var v = s[--sp]!;
                                ((PySet)s[sp - ins.Arg]!).Add(v);
                                break;
                            }

                            case OpCode.SET_UPDATE:
                            {
                                var v = s[--sp]!;
                                ((PySet)s[sp - ins.Arg]!).Update(v);
                                break;
                            }

                            case OpCode.MAP_ADD:
                            {
                                var v = s[--sp]!;
                                var k = s[--sp]!;
                                ((PyDict)s[sp - ins.Arg]!).SetItem(k, v);
                                break;
                            }

                            case OpCode.DICT_UPDATE:
                            {
                                var v = s[--sp]!;
                                if (v is not PyDict && Ops.GetAttrOrNull(v, "keys") is null)
                                    throw Ops.TypeError($"'{v.Type.Name}' object is not a mapping");
                                Builtins.DictMethods.UpdateFrom((PyDict)s[sp - ins.Arg]!, v);
                                break;
                            }

                            case OpCode.DICT_MERGE:
                            {
                                var v = s[--sp]!;
                                var target = (PyDict)s[sp - ins.Arg]!;
                                var fnObj = s[sp - ins.Arg - 2];
                                MergeKwargs(target, v, fnObj);
                                break;
                            }

                            case OpCode.UNPACK_SEQUENCE:
                            {
                                var seq = s[--sp]!;
                                int n = ins.Arg;
                                PyObject[] items;
                                int count;
                                if (seq is PyTuple t) { items = t.Items; count = items.Length; }
                                else if (seq is PyList l) { items = l.Items; count = l.Count; }
                                else
                                {
                                    items = UnpackIterable(seq, n);
                                    count = items.Length;
                                }
                                if (count != n)
                                {
                                    if (count < n) throw Ops.ValueError($"not enough values to unpack (expected {n}, got {count})");
                                    throw Ops.ValueError($"too many values to unpack (expected {n})");
                                }
                                for (int i = n - 1; i >= 0; i--) s[sp++] = items[i];
                                break;
                            }

                            case OpCode.UNPACK_EX:
                            {
                                var seq = s[--sp]!;
                                int before = ins.Arg & 0xFF, after = ins.Arg >> 8;
                                if (seq is not (PyTuple or PyList) && !HasIter(seq))
                                    throw Ops.TypeError($"cannot unpack non-iterable {seq.Type.Name} object");
                                var items = Ops.ToArray(seq);
                                if (items.Length < before + after)
                                    throw Ops.ValueError($"not enough values to unpack (expected at least {before + after}, got {items.Length})");
                                for (int i = items.Length - 1; i >= items.Length - after; i--) s[sp++] = items[i];
                                s[sp++] = new PyList(items[before..(items.Length - after)]);
                                for (int i = before - 1; i >= 0; i--) s[sp++] = items[i];
                                break;
                            }

                            case OpCode.KW_NAMES:
                                kwnames = (PyTuple)code.Consts[ins.Arg];
                                break;

                            case OpCode.CALL:
                            {
                                int argc = ins.Arg;
                                int b = sp - argc - 2;
                                var callable = s[b];
                                int start;
                                if (callable is null)
                                {
                                    callable = s[b + 1]!;
                                    start = b + 2;
                                    if (callable is PyMethod { Function: PyFunction } bm)
                                    {
                                        s[b + 1] = bm.Self;
                                        callable = bm.Function;
                                        start = b + 1;
                                        argc++;
                                    }
                                }
                                else
                                {
                                    start = b + 1;
                                    argc++;
                                }
                                var kw = kwnames;
                                kwnames = null;
                                if (callable is PyFunction fn && !fn.Code.IsGenerator)
                                {
                                    if (ts.Depth >= ts.RecursionLimit) throw RecursionError();
                                    var nf = Frame.ForCall(fn, new ReadOnlySpan<PyObject>(s!, start, argc), kw);
                                    Array.Clear(s, b, sp - b);
                                    f.Sp = b;
                                    f.Pc = pc;
                                    nf.Back = f;
                                    f = nf;
                                    ts.Depth++;
                                    code = f.Code;
                                    instrs = code.Instructions;
                                    s = f.Fast;
                                    sp = f.Sp;
                                    pc = 0;
                                    break;
                                }
                                if (callable is PyType cls && cls.InlineInit is { } init)
                                {
                                    if (ts.Depth >= ts.RecursionLimit) throw RecursionError();
                                    var self = cls.Allocate(new ReadOnlySpan<PyObject>(s!, start, argc), kw);
                                    var initArgs = new PyObject[argc + 1];
                                    initArgs[0] = self;
                                    for (int i = 0; i < argc; i++) initArgs[i + 1] = s[start + i]!;
                                    var nf = Frame.ForCall(init, initArgs, kw);
                                    nf.InitSelf = self;
                                    Array.Clear(s, b, sp - b);
                                    f.Sp = b;
                                    f.Pc = pc;
                                    nf.Back = f;
                                    f = nf;
                                    ts.Depth++;
                                    code = f.Code;
                                    instrs = code.Instructions;
                                    s = f.Fast;
                                    sp = f.Sp;
                                    pc = 0;
                                    break;
                                }
                                ts.CurrentFrame = f;
                                var result = Ops.Call(callable, new ReadOnlySpan<PyObject>(s!, start, argc), kw);
                                Array.Clear(s, b, sp - b);
                                sp = b;
                                s[sp++] = result;
                                break;
                            }

                            case OpCode.CALL_FUNCTION_EX:
                            {
                                var kwargs = (ins.Arg & 1) != 0 ? s[--sp] : null;
                                var callargs = s[--sp]!;
                                var func = s[--sp]!;
                                sp--;
                                ts.CurrentFrame = f;
                                s[sp++] = CallEx(func, callargs, kwargs);
                                break;
                            }

                            case OpCode.CALL_INTRINSIC_1:
                                s[sp - 1] = Intrinsic1(ins.Arg, s[sp - 1]!, f);
                                break;

                            case OpCode.CALL_INTRINSIC_2:
                                throw Ops.NotSupported($"CALL_INTRINSIC_2 {ins.Arg} (except* or type parameters)");

                            case OpCode.MAKE_FUNCTION:
                            {
                                var fcode = (PyCode)s[--sp]!;
                                var fn = new PyFunction(fcode, f.Globals, f.Builtins);
                                if ((ins.Arg & 8) != 0)
                                {
                                    var cells = ((PyTuple)s[--sp]!).Items;
                                    var closure = new PyCell[cells.Length];
                                    for (int i = 0; i < cells.Length; i++) closure[i] = (PyCell)cells[i];
                                    fn.Closure = closure;
                                }
                                if ((ins.Arg & 4) != 0)
                                {
                                    var ann = s[--sp]!;
                                    if (ann is PyTuple at)
                                    {
                                        var d = new PyDict();
                                        for (int i = 0; i + 1 < at.Items.Length; i += 2) d.SetItem(at.Items[i], at.Items[i + 1]);
                                        fn.Annotations = d;
                                    }
                                    else
                                    {
                                        fn.Annotations = ann;
                                    }
                                }
                                if ((ins.Arg & 2) != 0) fn.KwDefaults = (PyDict)s[--sp]!;
                                if ((ins.Arg & 1) != 0) fn.Defaults = ((PyTuple)s[--sp]!).Items;
                                s[sp++] = fn;
                                break;
                            }

                            case OpCode.RETURN_CONST:
                            case OpCode.RETURN_VALUE:
                            {
                                var v = ins.Op == OpCode.RETURN_CONST ? code.Consts[ins.Arg] : s[--sp]!;
                                ts.Depth--;
                                if (f.InitSelf is not null)
                                {
                                    if (v != PyNone.Value)
                                    {
                                        ts.Depth++;
                                        throw Ops.TypeError($"__init__() should return None, not '{v.Type.Name}'");
                                    }
                                    v = f.InitSelf;
                                }
                                f.Finished = true;
                                if (f == entry)
                                {
                                    f.Sp = sp;
                                    return v;
                                }
                                var back = f.Back!;
                                f.Back = null;
                                f = back;
                                code = f.Code;
                                instrs = code.Instructions;
                                s = f.Fast;
                                sp = f.Sp;
                                pc = f.Pc;
                                s[sp++] = v;
                                break;
                            }

                            case OpCode.RETURN_GENERATOR:
                            {
                                var gen = new PyGenerator(f);
                                f.Sp = sp;
                                f.Pc = pc;
                                ts.Depth--;
                                if (f == entry) return gen;
                                var back = f.Back!;
                                f.Back = null;
                                f = back;
                                code = f.Code;
                                instrs = code.Instructions;
                                s = f.Fast;
                                sp = f.Sp;
                                pc = f.Pc;
                                s[sp++] = gen;
                                break;
                            }

                            case OpCode.YIELD_VALUE:
                            {
                                var v = s[--sp]!;
                                f.Sp = sp;
                                f.Pc = pc;
                                ts.Depth--;
                                return v;
                            }

                            case OpCode.GET_YIELD_FROM_ITER:
                            {
                                var v = s[sp - 1]!;
                                if (v is not PyGenerator) s[sp - 1] = Ops.GetIter(v, $"'{v.Type.Name}' object is not iterable");
                                break;
                            }

                            case OpCode.SEND:
                            {
                                var v = s[sp - 1]!;
                                var receiver = s[sp - 2]!;
                                PyObject? r;
                                bool done;
                                if (receiver is PyGenerator g)
                                {
                                    r = g.Resume(v, null, out done);
                                }
                                else if (v == PyNone.Value)
                                {
                                    r = Ops.Next(receiver);
                                    done = r is null;
                                    r ??= PyNone.Value;
                                }
                                else
                                {
                                    r = Ops.CallMethod(receiver, "send", v);
                                    done = false;
                                }
                                s[sp - 1] = r;
                                if (done) pc = ins.Target;
                                break;
                            }

                            case OpCode.CLEANUP_THROW:
                            {
                                var exc = s[--sp]!;
                                if (exc is PyBaseException stop && stop.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
                                {
                                    sp -= 2;
                                    s[sp++] = PyNone.Value;
                                    s[sp++] = stop.GetSpecialAttr("value") ?? PyNone.Value;
                                    break;
                                }
                                error = new PyException((PyBaseException)exc) { IsReraise = true };
                                goto Unwind;
                            }

                            case OpCode.SETUP_ANNOTATIONS:
                            {
                                var locals = LocalsOf(f);
                                if (locals.GetItemOrNull("__annotations__") is null) locals.SetItem("__annotations__", new PyDict());
                                break;
                            }

                            case OpCode.LOAD_BUILD_CLASS:
                                s[sp++] = f.Builtins.GetItemOrNull("__build_class__") ?? throw Ops.Error(ExceptionTypes.NameError, "__build_class__ not found");
                                break;

                            case OpCode.LOAD_ASSERTION_ERROR:
                                s[sp++] = ExceptionTypes.AssertionError;
                                break;

                            case OpCode.FORMAT_VALUE:
                            {
                                string? spec = (ins.Arg & 4) != 0 ? ((PyStr)s[--sp]!).Value : null;
                                var v = s[sp - 1]!;
                                v = (ins.Arg & 3) switch
                                {
                                    1 => v is PyStr ? v : new PyStr(Ops.Str(v)),
                                    2 => new PyStr(Ops.Repr(v)),
                                    3 => new PyStr(Builtins.BuiltinFunctions.Ascii(Ops.Repr(v))),
                                    _ => v,
                                };
                                s[sp - 1] = spec is null && v is PyStr ? v : new PyStr(Ops.Format(v, spec ?? ""));
                                break;
                            }

                            case OpCode.IMPORT_NAME:
                            {
                                var fromlist = s[--sp]!;
                                var level = s[sp - 1]!;
                                s[sp - 1] = Import.Importer.ImportName(code.Names[ins.Arg].Value, fromlist, (int)Ops.IndexValue(level), f.Globals);
                                break;
                            }

                            case OpCode.IMPORT_FROM:
                            {
                                var module = s[sp - 1]!;
                                s[sp++] = Import.Importer.ImportFrom(module, code.Names[ins.Arg].Value);
                                break;
                            }

                            case OpCode.MATCH_MAPPING:
                                s[sp] = PyBool.From(s[sp - 1] is PyDict);
                                sp++;
                                break;

                            case OpCode.MATCH_SEQUENCE:
                                s[sp] = PyBool.From(s[sp - 1] is PyList or PyTuple or PyRange);
                                sp++;
                                break;

                            case OpCode.MATCH_KEYS:
                                s[sp] = MatchKeys(s[sp - 2]!, (PyTuple)s[sp - 1]!);
                                sp++;
                                break;

                            case OpCode.MATCH_CLASS:
                            {
                                var names = (PyTuple)s[--sp]!;
                                var cls = s[--sp]!;
                                s[sp - 1] = MatchClass(s[sp - 1]!, cls, ins.Arg, names);
                                break;
                            }

                            case OpCode.GET_LEN:
                                s[sp] = PyInt.From(Ops.Len(s[sp - 1]!));
                                sp++;
                                break;

                            case OpCode.PUSH_EXC_INFO:
                            {
                                var exc = s[sp - 1]!;
                                s[sp - 1] = ts.HandledException ?? PyNone.Value;
                                s[sp++] = exc;
                                ts.HandledException = exc;
                                break;
                            }

                            case OpCode.POP_EXCEPT:
                            {
                                var prev = s[--sp]!;
                                ts.HandledException = prev == PyNone.Value ? null : prev;
                                break;
                            }

                            case OpCode.CHECK_EXC_MATCH:
                            {
                                var match = s[sp - 1]!;
                                var exc = s[sp - 2]!;
                                CheckCatchable(match);
                                s[sp - 1] = PyBool.From(Builtins.BuiltinFunctions.IsInstance(exc, match));
                                break;
                            }

                            case OpCode.RERAISE:
                            {
                                var exc = s[--sp]!;
                                error = new PyException((PyBaseException)exc) { IsReraise = true };
                                goto Unwind;
                            }

                            case OpCode.RAISE_VARARGS:
                            {
                                error = DoRaise(ins.Arg, s, ref sp, ts);
                                goto Unwind;
                            }

                            case OpCode.BEFORE_WITH:
                            {
                                var mgr = s[sp - 1]!;
                                var enter = mgr.Type.Lookup("__enter__");
                                var exit = mgr.Type.Lookup("__exit__");
                                if (enter is null || exit is null)
                                    throw Ops.TypeError($"'{mgr.Type.Name}' object does not support the context manager protocol{(enter is null ? "" : " (missed __exit__ method)")}");
                                s[sp - 1] = Ops.BindDescriptor(exit, mgr, mgr.Type);
                                s[sp++] = Ops.CallWithSelf(enter, mgr, [], null);
                                break;
                            }

                            case OpCode.WITH_EXCEPT_START:
                            {
                                var exitFn = s[sp - 4]!;
                                var val = s[sp - 1]!;
                                var tb = val is PyBaseException be && be.Traceback.Count > 0 ? new PyTracebackObject(be) : (PyObject)PyNone.Value;
                                s[sp] = Ops.Call(exitFn, val.Type, val, tb);
                                sp++;
                                break;
                            }

                            default:
                                throw Ops.NotSupported($"opcode {ins.Op}");
                        }
                    }
                }
                catch (PyException e)
                {
                    error = e;
                }
                catch (InsufficientExecutionStackException)
                {
                    error = RecursionError();
                }
                catch (Exception e) when (e is InvalidCastException or NullReferenceException or IndexOutOfRangeException
                    or ArgumentException or InvalidOperationException or FormatException or OverflowException or NotSupportedException)
                {
                    // A bug in the runtime surfaces as a Python SystemError with a traceback, not a crash.
                    error = Ops.Error(ExceptionTypes.SystemError, "internal error: " + e.GetType().Name + ": " + e.Message);
                }
            }

        Unwind:
            var excValue = error!.Value;
            if (!error.IsReraise)
            {
                excValue.Traceback.Add(new TracebackEntry(code, code.LineOf(cur), cur));
                if (excValue.Context is null && ts.HandledException is { } handled && handled != excValue) excValue.Context = handled;
            }
            error = null;
            while (true)
            {
                var h = code.FindHandler(cur);
                if (h is { } handler)
                {
                    int newSp = code.LocalsPlusCount + handler.Depth;
                    if (sp > newSp) Array.Clear(s, newSp, sp - newSp);
                    sp = newSp;
                    if (handler.PushLasti) s[sp++] = PyInt.From(instrs[cur].Offset);
                    s[sp++] = excValue;
                    pc = handler.Target;
                    break;
                }
                ts.Depth--;
                f.Finished = true;
                if (f == entry)
                {
                    f.Sp = code.LocalsPlusCount;
                    escaped = excValue;
                    return null;
                }
                var back = f.Back!;
                f.Back = null;
                f = back;
                code = f.Code;
                instrs = code.Instructions;
                s = f.Fast;
                sp = f.Sp;
                pc = f.Pc;
                cur = pc - 1;
                excValue.Traceback.Add(new TracebackEntry(code, code.LineOf(cur), cur));
            }
        }
    }
}
