using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Builtins;

/// <summary>The built-in functions of asynchronous iteration: <c>aiter</c> and <c>anext</c>.</summary>
internal static class AsyncIterationBuiltins
{
    /// <summary>Adds <c>aiter</c> and <c>anext</c> to the builtins namespace <paramref name="d"/>.</summary>
    public static void AddTo(PyDict d)
    {
        d.SetItem("aiter", new PyBuiltinFunction("aiter", (a, k) =>
        {
            Ops.NoKeywords("aiter", k);
            Ops.CheckArgCount("aiter", a, 1, 1);
            var aiter = a[0].Type.Lookup("__aiter__") ?? throw Ops.TypeError($"'{a[0].Type.Name}' object is not an async iterable");
            var it = Ops.CallWithSelf(aiter, a[0], [], null);
            if (it.Type.Lookup("__anext__") is null) throw Ops.TypeError($"aiter() returned not an async iterator of type '{it.Type.Name}'");
            return it;
        }));
        d.SetItem("anext", new PyBuiltinFunction("anext", (a, k) =>
        {
            Ops.NoKeywords("anext", k);
            Ops.CheckArgCount("anext", a, 1, 2);
            var anext = a[0].Type.Lookup("__anext__") ?? throw Ops.TypeError($"'{a[0].Type.Name}' object is not an async iterator");
            var awaitable = Ops.CallWithSelf(anext, a[0], [], null);
            return a.Length == 1 ? awaitable : new PyAnextAwaitable(awaitable, a[1]);
        }));
    }
}
