namespace PyBuild.Runtime;

/// <summary>
/// The host's way to interrupt a running program, as SIGINT (Ctrl-C) interrupts CPython: after
/// <see cref="Raise"/>, the program's next loop iteration or call raises KeyboardInterrupt.
/// </summary>
public sealed class InterruptSignal
{
    private Interpreter.RuntimeState? state;
    private bool pendingBeforeStart;

    /// <summary>Whether the program ended with an uncaught KeyboardInterrupt (a host should then die by SIGINT, as CPython does).</summary>
    public bool ExitedByInterrupt { get; internal set; }

    /// <summary>Asks for a KeyboardInterrupt in the running program; safe to call from any thread (a signal handler).</summary>
    public void Raise()
    {
        lock (this)
        {
            if (state is not null) state.InterruptPending = true;
            else pendingBeforeStart = true;
        }
    }

    /// <summary>Connects the signal to the program's state once it starts.</summary>
    internal void Attach(Interpreter.RuntimeState ts)
    {
        lock (this)
        {
            state = ts;
            if (pendingBeforeStart) ts.InterruptPending = true;
        }
    }
}
