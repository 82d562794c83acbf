using PyBuild.Runtime.Exceptions;

namespace PyBuild.Runtime.Objects;

/// <summary>
/// <c>async_generator_athrow</c>: the awaitable of <c>athrow(exc)</c> and, with no exception,
/// <c>aclose()</c>. Awaiting it raises the exception (GeneratorExit for aclose) inside the
/// generator; athrow finishes with the next yielded value, aclose with None once the generator has
/// stopped (a generator that yields instead is a RuntimeError). Awaitable once only.
/// </summary>
internal sealed class PyAsyncGenAThrow(PyGenerator gen, PyBaseException? thrown) : PyObject, IAwaitableIterator
{
    public static readonly PyType TypeObject = AwaitableIterator.CreateType("async_generator_athrow");

    private AwaitableState state;

    public override PyType Type => TypeObject;

    // aclose() is athrow without an exception.
    private bool IsClose => thrown is null;

    public override PyObject Iter() => this;

    public override PyObject? Next() => AwaitableIterator.Next(this);

    /// <inheritdoc/>
    public PyObject SendValue(PyObject value, out bool done)
    {
        if (state == AwaitableState.Closed) throw Ops.Error(ExceptionTypes.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        done = true;
        if (gen.Finished)
        {
            state = AwaitableState.Closed;
            return PyNone.Value;
        }
        bool starting = state == AwaitableState.Init;
        if (starting)
        {
            // These refusals leave the generator as it is (another awaitable may be driving it).
            if (gen.RunningAsync)
            {
                state = AwaitableState.Closed;
                throw Ops.Error(ExceptionTypes.RuntimeError, IsClose ? "aclose(): asynchronous generator is already running" : "athrow(): asynchronous generator is already running");
            }
            if (gen.Closed)
            {
                state = AwaitableState.Closed;
                throw new PyException(new PyBaseException(ExceptionTypes.StopAsyncIteration, PyTuple.Empty));
            }
            if (value != PyNone.Value) throw Ops.Error(ExceptionTypes.RuntimeError, "can't send non-None value to a just-started coroutine");
            state = AwaitableState.Iter;
            gen.RunningAsync = true;
            if (IsClose) gen.Closed = true;
        }
        try
        {
            bool returned;
            var produced = starting
                ? gen.ThrowResume(thrown ?? new PyBaseException(ExceptionTypes.GeneratorExit, PyTuple.Empty), out returned)
                : gen.Resume(value, null, out returned);
            return Finish(produced, returned, out done);
        }
        catch (PyException e)
        {
            if (!Failed(e)) throw;
            done = true;
            return PyNone.Value;
        }
    }

    /// <summary><c>throw</c>: raised inside the generator at its suspension point.</summary>
    public PyObject Throw(PyBaseException exc)
    {
        if (state == AwaitableState.Closed) throw Ops.Error(ExceptionTypes.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        PyObject r;
        bool done;
        try
        {
            var produced = gen.ThrowResume(exc, out bool returned);
            r = Finish(produced, returned, out done);
        }
        catch (PyException e)
        {
            if (!Failed(e)) throw;
            throw new PyException(PyGenerator.StopIterationFor(PyNone.Value));
        }
        if (!done) return r;
        throw new PyException(PyGenerator.StopIterationFor(r));
    }

    // What the generator produced after the exception went in: for aclose, any yield is an error.
    private PyObject Finish(PyObject produced, bool returned, out bool done)
    {
        if (IsClose && !returned && produced is PyAsyncGenWrappedValue)
        {
            gen.RunningAsync = false;
            state = AwaitableState.Closed;
            throw Ops.Error(ExceptionTypes.RuntimeError, "async generator ignored GeneratorExit");
        }
        var r = AsyncGeneratorType.Unwrap(gen, produced, returned, out done);
        if (done) state = AwaitableState.Closed;
        return r;
    }

    // An exception left the generator: true when it means success, which for aclose is the
    // generator ending by GeneratorExit or StopAsyncIteration (the await then returns None).
    private bool Failed(PyException e)
    {
        state = AwaitableState.Closed;
        AsyncGeneratorType.OnError(gen, e);
        return IsClose && (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopAsyncIteration) || e.Value.Type.IsSubtypeOf(ExceptionTypes.GeneratorExit));
    }

    /// <inheritdoc/>
    public void Close() => state = AwaitableState.Closed;
}
