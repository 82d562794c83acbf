using PyBuild.Compiler.Bytecode;
using PyBuild.Runtime.Builtins;
using PyBuild.Runtime.Exceptions;
using PyBuild.Runtime.Interpreter;
using PyBuild.Runtime.Modules;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime;

/// <summary>The entry point of the runtime: runs a compiled module as <c>__main__</c>, as <c>python3.12 prog.py</c> does.</summary>
public static class PythonRuntime
{
    /// <summary>
    /// The .NET stack of the interpreter thread. Python-to-Python calls use no .NET stack, but calls
    /// through native code (class instantiation with <c>__init__</c> in a builtin, <c>sorted(key=...)</c>,
    /// generators) do; this leaves room for deep recursion limits.
    /// </summary>
    private const int InterpreterStackBytes = 1024 * 1024 * 1024;

    /// <summary>
    /// Runs <paramref name="code"/> as the <c>__main__</c> module. Uncaught exceptions print CPython's
    /// traceback to <paramref name="stderr"/> and give exit status 1; <c>SystemExit</c> gives its code.
    /// </summary>
    /// <param name="code">The module's code object (from the compiler or a pyc).</param>
    /// <param name="argv">The value of <c>sys.argv</c> (argv[0] is the script path).</param>
    /// <param name="stdout">Where <c>sys.stdout</c> writes.</param>
    /// <param name="stderr">Where <c>sys.stderr</c> and tracebacks write.</param>
    /// <param name="options">sys.path and the import settings; none gives an empty <c>sys.path</c>.</param>
    /// <returns>The process exit status.</returns>
    public static int RunMain(CodeObject code, IReadOnlyList<string> argv, TextWriter stdout, TextWriter stderr, RuntimeOptions? options = null)
    {
        options ??= new RuntimeOptions();
        ArgumentNullException.ThrowIfNull(code);
        int status = 0;
        Exception? crash = null;
        var thread = new Thread(() =>
        {
            try
            {
                status = RunOnThisThread(code, argv, stdout, stderr, options);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                crash = e;
            }
        }, InterpreterStackBytes);
        thread.Start();
        thread.Join();
        if (crash is not null) throw new InvalidOperationException("the Python runtime failed: " + crash.Message, crash);
        return status;
    }

    private static int RunOnThisThread(CodeObject code, IReadOnlyList<string> argv, TextWriter stdout, TextWriter stderr, RuntimeOptions options)
    {
        var ts = new RuntimeState(stdout, stderr) { Optimize = options.Optimize };
        options.Interrupt?.Attach(ts);
        RuntimeState.Current = ts;
        ts.StdoutObject = new PyTextStream(stdout, "<stdout>");
        ts.StderrObject = new PyTextStream(stderr, "<stderr>");
        ts.Builtins = BuiltinFunctions.CreateBuiltins();
        ts.Modules.SetItem("builtins", new PyModule("builtins", ts.Builtins));
        ts.Modules.SetItem("sys", SysModule.Create(ts, argv, options));
        var globals = new PyDict();
        var main = new PyModule("__main__", globals);
        globals.SetItem("__builtins__", ts.Modules.GetItemOrNull("builtins")!);
        globals.SetItem("__file__", new PyStr(code.Filename));
        globals.SetItem("__package__", PyNone.Value);
        globals.SetItem("__spec__", PyNone.Value);
        ts.Modules.SetItem("__main__", main);
        try
        {
            Eval.RunModule(new PyCode(code), globals, ts.Builtins);
            stdout.Flush();
            return 0;
        }
        catch (PyException e)
        {
            stdout.Flush();
            if (e.Value.Type.IsSubtypeOf(ExceptionTypes.KeyboardInterrupt) && options.Interrupt is not null) options.Interrupt.ExitedByInterrupt = true;
            return HandleUncaught(e.Value, stderr);
        }
    }

    private static int HandleUncaught(PyBaseException exc, TextWriter stderr)
    {
        if (exc.Type.IsSubtypeOf(ExceptionTypes.SystemExit))
        {
            var code = exc.GetSpecialAttr("code") ?? PyNone.Value;
            if (code == PyNone.Value) return 0;
            if (code is PyInt i) return i.IsSmall && i.Small is >= int.MinValue and <= int.MaxValue ? (int)i.Small : -1;
            stderr.WriteLine(Ops.SafeStr(code));
            stderr.Flush();
            return 1;
        }
        stderr.Write(TracebackPrinter.Format(exc));
        stderr.Flush();
        // CPython then kills itself with SIGINT, which a shell reports as 128 + 2.
        return exc.Type.IsSubtypeOf(ExceptionTypes.KeyboardInterrupt) ? ExitStatusAfterSigint : 1;
    }

    /// <summary>The exit status a shell reports for a process killed by SIGINT.</summary>
    public const int ExitStatusAfterSigint = 130;
}
