using PyBuild.Compiler;
using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.Diagnostics;

namespace PyBuild.Tool;

/// <summary>Loads the program the command line names (source, pyc, <c>-c</c> text or stdin) and runs it on the VM.</summary>
internal static class ProgramRunner
{
    public static int Run(PythonOptions options, TextWriter stdout, TextWriter stderr)
    {
        if (options.Module is not null)
        {
            stderr.WriteLine($"dotnet pyrun: not supported yet: -m {options.Module}");
            return 1;
        }
        CodeObject code;
        string filename = "";
        byte[]? quotedSource = null;
        var warnings = new List<PyBuild.Compiler.Parsing.ParserWarning>();
        try
        {
            if (options.Command is not null)
            {
                filename = "<string>";
                code = PythonCompiler.Compile(System.Text.Encoding.UTF8.GetBytes(options.Command), filename, CompileMode.Exec, options.Optimize, warnings);
            }
            else if (options.Script == "-")
            {
                filename = "<stdin>";
                using var input = Console.OpenStandardInput();
                using var buffer = new MemoryStream();
                input.CopyTo(buffer);
                code = PythonCompiler.Compile(buffer.ToArray(), filename, CompileMode.Exec, options.Optimize, warnings);
            }
            else
            {
                filename = Path.GetFullPath(options.Script!);
                byte[] bytes;
                try
                {
                    bytes = File.ReadAllBytes(filename);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    string reason = e is FileNotFoundException or DirectoryNotFoundException ? "[Errno 2] No such file or directory" : e.Message;
                    stderr.WriteLine($"dotnet pyrun: can't open file '{Path.GetFullPath(filename)}': {reason}");
                    return 2;
                }
                if (filename.EndsWith(".pyc", StringComparison.OrdinalIgnoreCase))
                {
                    code = PycScript.Read(bytes, out string? error)!;
                    if (error is not null)
                    {
                        stderr.WriteLine(error);
                        return 1;
                    }
                }
                else
                {
                    quotedSource = bytes;
                    code = PythonCompiler.Compile(bytes, filename, CompileMode.Exec, options.Optimize, warnings);
                }
            }
        }
        catch (PythonSyntaxError e)
        {
            SyntaxWarningPrinter.Print(warnings, filename, quotedSource, stderr);
            SyntaxErrorPrinter.Print(e, stderr);
            return 1;
        }
        catch (NotSupportedException e)
        {
            stderr.WriteLine($"dotnet pyrun: {e.Message}");
            return 1;
        }
        SyntaxWarningPrinter.Print(warnings, filename, quotedSource, stderr);
        return Vm.Run(code, options, stdout, stderr);
    }
}
