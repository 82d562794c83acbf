using PyBuild.Runtime.Exceptions;

namespace PyBuild.Runtime.Objects;

/// <summary>
/// <c>anext_awaitable</c>: what <c>anext(iterator, default)</c> returns. It awaits the iterator's
/// <c>__anext__()</c> and turns its StopAsyncIteration into the default as the await's result.
/// </summary>
internal sealed class PyAnextAwaitable(PyObject awaitable, PyObject defaultValue) : PyObject, IAwaitableIterator
{
    private static readonly PyType AnextType = AwaitableIterator.CreateType("anext_awaitable");

    // The iterator the awaitable's __await__ gave, fetched on the first resume.
    private PyObject? inner;

    public override PyType Type => AnextType;

    public override PyObject Iter() => this;

    public override PyObject? Next() => AwaitableIterator.Next(this);

    /// <inheritdoc/>
    public PyObject SendValue(PyObject value, out bool done)
    {
        try
        {
            return SendToInner(Inner(), value, out done);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopAsyncIteration))
        {
            done = true;
            return defaultValue;
        }
    }

    private PyObject Inner()
    {
        if (inner is not null) return inner;
        if (awaitable is PyGenerator { IsCoroutine: true } || awaitable is IAwaitableIterator) return inner = awaitable;
        var await = awaitable.Type.Lookup("__await__")
            ?? throw Ops.TypeError($"'{awaitable.Type.Name}' object can't be awaited");
        return inner = Ops.CallWithSelf(await, awaitable, [], null);
    }

    // One step of the inner iterator, with its StopIteration read as the end (done=true).
    private static PyObject SendToInner(PyObject it, PyObject value, out bool done)
    {
        if (it is PyGenerator g) return g.Resume(value, null, out done);
        if (it is IAwaitableIterator a) return a.SendValue(value, out done);
        try
        {
            done = false;
            return value == PyNone.Value ? Ops.Next(it) ?? Stopped(out done) : Ops.CallMethod(it, "send", value);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            done = true;
            return e.Value.GetSpecialAttr("value") ?? PyNone.Value;
        }
    }

    private static PyObject Stopped(out bool done)
    {
        done = true;
        return PyNone.Value;
    }

    /// <summary><c>throw</c>: passed on to the awaited iterator, with the default for its StopAsyncIteration.</summary>
    public PyObject Throw(PyBaseException exc)
    {
        PyObject r;
        bool done;
        try
        {
            var it = Inner();
            if (it is PyGenerator g)
            {
                r = g.ThrowResume(exc, out done);
            }
            else
            {
                var throwMethod = Ops.GetAttrOrNull(it, "throw") ?? throw new PyException(exc);
                r = Ops.Call(throwMethod, exc);
                done = false;
            }
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopAsyncIteration))
        {
            r = defaultValue;
            done = true;
        }
        if (!done) return r;
        throw new PyException(PyGenerator.StopIterationFor(r));
    }

    /// <inheritdoc/>
    public void Close()
    {
        if (inner is not null && Ops.GetAttrOrNull(inner, "close") is { } close) Ops.Call(close);
    }
}
