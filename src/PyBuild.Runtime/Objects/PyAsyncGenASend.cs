using PyBuild.Runtime.Exceptions;

namespace PyBuild.Runtime.Objects;

/// <summary>
/// <c>async_generator_asend</c>: the awaitable of <c>__anext__()</c> and <c>asend(value)</c>. Awaiting
/// it resumes the generator with the value; it finishes (StopIteration) with the next yielded value,
/// or raises StopAsyncIteration when the generator is exhausted. Awaitable once only.
/// </summary>
internal sealed class PyAsyncGenASend(PyGenerator gen, PyObject sendValue) : PyObject, IAwaitableIterator
{
    public static readonly PyType TypeObject = AwaitableIterator.CreateType("async_generator_asend");

    private AwaitableState state;

    public override PyType Type => TypeObject;

    public override PyObject Iter() => this;

    public override PyObject? Next() => AwaitableIterator.Next(this);

    /// <inheritdoc/>
    public PyObject SendValue(PyObject value, out bool done)
    {
        if (state == AwaitableState.Closed) throw Ops.Error(ExceptionTypes.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        if (state == AwaitableState.Init)
        {
            if (gen.RunningAsync)
            {
                state = AwaitableState.Closed;
                throw Ops.Error(ExceptionTypes.RuntimeError, "anext(): asynchronous generator is already running");
            }
            // The first resume sends the value given to asend(); the driver's own is None.
            if (value == PyNone.Value) value = sendValue;
            if (!gen.Started && value != PyNone.Value)
            {
                state = AwaitableState.Closed;
                throw Ops.TypeError("can't send non-None value to a just-started async generator");
            }
            state = AwaitableState.Iter;
            gen.RunningAsync = true;
        }
        try
        {
            var produced = gen.Resume(value, null, out bool returned);
            var r = AsyncGeneratorType.Unwrap(gen, produced, returned, out done);
            if (done) state = AwaitableState.Closed;
            return r;
        }
        catch (PyException e)
        {
            state = AwaitableState.Closed;
            AsyncGeneratorType.OnError(gen, e);
            throw;
        }
    }

    /// <summary><c>throw</c>: raised inside the generator at its suspension point.</summary>
    public PyObject Throw(PyBaseException exc)
    {
        if (state == AwaitableState.Closed) throw Ops.Error(ExceptionTypes.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        try
        {
            var produced = gen.ThrowResume(exc, out bool returned);
            var r = AsyncGeneratorType.Unwrap(gen, produced, returned, out bool done);
            if (!done) return r;
            state = AwaitableState.Closed;
            throw new PyException(PyGenerator.StopIterationFor(r));
        }
        catch (PyException e) when (!e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            state = AwaitableState.Closed;
            AsyncGeneratorType.OnError(gen, e);
            throw;
        }
    }

    /// <inheritdoc/>
    public void Close() => state = AwaitableState.Closed;
}
