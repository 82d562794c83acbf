namespace PyBuild.Tool.Commands;

/// <summary><c>dotnet pyrun -m py_compile FILE...</c>: compiles each file to its cached pyc; errors go to stderr and the status is 1.</summary>
internal static class PyCompileCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        int status = 0;
        foreach (var file in args)
        {
            if (!File.Exists(file))
            {
                stderr.WriteLine($"[Errno 2] No such file or directory: '{file}'");
                status = 1;
                continue;
            }
            string? error = CompileFile.Compile(file, 0, PyBuild.Compiler.Marshal.PycInvalidationMode.Timestamp, stderr);
            if (error is not null)
            {
                stderr.Write(error);
                status = 1;
            }
        }
        return status;
    }


}
