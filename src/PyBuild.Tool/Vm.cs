using PyBuild.Compiler.Bytecode;
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
        if (options.Unbuffered || !ReferenceEquals(stdout, Console.Out))
        {
            return PythonRuntime.RunMain(code, options.Argv, stdout, stderr);
        }
        using var buffered = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16);
        return PythonRuntime.RunMain(code, options.Argv, buffered, stderr);
    }
}
