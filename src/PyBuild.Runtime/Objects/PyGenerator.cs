using PyBuild.Runtime.Exceptions;
using PyBuild.Runtime.Interpreter;

namespace PyBuild.Runtime.Objects;

/// <summary>A generator: a suspended frame resumed by <c>next</c>, <c>send</c>, <c>throw</c> and <c>close</c>.</summary>
internal sealed class PyGenerator : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    /// <summary><c>coroutine</c>: what calling an <c>async def</c> function returns; awaitable, not iterable.</summary>
    public static readonly PyType CoroutineType = CreateCoroutineType();

    private readonly Frame frame;

    // The program the generator belongs to, kept so that a resume reads no thread-static.
    private readonly RuntimeState state;
    private bool running;
    private bool started;
    private PyObject? savedHandled;
    private PyObject? outerHandled;

    public PyGenerator(Frame frame, RuntimeState state)
    {
        this.frame = frame;
        this.state = state;
        frame.Generator = this;
    }

    public override PyType Type => IsCoroutine ? CoroutineType : IsAsyncGenerator ? AsyncGeneratorType.TypeObject : TypeObject;

    /// <summary>True for the frame of an <c>async def</c> function.</summary>
    public bool IsCoroutine => (frame.Code.Flags & PyBuild.Compiler.Bytecode.CodeFlags.Coroutine) != 0;

    /// <summary>True for the frame of an <c>async def</c> function that yields (see <see cref="AsyncGeneratorType"/>).</summary>
    public bool IsAsyncGenerator => (frame.Code.Flags & PyBuild.Compiler.Bytecode.CodeFlags.AsyncGenerator) != 0;

    /// <summary>
    /// For an async generator: an <c>asend</c> or <c>athrow</c> awaitable is driving it (CPython's
    /// <c>ag_running_async</c>), so a second one must not start.
    /// </summary>
    public bool RunningAsync { get; set; }

    /// <summary>For an async generator: <c>aclose</c> or a StopAsyncIteration ended it (CPython's <c>ag_closed</c>).</summary>
    public bool Closed { get; set; }

    /// <summary>Whether the frame has been resumed at least once.</summary>
    public bool Started => started;

    /// <summary>Whether the frame runs inside its caller's evaluation loop (see <see cref="EnterInline"/>).</summary>
    public bool IsInline { get; private set; }

    /// <summary>
    /// Starts a resume by <c>next()</c> or <c>send()</c> (of <paramref name="sendValue"/>) that the evaluation loop runs itself, as a call, rather than
    /// through <see cref="Resume"/>: the frame to switch to, or null when the generator cannot be
    /// resumed that way (running, finished, or a coroutine). <see cref="LeaveInline"/> ends it.
    /// </summary>
    public Frame? EnterInline(RuntimeState ts, PyObject sendValue)
    {
        if (running || frame.Finished || (frame.Code.Flags & PyBuild.Compiler.Bytecode.CodeFlags.Generator) == 0) return null;
        // A just-started generator takes only None; Resume raises the TypeError for anything else.
        if (!started && sendValue != PyNone.Value) return null;
        frame.Fast.AsSpan()[frame.Sp++] = sendValue;
        started = true;
        running = true;
        IsInline = true;
        outerHandled = ts.HandledException;
        ts.HandledException = savedHandled;
        return frame;
    }

    /// <summary>Ends an inline resume when the frame yields, returns or raises.</summary>
    public void LeaveInline(RuntimeState ts)
    {
        savedHandled = ts.HandledException;
        ts.HandledException = outerHandled;
        outerHandled = null;
        running = false;
        IsInline = false;
    }

    public bool Finished => frame.Finished;

    public string QualName => frame.Code.QualName;

    public override string Repr() => $"<{Type.Name} object {QualName} at 0x{Ops.Id(this):x}>";

    /// <summary>False for coroutines and async generators, which are awaited or iterated with <c>async for</c> instead.</summary>
    public bool IsIterable => (frame.Code.Flags & (PyBuild.Compiler.Bytecode.CodeFlags.Coroutine | PyBuild.Compiler.Bytecode.CodeFlags.AsyncGenerator)) == 0;

    public override PyObject Iter() => IsIterable ? this : base.Iter();

    public override PyObject? Next()
    {
        var v = Resume(PyNone.Value, null, out bool returned);
        return returned ? null : v;
    }

    /// <summary>Runs the frame until it yields (returned=false) or returns (returned=true, value is the return value).</summary>
    public PyObject Resume(PyObject sendValue, PyBaseException? throwIn, out bool returned)
    {
        if (running) throw Ops.ValueError($"{Type.Name} already executing");
        if (frame.Finished && IsCoroutine && throwIn is null)
            throw Ops.Error(ExceptionTypes.RuntimeError, "cannot reuse already awaited coroutine");
        if (frame.Finished)
        {
            returned = true;
            if (throwIn is not null) throw new PyException(throwIn);
            return PyNone.Value;
        }
        if (!started && throwIn is null && sendValue != PyNone.Value)
            throw Ops.TypeError($"can't send non-None value to a just-started {Type.Name}");
        if (throwIn is null) frame.Fast.AsSpan()[frame.Sp++] = sendValue;
        started = true;
        running = true;
        var ts = state;
        var outerHandled = ts.HandledException;
        ts.HandledException = savedHandled;
        try
        {
            var v = Eval.Run(frame, ts, throwIn);
            returned = frame.Finished;
            return v;
        }
        finally
        {
            savedHandled = ts.HandledException;
            ts.HandledException = outerHandled;
            running = false;
        }
    }

    /// <summary>
    /// The iterator this generator is delegating to with <c>yield from</c>, or null: the frame is
    /// suspended before a RESUME whose argument marks a return from yield-from (2) or await (3).
    /// </summary>
    private PyObject? Delegate()
    {
        var code = frame.Code;
        if (!started || frame.Finished || frame.Pc >= code.Instructions.Length) return null;
        ref var next = ref code.Instructions[frame.Pc];
        return next.Op == PyBuild.Compiler.Bytecode.OpCode.RESUME && next.Arg >= 2 ? frame.Fast[frame.Sp - 1] : null;
    }

    /// <summary><c>throw</c>: delegated first to the iterator of a pending <c>yield from</c>, as CPython does.</summary>
    public PyObject Throw(PyBaseException exc)
    {
        var v = ThrowResume(exc, out bool returned);
        if (!returned) return v;
        throw new PyException(StopIterationFor(v));
    }

    /// <summary>
    /// <see cref="Throw"/> that reports the frame's return (returned=true, value is the return value)
    /// rather than raising StopIteration, for async generators, whose end is StopAsyncIteration.
    /// </summary>
    public PyObject ThrowResume(PyBaseException exc, out bool returned)
    {
        returned = false;
        var sub = Delegate();
        if (sub is not null)
        {
            if (exc.Type.IsSubtypeOf(ExceptionTypes.GeneratorExit))
            {
                if (sub is PyGenerator sg) sg.Close();
                else if (Ops.GetAttrOrNull(sub, "close") is { } close) Ops.Call(close);
            }
            else
            {
                PyBaseException? raised = null;
                try
                {
                    running = true;
                    var v = sub is PyGenerator g ? g.Throw(exc) : Ops.Call(Ops.GetAttrOrNull(sub, "throw") ?? throw new PyException(exc), exc);
                    return v;
                }
                catch (PyException e)
                {
                    raised = e.Value;
                }
                finally
                {
                    running = false;
                }
                exc = raised;
            }
        }
        return Resume(PyNone.Value, exc, out returned);
    }

    /// <summary><c>send</c> and <c>__next__</c>: the yielded value, or StopIteration carrying the return value.</summary>
    public PyObject Send(PyObject value, PyBaseException? throwIn = null)
    {
        var v = Resume(value, throwIn, out bool returned);
        if (!returned) return v;
        throw new PyException(StopIterationFor(v));
    }

    /// <summary>The StopIteration that carries a return value (no argument for None, as CPython).</summary>
    public static PyBaseException StopIterationFor(PyObject value) =>
        value == PyNone.Value ? new PyBaseException(ExceptionTypes.StopIteration, PyTuple.Empty) : PyBaseException.Create(ExceptionTypes.StopIteration, value);

    public void Close()
    {
        if (frame.Finished || !started)
        {
            frame.Finished = true;
            return;
        }
        try
        {
            bool returned;
            if (Delegate() is not null)
            {
                Throw(new PyBaseException(ExceptionTypes.GeneratorExit, PyTuple.Empty));
                returned = frame.Finished;
            }
            else
            {
                Resume(PyNone.Value, new PyBaseException(ExceptionTypes.GeneratorExit, PyTuple.Empty), out returned);
            }
            if (!returned) throw Ops.Error(ExceptionTypes.RuntimeError, "generator ignored GeneratorExit");
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.GeneratorExit) || e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            frame.Finished = true;
        }
    }

    public override PyObject? GetSpecialAttr(string name) => name switch
    {
        "__name__" => new PyStr(frame.Code.Name),
        "__qualname__" => new PyStr(QualName),
        "gi_running" => PyBool.From(running),
        "gi_code" => frame.Code,
        "ag_running" when IsAsyncGenerator => PyBool.From(RunningAsync),
        "ag_code" when IsAsyncGenerator => frame.Code,
        _ => null,
    };

    /// <summary>The exception that <c>throw(type[, value[, traceback]])</c> raises; <paramref name="a"/> starts with self.</summary>
    public static PyBaseException MakeThrown(ReadOnlySpan<PyObject> a)
    {
        var t = a[1];
        if (t is PyType tt && tt.IsSubtypeOf(ExceptionTypes.BaseException))
        {
            var inst = a.Length > 2 && a[2] != PyNone.Value ? (a[2] is PyBaseException pe ? pe : (PyBaseException)Ops.Call(tt, a[2])) : (PyBaseException)Ops.Call(tt);
            return inst;
        }
        if (t is PyBaseException be) return be;
        throw Ops.TypeError("exceptions must be classes or instances deriving from BaseException, not " + t.Type.Name);
    }

    private static PyType CreateCoroutineType()
    {
        var t = new PyType("coroutine", PyType.ObjectType);
        t.AddMethod("send", (a, k) => ((PyGenerator)a[0]).Send(a[1]));
        t.AddMethod("throw", (a, k) => ((PyGenerator)a[0]).Throw(MakeThrown(a)));
        t.AddMethod("close", (a, k) => { ((PyGenerator)a[0]).Close(); return PyNone.Value; });
        return t;
    }

    private static PyType CreateType()
    {
        var t = new PyType("generator", PyType.ObjectType);
        t.AddMethod("send", (a, k) => ((PyGenerator)a[0]).Send(a[1]));
        t.AddMethod("throw", (a, k) => ((PyGenerator)a[0]).Throw(MakeThrown(a)));
        t.AddMethod("close", (a, k) => { ((PyGenerator)a[0]).Close(); return PyNone.Value; });
        t.AddMethod("__next__", (a, k) => ((PyGenerator)a[0]).Send(PyNone.Value));
        t.AddMethod("__iter__", (a, k) => a[0]);
        return t;
    }
}
