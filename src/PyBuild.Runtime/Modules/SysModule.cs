using PyBuild.Runtime.Exceptions;
using PyBuild.Runtime.Interpreter;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Modules;

/// <summary>The <c>sys</c> module.</summary>
internal static class SysModule
{
    public const int MaxRecursionLimit = 1_000_000;

    public static PyModule Create(RuntimeState ts, IReadOnlyList<string> argv, RuntimeOptions options)
    {
        var m = new PyModule("sys");
        var d = m.ModuleDict;
        void Add(string name, BuiltinFn fn) => d.SetItem(name, new PyBuiltinFunction(name, fn));
        var args = new PyList();
        foreach (var a in argv) args.Append(new PyStr(a));
        d.SetItem("argv", args);
        d.SetItem("stdout", ts.StdoutObject!);
        d.SetItem("stderr", ts.StderrObject!);
        d.SetItem("__stdout__", ts.StdoutObject!);
        d.SetItem("__stderr__", ts.StderrObject!);
        d.SetItem("modules", ts.Modules);
        var path = new PyList();
        foreach (var entry in options.SysPath) path.Append(new PyStr(entry));
        d.SetItem("path", path);
        d.SetItem("dont_write_bytecode", PyBool.From(options.DontWriteBytecode));
        d.SetItem("pycache_prefix", PyNone.Value);
        d.SetItem("maxsize", PyInt.From(long.MaxValue));
        d.SetItem("byteorder", new PyStr(BitConverter.IsLittleEndian ? "little" : "big"));
        d.SetItem("platform", new PyStr(OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux"));
        d.SetItem("version", new PyStr("3.12.1 (PyBuild)"));
        d.SetItem("version_info", new PyTuple([PyInt.From(3), PyInt.From(12), PyInt.From(1), new PyStr("final"), PyInt.From(0)]));
        d.SetItem("hexversion", PyInt.From(0x030C01F0));
        d.SetItem("maxunicode", PyInt.From(0x10FFFF));
        d.SetItem("builtin_module_names", new PyTuple([new PyStr("builtins"), new PyStr("math"), new PyStr("sys"), new PyStr("time")]));
        Add("getrecursionlimit", (a, k) => PyInt.From(RuntimeState.Current.RecursionLimit));
        Add("setrecursionlimit", (a, k) =>
        {
            Ops.CheckArgCount("setrecursionlimit", a, 1, 1);
            if (a[0] is not PyInt) throw Ops.TypeError("'" + a[0].Type.Name + "' object cannot be interpreted as an integer");
            long n = Ops.IndexValue(a[0]);
            if (n < 1) throw Ops.ValueError("recursion limit must be greater or equal than 1");
            var state = RuntimeState.Current;
            if (n <= state.Depth)
                throw Ops.Error(ExceptionTypes.RecursionError, $"cannot set the recursion limit to {n} at the recursion depth {state.Depth}: the limit is too low");
            state.RecursionLimit = (int)Math.Min(n, MaxRecursionLimit);
            return PyNone.Value;
        });
        Add("exit", (a, k) => throw new PyException(new PyBaseException(ExceptionTypes.SystemExit, new PyTuple(a.ToArray()))));
        Add("exc_info", (a, k) =>
        {
            var e = RuntimeState.Current.HandledException;
            return e is null ? new PyTuple([PyNone.Value, PyNone.Value, PyNone.Value])
                : new PyTuple([e.Type, e, e is PyBaseException be && be.Traceback.Count > 0 ? new PyTracebackObject(be) : PyNone.Value]);
        });
        Add("exception", (a, k) => RuntimeState.Current.HandledException ?? PyNone.Value);
        Add("intern", (a, k) => PyStr.Intern(((PyStr)a[0]).Value));
        Add("getdefaultencoding", (a, k) => new PyStr("utf-8"));
        return m;
    }
}
