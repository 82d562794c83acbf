using PyBuild.Runtime.Exceptions;

namespace PyBuild.Runtime.Objects;

/// <summary>
/// <c>async_generator</c>: what calling an <c>async def</c> function containing <c>yield</c> returns.
/// The object is a <see cref="PyGenerator"/> (the same suspended frame); its methods hand out the
/// awaitables that resume it: <c>__anext__</c>/<c>asend</c> (<see cref="PyAsyncGenASend"/>) and
/// <c>athrow</c>/<c>aclose</c> (<see cref="PyAsyncGenAThrow"/>).
/// </summary>
internal static class AsyncGeneratorType
{
    public static readonly PyType TypeObject = Create();

    /// <summary>
    /// Turns what the frame produced into the awaitable's result (CPython's
    /// <c>async_gen_unwrap_value</c>): a wrapped yield ends the await with the value (done=true);
    /// anything else was passed up by an <c>await</c> inside the generator (done=false).
    /// </summary>
    public static PyObject Unwrap(PyGenerator gen, PyObject produced, bool returned, out bool done)
    {
        if (returned)
        {
            // The frame returned: the generator is exhausted.
            gen.Closed = true;
            gen.RunningAsync = false;
            throw new PyException(new PyBaseException(ExceptionTypes.StopAsyncIteration, PyTuple.Empty));
        }
        if (produced is PyAsyncGenWrappedValue w)
        {
            gen.RunningAsync = false;
            done = true;
            return w.Value;
        }
        done = false;
        return produced;
    }

    /// <summary>Records the end of the generator when an exception leaves it (the rest of <see cref="Unwrap"/>).</summary>
    public static void OnError(PyGenerator gen, PyException e)
    {
        if (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopAsyncIteration) || e.Value.Type.IsSubtypeOf(ExceptionTypes.GeneratorExit))
            gen.Closed = true;
        gen.RunningAsync = false;
    }

    /// <summary>The argument count check of a method; <paramref name="a"/> starts with self.</summary>
    private static void CheckArgs(string name, ReadOnlySpan<PyObject> a, PyTuple? k, int min, int max)
    {
        Ops.NoKeywords($"async_generator.{name}", k);
        int n = a.Length - 1;
        if (n >= min && n <= max) return;
        if (max == 0) throw Ops.TypeError($"async_generator.{name}() takes no arguments ({n} given)");
        if (min == max) throw Ops.TypeError($"async_generator.{name}() takes exactly one argument ({n} given)");
        throw Ops.TypeError($"{name} expected {(n < min ? "at least" : "at most")} {(n < min ? min : max)} argument{((n < min ? min : max) == 1 ? "" : "s")}, got {n}");
    }

    private static PyType Create()
    {
        var t = new PyType("async_generator", PyType.ObjectType);
        t.AddMethod("__aiter__", (a, k) => { CheckArgs("__aiter__", a, k, 0, 0); return a[0]; });
        t.AddMethod("__anext__", (a, k) => { CheckArgs("__anext__", a, k, 0, 0); return new PyAsyncGenASend((PyGenerator)a[0], PyNone.Value); });
        t.AddMethod("asend", (a, k) => { CheckArgs("asend", a, k, 1, 1); return new PyAsyncGenASend((PyGenerator)a[0], a[1]); });
        t.AddMethod("athrow", (a, k) =>
        {
            CheckArgs("athrow", a, k, 1, 3);
            return new PyAsyncGenAThrow((PyGenerator)a[0], PyGenerator.MakeThrown(a));
        });
        t.AddMethod("aclose", (a, k) => { CheckArgs("aclose", a, k, 0, 0); return new PyAsyncGenAThrow((PyGenerator)a[0], null); });
        return t;
    }
}
