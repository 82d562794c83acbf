using PyBuild.Runtime.Exceptions;

namespace PyBuild.Runtime.Objects;

/// <summary>
/// What the awaitable iterators (<see cref="IAwaitableIterator"/>: asend, athrow/aclose, anext) share on
/// the Python side: one step of iteration, and a type with CPython's <c>send</c>, <c>throw</c>,
/// <c>close</c>, <c>__next__</c>, <c>__iter__</c> and <c>__await__</c>.
/// </summary>
internal static class AwaitableIterator
{
    /// <summary><c>__next__</c>: a send of None, the await's result raised as StopIteration.</summary>
    public static PyObject Next(IAwaitableIterator it)
    {
        var v = it.SendValue(PyNone.Value, out bool done);
        if (!done) return v;
        throw new PyException(PyGenerator.StopIterationFor(v));
    }

    /// <summary>The type named <paramref name="name"/>, whose objects implement <see cref="IAwaitableIterator"/>.</summary>
    public static PyType CreateType(string name)
    {
        var t = new PyType(name, PyType.ObjectType);
        t.AddMethod("send", (a, k) =>
        {
            var v = ((IAwaitableIterator)a[0]).SendValue(a.Length > 1 ? a[1] : PyNone.Value, out bool done);
            if (!done) return v;
            throw new PyException(PyGenerator.StopIterationFor(v));
        });
        t.AddMethod("throw", (a, k) => ((IAwaitableIterator)a[0]).Throw(PyGenerator.MakeThrown(a)));
        t.AddMethod("close", (a, k) =>
        {
            ((IAwaitableIterator)a[0]).Close();
            return PyNone.Value;
        });
        t.AddMethod("__next__", (a, k) => Next((IAwaitableIterator)a[0]));
        t.AddMethod("__iter__", (a, k) => a[0]);
        t.AddMethod("__await__", (a, k) => a[0]);
        return t;
    }
}
