using PyBuild.Compiler.Bytecode;

namespace PyBuild.Tool;

/// <summary>Hands a compiled program to the runtime.</summary>
internal static class Vm
{
    public static int Run(CodeObject code, string filename, PythonOptions options, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("dotnet pyrun: not supported yet: running programs (the VM is being written)");
        return 1;
    }
}
