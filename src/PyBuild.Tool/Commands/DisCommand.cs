using PyBuild.Compiler;
using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.Diagnostics;

namespace PyBuild.Tool.Commands;

/// <summary><c>dotnet pyrun -m dis</c>, printing what <c>python3.12 -m dis</c> prints.</summary>
internal static class DisCommand
{
    private const string Usage = "usage: dis.py [-h] [infile]";

    /// <summary>Runs the command with the arguments after <c>-m dis</c>; returns the exit status.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // The command line as dis.py's argparse reads it: -h anywhere wins, the first positional is
        // the file ("-" or none for stdin), anything else is an error reported after the file is opened.
        string? infile = null;
        var extras = new List<string>();
        bool positionalOnly = false;
        foreach (var arg in args)
        {
            if (!positionalOnly && arg == "--")
            {
                positionalOnly = true;
            }
            else if (!positionalOnly && (arg == "-h" || arg == "--help"))
            {
                stdout.Write(Usage + "\n\npositional arguments:\n  infile\n\noptions:\n  -h, --help  show this help message and exit\n");
                return 0;
            }
            else if (!positionalOnly && arg.Length > 1 && arg[0] == '-')
            {
                extras.Add(arg);
            }
            else if (infile is null)
            {
                infile = arg;
            }
            else
            {
                extras.Add(arg);
            }
        }

        string filename;
        byte[] source;
        if (infile is null || infile == "-")
        {
            filename = "<stdin>";
            using var input = Console.OpenStandardInput();
            using var buffer = new MemoryStream();
            input.CopyTo(buffer);
            source = buffer.ToArray();
        }
        else
        {
            filename = infile;
            string? openError = TryRead(infile, out source);
            if (openError is not null) return ArgumentError(stderr, $"argument infile: can't open '{infile}': {openError}");
        }
        if (extras.Count > 0) return ArgumentError(stderr, "unrecognized arguments: " + string.Join(' ', extras));

        CodeObject code;
        try
        {
            code = PythonCompiler.Compile(source, filename, CompileMode.Exec, optimize: -1);
        }
        catch (NotSupportedException e)
        {
            stderr.WriteLine(e.Message);
            return 1;
        }
        catch (PythonSyntaxError e)
        {
            WriteSyntaxError(stderr, e);
            return 1;
        }
        stdout.Write(Disassembler.Disassemble(code));
        return 0;
    }

    private static int ArgumentError(TextWriter stderr, string message)
    {
        stderr.Write(Usage + "\ndis.py: error: " + message + "\n");
        return 2;
    }

    /// <summary>Reads the file, or returns the reason as Python's OSError text (<c>[Errno 2] ...</c>).</summary>
    private static string? TryRead(string path, out byte[] bytes)
    {
        bytes = [];
        string quoted = "'" + path + "'";
        try
        {
            if (Directory.Exists(path)) return "[Errno 21] Is a directory: " + quoted;
            bytes = File.ReadAllBytes(path);
            return null;
        }
        catch (FileNotFoundException)
        {
            return "[Errno 2] No such file or directory: " + quoted;
        }
        catch (DirectoryNotFoundException)
        {
            return "[Errno 2] No such file or directory: " + quoted;
        }
        catch (UnauthorizedAccessException)
        {
            return "[Errno 13] Permission denied: " + quoted;
        }
        catch (IOException e)
        {
            return e.Message;
        }
    }

    /// <summary>The tail of the traceback CPython prints for a syntax error in the file.</summary>
    private static void WriteSyntaxError(TextWriter stderr, PythonSyntaxError e)
    {
        stderr.Write("Traceback (most recent call last):\n");
        SyntaxErrorPrinter.Print(e, stderr);
    }
}
