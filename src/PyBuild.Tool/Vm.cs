using PyBuild.Compiler.Bytecode;
using System.Runtime.InteropServices;
using PyBuild.Runtime;

namespace PyBuild.Tool;

/// <summary>Hands a compiled program to the runtime.</summary>
internal static class Vm
{
    /// <summary>
    /// Runs <paramref name="code"/> as <c>__main__</c>. The console's stdout is block-buffered, as
    /// CPython's is when not a terminal, unless <c>-u</c> or <c>PYTHONUNBUFFERED</c> asked otherwise.
    /// </summary>
    public static int Run(CodeObject code, PythonOptions options, TextWriter stdout, TextWriter stderr)
    {
        var interrupt = new InterruptSignal();
        var runtimeOptions = new RuntimeOptions
        {
            SysPath = SysPath(options),
            DontWriteBytecode = options.DontWriteBytecode,
            Optimize = options.Optimize,
            Interrupt = interrupt,
        };
        int status;
        // SIGINT (Ctrl-C) becomes KeyboardInterrupt in the program instead of ending the process.
        using (PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            interrupt.Raise();
        }))
        {
            if (options.Unbuffered || !ReferenceEquals(stdout, Console.Out))
            {
                status = PythonRuntime.RunMain(code, options.Argv, stdout, stderr, runtimeOptions);
            }
            else
            {
                using var buffered = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16);
                status = PythonRuntime.RunMain(code, options.Argv, buffered, stderr, runtimeOptions);
            }
        }
        if (interrupt.ExitedByInterrupt && ReferenceEquals(stdout, Console.Out)) SigintExit.Die();
        return status;
    }

    /// <summary>
    /// The initial <c>sys.path</c>, as CPython builds it: the script's folder (<c>''</c>, the current
    /// folder, for <c>-c</c> and standard input), then the entries of <c>PYTHONPATH</c>; <c>-I</c>
    /// leaves out both, <c>-E</c> the variable.
    /// </summary>
    private static List<string> SysPath(PythonOptions options)
    {
        var path = new List<string>();
        if (!options.Isolated)
        {
            path.Add(options.Script is null or "-" ? "" : Path.GetDirectoryName(Path.GetFullPath(options.Script)) ?? "");
        }
        if (!options.Isolated && !options.IgnoreEnvironment && Environment.GetEnvironmentVariable("PYTHONPATH") is { Length: > 0 } pythonPath)
        {
            foreach (var entry in pythonPath.Split(Path.PathSeparator))
            {
                if (entry.Length > 0) path.Add(Path.GetFullPath(entry));
            }
        }
        return path;
    }
}
