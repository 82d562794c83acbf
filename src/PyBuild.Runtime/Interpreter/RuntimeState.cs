using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Interpreter;

/// <summary>
/// The state of one running program on one thread (CPython's thread and interpreter state):
/// recursion depth and limit, the exception being handled, builtins, modules and standard streams.
/// </summary>
internal sealed class RuntimeState
{
    [ThreadStatic]
    private static RuntimeState? current;

    public RuntimeState(TextWriter stdout, TextWriter stderr)
    {
        Stdout = stdout;
        Stderr = stderr;
    }

    /// <summary>The state of the program running on this thread.</summary>
    public static RuntimeState Current
    {
        get => current ?? throw new InvalidOperationException("no Python program is running on this thread");
        set => current = value;
    }

    /// <summary>The most nested native re-entries of the evaluation loop (CPython's C recursion limit).</summary>
    public const int NativeRecursionLimit = 3000;

    /// <summary>Nested native re-entries of the evaluation loop now active.</summary>
    public int NativeDepth { get; set; }

    /// <summary>Python frames currently executing (the depth <c>sys.getrecursionlimit()</c> bounds).</summary>
    public int Depth { get; set; }

    public int RecursionLimit { get; set; } = 1000;

    /// <summary>The exception being handled (<c>sys.exception()</c>), or null.</summary>
    public PyObject? HandledException { get; set; }

    public PyDict Builtins { get; set; } = new();

    /// <summary>The frame that made the latest call into native code (for <c>globals()</c>, <c>locals()</c>, <c>eval</c>).</summary>
    public Frame? CurrentFrame { get; set; }

    public PyDict Modules { get; } = new();

    /// <summary>Set from another thread (SIGINT) to raise KeyboardInterrupt at the next check in the evaluation loop.</summary>
    public volatile bool InterruptPending;

    /// <summary>The KeyboardInterrupt a pending interrupt becomes, clearing it.</summary>
    public Exceptions.PyException TakeInterrupt()
    {
        InterruptPending = false;
        return new Exceptions.PyException(new Exceptions.PyBaseException(Exceptions.ExceptionTypes.KeyboardInterrupt, PyTuple.Empty));
    }

    /// <summary>The <c>-O</c> level imported modules are compiled with (and their pyc named for).</summary>
    public int Optimize { get; set; }

    public TextWriter Stdout { get; set; }

    public TextWriter Stderr { get; set; }

    public PyObject? StdoutObject { get; set; }

    public PyObject? StderrObject { get; set; }
}
