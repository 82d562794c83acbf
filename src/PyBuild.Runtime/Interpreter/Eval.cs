using System.Runtime.CompilerServices;
using PyBuild.Compiler.Bytecode;
using PyBuild.Runtime.Exceptions;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Interpreter;

/// <summary>
/// The evaluation loop. Python-to-Python calls push a frame and continue in the same loop, so the
/// depth of Python recursion costs no .NET stack; native code re-enters through <see cref="Run(Frame, PyBaseException?)"/>.
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

    private const int ShallowNativeDepth = 32;

    private static PyException RecursionError() =>
        Ops.Error(ExceptionTypes.RecursionError, "maximum recursion depth exceeded");

    /// <summary>
    /// Executes <paramref name="entry"/> (and the frames it calls) until it returns or yields. With
    /// <paramref name="throwIn"/>, the exception is raised at the frame's current instruction first.
    /// </summary>
    public static PyObject Run(Frame entry, PyBaseException? throwIn = null) => Run(entry, RuntimeState.Current, throwIn);

    /// <summary><see cref="Run(Frame, PyBaseException?)"/> for a caller that has the program's state at hand.</summary>
    public static PyObject Run(Frame entry, RuntimeState ts, PyBaseException? throwIn)
    {
        var result = Enter(entry, ts, throwIn, out var error);
        if (error is not null) throw new PyException(error);
        return result!;
    }

    /// <summary>
    /// Calls a Python function and hands back an escaping exception instead of throwing it, for
    /// callers that expect one (a user <c>__next__</c> ending with StopIteration) and would otherwise
    /// pay for a .NET throw.
    /// </summary>
    public static PyObject? CallFunctionCatching(PyFunction fn, ReadOnlySpan<PyObject> args, out PyBaseException? error) =>
        Enter(Frame.ForCall(fn, args, null), RuntimeState.Current, null, out error);

    private static PyObject? Enter(Frame entry, RuntimeState ts, PyBaseException? throwIn, out PyBaseException? error)
    {
        // Native re-entry (calls from builtins, generators) costs .NET stack and makes every raise
        // unwind through it, so it has its own, smaller limit, as CPython 3.12 limits C recursion.
        // The stack probe (a call into the runtime) waits for some depth: the interpreter thread's
        // stack (PythonRuntime) holds the first re-entries many times over.
        if (ts.NativeDepth >= RuntimeState.NativeRecursionLimit
            || (ts.NativeDepth >= ShallowNativeDepth && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
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

    // Left to tiered compilation: jitting this method fully optimised up front costs about 0.14 s
    // of every start-up, and on-stack replacement moves a long-running loop to optimised code.
    private static PyObject? RunFrames(Frame entry, PyBaseException? throwIn, RuntimeState ts, out PyBaseException? escaped)
    {
        escaped = null;
        ts.Depth++;

        Frame f = entry;
        PyCode code = f.Code;
        Instruction[] instrs = code.Instructions;
        // The frame's slots as a span: stores through it skip the covariance check of a PyObject[] store.
        Span<PyObject?> s = f.Fast;
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

                            case OpCode.UNARY_NEGATIVE:
                                s[sp - 1] = Ops.UnaryOp(s[sp - 1]!, UnaryOpKind.Negative);
                                break;

                            case OpCode.UNARY_NOT:
                                s[sp - 1] = Ops.Not(s[sp - 1]!);
                                break;

                            case OpCode.BINARY_OP:
                            {
                                var b = s[--sp]!;
                                var r = BinaryOp(ins.Arg, s[sp - 1]!, b);
                                if (StoreToNextLocal(instrs, ref pc, s, r)) sp--;
                                else s[sp - 1] = r;
                                break;
                            }

                            case FusedOpCodes.BINARY_OP_FAST_FAST:
                            case FusedOpCodes.BINARY_OP_FAST_CONST:
                            {
                                var a = s[ins.Arg]!;
                                var b = SecondOperand(ref instrs[pc], s, code);
                                cur = pc + 1;
                                pc += 2;
                                var r = BinaryOp(instrs[cur].Arg, a, b);
                                if (!StoreToNextLocal(instrs, ref pc, s, r)) s[sp++] = r;
                                break;
                            }

                            case OpCode.COMPARE_OP:
                            {
                                var b = s[--sp]!;
                                var a = s[sp - 1]!;
                                var op = (CompareKind)(ins.Arg >> 4);
                                int fast = NumberFastPaths.Compare(op, a, b);
                                if (fast < 0) s[sp - 1] = Ops.RichCompare(a, b, op);
                                else if (JumpOnComparison(instrs, fast, ref pc)) sp--;
                                else s[sp - 1] = fast != 0 ? PyBool.True : PyBool.False;
                                break;
                            }

                            case FusedOpCodes.COMPARE_OP_FAST_FAST:
                            case FusedOpCodes.COMPARE_OP_FAST_CONST:
                            {
                                var a = s[ins.Arg]!;
                                var b = SecondOperand(ref instrs[pc], s, code);
                                cur = pc + 1;
                                pc += 2;
                                var op = (CompareKind)(instrs[cur].Arg >> 4);
                                int fast = NumberFastPaths.Compare(op, a, b);
                                if (fast < 0) s[sp++] = Ops.RichCompare(a, b, op);
                                else if (!JumpOnComparison(instrs, fast, ref pc)) s[sp++] = fast != 0 ? PyBool.True : PyBool.False;
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
                                var iterator = s[sp - 1]!;
                                PyObject? next;
                                // Lists and tuples first, without the virtual call (CPython's FOR_ITER_LIST and FOR_ITER_TUPLE).
                                if (iterator.GetType() == typeof(PySeqIterator))
                                {
                                    next = Unsafe.As<PySeqIterator>(iterator).Next();
                                }
                                // A generator runs in this loop as a call would; its yield comes back here.
                                else if (iterator is PyGenerator gen && ts.Depth < ts.RecursionLimit && gen.EnterInline(ts, PyNone.Value) is { } genFrame)
                                {
                                    f.Sp = sp;
                                    f.Pc = pc;
                                    genFrame.Back = f;
                                    f = genFrame;
                                    ts.Depth++;
                                    code = f.Code;
                                    instrs = code.Instructions;
                                    s = f.Fast;
                                    sp = f.Sp;
                                    pc = f.Pc;
                                    break;
                                }
                                else
                                {
                                    next = iterator.Next();
                                }
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

                            case OpCode.LOAD_CLOSURE:
                                s[sp++] = s[ins.Arg];
                                break;

                            case OpCode.LOAD_DEREF:
                                s[sp++] = ((PyCell)s[ins.Arg]!).Contents ?? throw UnboundFree(code, ins.Arg);
                                break;

                            case OpCode.STORE_DEREF:
                                ((PyCell)s[ins.Arg]!).Contents = s[--sp];
                                break;

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
                                        s[sp++] = LoadPlainAttr(owner, name, ref code.AttrCaches[ins.Target]);
                                    }
                                }
                                else
                                {
                                    s[sp - 1] = LoadAttr(owner, name, ref code.AttrCaches[ins.Target]);
                                }
                                break;
                            }

                            case FusedOpCodes.LOAD_ATTR_FAST:
                            {
                                var owner = s[ins.Arg]!;
                                cur = pc;
                                ref Instruction attr = ref instrs[pc++];
                                var name = code.Names[attr.Arg >> 1];
                                if ((attr.Arg & 1) != 0)
                                {
                                    var meth = LoadMethod(owner, name, ref code.AttrCaches[attr.Target]);
                                    if (meth is not null)
                                    {
                                        s[sp++] = meth;
                                        s[sp++] = owner;
                                    }
                                    else
                                    {
                                        s[sp++] = null;
                                        s[sp++] = LoadPlainAttr(owner, name, ref code.AttrCaches[attr.Target]);
                                    }
                                }
                                else
                                {
                                    s[sp++] = LoadAttr(owner, name, ref code.AttrCaches[attr.Target]);
                                }
                                break;
                            }

                            case FusedOpCodes.STORE_ATTR_FAST:
                            {
                                var owner = s[ins.Arg]!;
                                cur = pc;
                                ref Instruction attr = ref instrs[pc++];
                                var v = s[--sp]!;
                                StoreAttr(owner, code.Names[attr.Arg], v, ref code.AttrCaches[attr.Target]);
                                break;
                            }

                            case OpCode.STORE_ATTR:
                            {
                                var owner = s[--sp]!;
                                var v = s[--sp]!;
                                StoreAttr(owner, code.Names[ins.Arg], v, ref code.AttrCaches[ins.Target]);
                                break;
                            }

                            case OpCode.BINARY_SUBSCR:
                            {
                                var key = s[--sp]!;
                                var v = Subscript(s[sp - 1]!, key);
                                if (v is null)
                                {
                                    // Missing keys are common under try/except: raise without a .NET throw.
                                    error = MissingKey(key);
                                    goto Unwind;
                                }
                                s[sp - 1] = v;
                                break;
                            }

                            case FusedOpCodes.BINARY_SUBSCR_FAST_FAST:
                            case FusedOpCodes.BINARY_SUBSCR_FAST_CONST:
                            {
                                var container = s[ins.Arg]!;
                                var key = SecondOperand(ref instrs[pc], s, code);
                                cur = pc + 1;
                                pc += 2;
                                var v = Subscript(container, key);
                                if (v is null)
                                {
                                    error = MissingKey(key);
                                    goto Unwind;
                                }
                                s[sp++] = v;
                                break;
                            }

                            case OpCode.STORE_SUBSCR:
                            {
                                var key = s[--sp]!;
                                var container = s[--sp]!;
                                StoreSubscript(container, key, s[--sp]!);
                                break;
                            }

                            case FusedOpCodes.SWAP_SWAP_STORE_SUBSCR:
                            {
                                // The stack holds container, key, value: SWAP 3; SWAP 2 would put them in STORE_SUBSCR's order.
                                cur = pc + 1;
                                pc += 2;
                                sp -= 3;
                                StoreSubscript(s[sp]!, s[sp + 1]!, s[sp + 2]!);
                                break;
                            }

                            case FusedOpCodes.COPY_COPY_BINARY_SUBSCR:
                            {
                                // container[key] pushed above container and key, which an augmented assignment stores back to.
                                cur = pc + 1;
                                pc += 2;
                                var key = s[sp - 1]!;
                                var v = Subscript(s[sp - 2]!, key);
                                if (v is null)
                                {
                                    error = MissingKey(key);
                                    goto Unwind;
                                }
                                s[sp++] = v;
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

                            case OpCode.LIST_APPEND:
                            {
                                var v = s[--sp]!;
                                ((PyList)s[sp - ins.Arg]!).Append(v);
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

                            case OpCode.KW_NAMES:
                                kwnames = (PyTuple)code.Consts[ins.Arg];
                                break;

                            case OpCode.CALL:
                            {
                                int argc = ins.Arg;
                                int b = sp - argc - 2;
                                var callable = s[b];
                                int start;
                                // A method found on the receiver's type by LOAD_ATTR (or LOAD_SUPER_ATTR), with self after it.
                                bool foundOnType = callable is not null;
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
                                    var nf = Frame.ForCall(fn, Args(s, start, argc), kw);
                                    ClearSlots(s, b, sp);
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
                                    // A class with object's layout and __new__ (which InlineInit implies) gets a plain
                                    // instance: what Allocate would decide after a __new__ lookup and two MRO walks.
                                    var self = cls.SolidBase == PyType.ObjectType ? new PyInstance(cls) : cls.Allocate(Args(s, start, argc), kw);
                                    if (self.Type != cls && !self.Type.IsSubtypeOf(cls))
                                    {
                                        ClearSlots(s, b, sp);
                                        sp = b;
                                        s[sp++] = self;
                                        break;
                                    }
                                    // self goes where the class was (or its NULL), just before the arguments.
                                    s[start - 1] = self;
                                    var nf = Frame.ForCall(init, Args(s, start - 1, argc + 1), kw);
                                    nf.InitSelf = self;
                                    ClearSlots(s, b, sp);
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
                                PyObject result;
                                // A native function, or a native method looked up on its receiver's type, needs no
                                // check that self is of the method's type: straight to its entry point.
                                if (callable.GetType() == typeof(PyBuiltinFunction)
                                    && (foundOnType || Unsafe.As<PyBuiltinFunction>(callable).Owner is null))
                                {
                                    result = Unsafe.As<PyBuiltinFunction>(callable).Fn(Args(s, start, argc), kw);
                                }
                                else
                                {
                                    result = Ops.Call(callable, Args(s, start, argc), kw);
                                }
                                ClearSlots(s, b, sp);
                                sp = b;
                                s[sp++] = result;
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
                                    if (f.Reusable) f.Release();
                                    return v;
                                }
                                var back = f.Back!;
                                bool generatorDone = false;
                                if (f.Generator is { IsInline: true } rg)
                                {
                                    rg.LeaveInline(ts);
                                    generatorDone = true;
                                }
                                if (f.Reusable) f.Release();
                                else f.Back = null;
                                f = back;
                                code = f.Code;
                                instrs = code.Instructions;
                                s = f.Fast;
                                sp = f.Sp;
                                pc = f.Pc;
                                // A generator run by FOR_ITER or SEND is exhausted: its END_FOR (END_SEND) pops the generator.
                                if (generatorDone) pc = instrs[pc - 1].Target;
                                s[sp++] = v;
                                break;
                            }

                            case OpCode.RETURN_GENERATOR:
                            {
                                var gen = new PyGenerator(f, ts);
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
                                if (f.Generator is not { IsInline: true } yg) return v;
                                yg.LeaveInline(ts);
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

                            case OpCode.SEND:
                            {
                                var v = s[sp - 1]!;
                                var receiver = s[sp - 2]!;
                                // The generator of a `yield from` runs in this loop, as FOR_ITER runs one: its
                                // yield comes back here in place of the sent value, its return jumps to END_SEND.
                                if (receiver is PyGenerator sub && ts.Depth < ts.RecursionLimit && sub.EnterInline(ts, v) is { } subFrame)
                                {
                                    s[--sp] = null;
                                    f.Sp = sp;
                                    f.Pc = pc;
                                    subFrame.Back = f;
                                    f = subFrame;
                                    ts.Depth++;
                                    code = f.Code;
                                    instrs = code.Instructions;
                                    s = f.Fast;
                                    sp = f.Sp;
                                    pc = f.Pc;
                                    break;
                                }
                                PyObject? r;
                                bool done;
                                if (receiver is PyGenerator g)
                                {
                                    r = g.Resume(v, null, out done);
                                }
                                else if (receiver is IAwaitableIterator aw)
                                {
                                    r = aw.SendValue(v, out done);
                                }
                                else
                                {
                                    r = SendToIterator(receiver, v, out done);
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

                            case OpCode.RERAISE:
                            {
                                var exc = s[--sp]!;
                                error = new PyException((PyBaseException)exc) { IsReraise = true };
                                goto Unwind;
                            }

                            case OpCode.RAISE_VARARGS:
                            {
                                error = DoRaise(ins.Arg, f.Fast, ref sp, ts);
                                goto Unwind;
                            }

                            default:
                                ExecuteCold(ref ins, f, code, s, ref sp, ts);
                                break;
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
                    if (sp > newSp) s[newSp..sp].Clear();
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
                if (f.Generator is { IsInline: true } eg) eg.LeaveInline(ts);
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
