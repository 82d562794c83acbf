using PyBuild.Runtime.Exceptions;

namespace PyBuild.Runtime.Objects;

/// <summary>
/// A built-in awaitable iterator whose end carries a value (the awaitables of async generators and
/// <c>anext</c>): <c>SEND</c> resumes it directly, so the value reaches the awaiting frame without
/// a StopIteration being raised and caught.
/// </summary>
internal interface IAwaitableIterator
{
    /// <summary>
    /// Sends <paramref name="value"/> in: the value to pass up to whoever drives the coroutine
    /// (done=false), or the result of the await (done=true).
    /// </summary>
    PyObject SendValue(PyObject value, out bool done);

    /// <summary><c>throw</c>: <paramref name="exc"/> raised where the awaitable is suspended.</summary>
    PyObject Throw(PyBaseException exc);

    /// <summary><c>close</c>.</summary>
    void Close();
}
