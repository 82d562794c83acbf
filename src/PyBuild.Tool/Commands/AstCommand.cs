using System.Globalization;
using PyBuild.Compiler;
using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.Parsing;
using PyBuild.Compiler.Syntax;

namespace PyBuild.Tool.Commands;

/// <summary>
/// <c>dotnet pyrun -m ast</c>, printing what <c>python3.12 -m ast</c> prints: Lib/ast.py's main
/// parses with <c>type_comments=True</c> unless <c>--no-type-comments</c>, and dumps with
/// <c>indent=3</c> unless <c>-i</c> says otherwise.
/// </summary>
internal static class AstCommand
{
    private const string Usage = "usage: python -m ast [-h] [-m {exec,single,eval,func_type}] [--no-type-comments] [-a]\n                     [-i INDENT]\n                     [infile]\n";

    /// <summary>Runs the command with the arguments after <c>-m ast</c>; returns the exit status.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? file = null;
        CompileMode mode = CompileMode.Exec;
        bool typeComments = true;
        bool attributes = false;
        int indent = 3;
        bool onlyPositional = false;
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            if (!onlyPositional && a.StartsWith('-') && a != "-")
            {
                if (a == "--") { onlyPositional = true; continue; }
                if (a is "-h" or "--help") { stdout.Write(Usage); return 0; }
                if (a is "-a" or "--include-attributes") { attributes = true; continue; }
                if (a == "--no-type-comments") { typeComments = false; continue; }
                if (a is "-i" or "--indent" || a.StartsWith("--indent=", StringComparison.Ordinal) || (a.StartsWith("-i", StringComparison.Ordinal) && !a.StartsWith("--", StringComparison.Ordinal)))
                {
                    string? value = OptionValue(args, ref i, a, "-i", "--indent");
                    if (value == null) return UsageError(stderr, "argument -i/--indent: expected one argument");
                    if (!int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out indent))
                    {
                        return UsageError(stderr, "argument -i/--indent: invalid int value: '" + value + "'");
                    }
                    continue;
                }
                if (a is "-m" or "--mode" || a.StartsWith("--mode=", StringComparison.Ordinal) || a.StartsWith("-m", StringComparison.Ordinal))
                {
                    string? value = OptionValue(args, ref i, a, "-m", "--mode");
                    if (value == null) return UsageError(stderr, "argument -m/--mode: expected one argument");
                    switch (value)
                    {
                        case "exec": mode = CompileMode.Exec; break;
                        case "eval": mode = CompileMode.Eval; break;
                        case "single": mode = CompileMode.Single; break;
                        case "func_type": mode = CompileMode.FuncType; break;
                        default:
                            return UsageError(stderr, "argument -m/--mode: invalid choice: '" + value + "' (choose from 'exec', 'single', 'eval', 'func_type')");
                    }
                    continue;
                }
                return UsageError(stderr, "unrecognized arguments: " + a);
            }
            if (file != null) return UsageError(stderr, "unrecognized arguments: " + a);
            file = a;
        }

        byte[] source;
        string name;
        if (file == null || file == "-")
        {
            using var input = Console.OpenStandardInput();
            using var buffer = new MemoryStream();
            input.CopyTo(buffer);
            source = buffer.ToArray();
            name = "<stdin>";
        }
        else
        {
            try
            {
                source = File.ReadAllBytes(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                string reason = e is FileNotFoundException or DirectoryNotFoundException ? "[Errno 2] No such file or directory" : "[Errno 13] Permission denied";
                return UsageError(stderr, "argument infile: can't open '" + file + "': " + reason + ": '" + file + "'");
            }
            name = file;
        }

        var warnings = new List<ParserWarning>();
        Mod tree;
        try
        {
            tree = Parser.Parse(source, name, mode, new ParserOptions { TypeComments = typeComments, Warnings = warnings });
        }
        catch (PythonSyntaxError e)
        {
            WriteWarnings(stderr, name, warnings, source);
            WriteSyntaxError(stderr, e);
            return 1;
        }
        WriteWarnings(stderr, name, warnings, source);
        string text;
        try
        {
            // ast.parse builds Python objects recursively and gives up this deep under -m ast.
            text = AstDump.Dump(tree, attributes, new string(' ', Math.Max(indent, 0)), maxDepth: 2996);
        }
        catch (InsufficientExecutionStackException)
        {
            stderr.Write("Traceback (most recent call last):\nRecursionError: maximum recursion depth exceeded during ast construction\n");
            return 1;
        }
        stdout.Write(text);
        stdout.Write('\n');
        stdout.Flush();
        return 0;
    }

    private static string? OptionValue(string[] args, ref int i, string arg, string shortName, string longName)
    {
        if (arg == shortName || arg == longName)
        {
            return i + 1 < args.Length ? args[++i] : null;
        }
        if (arg.StartsWith(longName + "=", StringComparison.Ordinal)) return arg[(longName.Length + 1)..];
        return arg[shortName.Length..];
    }

    private static int UsageError(TextWriter stderr, string message)
    {
        stderr.Write(Usage);
        stderr.Write("python -m ast: error: " + message + "\n");
        return 2;
    }

    /// <summary>
    /// Warnings as Python shows them: each with the stripped source line (which linecache reads
    /// from the file) below.
    /// </summary>
    private static void WriteWarnings(TextWriter stderr, string file, List<ParserWarning> warnings, byte[] source)
    {
        if (warnings.Count == 0) return;
        string[] lines = System.Text.Encoding.UTF8.GetString(source).Split('\n');
        foreach (ParserWarning w in warnings)
        {
            stderr.Write(file + ":" + w.Lineno + ": " + w.Category + ": " + w.Message + "\n");
            string line = w.Lineno >= 1 && w.Lineno <= lines.Length && file != "<stdin>" ? lines[w.Lineno - 1].Trim() : "";
            if (line.Length > 0) stderr.Write("  " + line + "\n");
        }
    }

    /// <summary>The end of CPython's traceback for a SyntaxError (or the MemoryError of a parser stack overflow).</summary>
    private static void WriteSyntaxError(TextWriter stderr, PythonSyntaxError e)
    {
        stderr.Write("Traceback (most recent call last):\n");
        if (e.ErrorType == "MemoryError")
        {
            stderr.Write(e.ErrorType + ": " + e.Message + "\n");
        }
        else
        {
            SyntaxErrorPrinter.Print(e, stderr);
        }

        stderr.Flush();
    }
}
