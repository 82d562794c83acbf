using System.Runtime.InteropServices;

namespace PyBuild.Tool;

/// <summary>
/// How CPython ends after an uncaught KeyboardInterrupt: it restores the default SIGINT action and
/// kills itself with SIGINT, so that the parent (a shell loop, make) sees an interrupted child.
/// </summary>
internal static partial class SigintExit
{
    private const int Sigint = 2;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    /// <summary>Kills this process with SIGINT where POSIX signals exist; returns only when it could not.</summary>
    public static void Die()
    {
        if (OperatingSystem.IsWindows()) return;
        Console.Out.Flush();
        Console.Error.Flush();
        Kill(Environment.ProcessId, Sigint);
        // The signal is delivered asynchronously; give it the moment it needs.
        Thread.Sleep(1000);
    }
}
