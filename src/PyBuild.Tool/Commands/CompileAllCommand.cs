using PyBuild.Compiler;
using PyBuild.Compiler.Marshal;

namespace PyBuild.Tool.Commands;

/// <summary>
/// <c>dotnet pyrun -m compileall [-q] [-f] [-o LEVEL] [--invalidation-mode MODE] [-j N] DIR|FILE...</c>:
/// compiles every <c>.py</c> under the given folders (recursively) and files, skipping pycs that are
/// up to date unless <c>-f</c>; <c>-j 0</c> uses every core.
/// </summary>
internal static class CompileAllCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        int quiet = 0;
        bool force = false;
        var levels = new List<int>();
        var mode = PycInvalidationMode.Timestamp;
        int jobs = 1;
        var targets = new List<string>();
        args = SplitAttachedValues(args);
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-q": quiet++; break;
                case "-f": force = true; break;
                case "-o" when i + 1 < args.Length:
                    if (!int.TryParse(args[++i], System.Globalization.CultureInfo.InvariantCulture, out int level)) return InvalidInt("-o", args[i], stderr);
                    levels.Add(level);
                    break;
                case "-j" when i + 1 < args.Length:
                    if (!int.TryParse(args[++i], System.Globalization.CultureInfo.InvariantCulture, out jobs)) return InvalidInt("-j/--workers", args[i], stderr);
                    break;
                case "--invalidation-mode" when i + 1 < args.Length:
                    switch (args[++i])
                    {
                        case "timestamp": mode = PycInvalidationMode.Timestamp; break;
                        case "checked-hash": mode = PycInvalidationMode.CheckedHash; break;
                        case "unchecked-hash": mode = PycInvalidationMode.UncheckedHash; break;
                        default:
                            return ArgumentError($"argument --invalidation-mode: invalid choice: '{args[i]}' (choose from 'checked-hash', 'timestamp', 'unchecked-hash')", stderr);
                    }
                    break;
                default:
                    if (args[i].StartsWith('-') && args[i].Length > 1)
                    {
                        stderr.WriteLine($"dotnet pyrun: not supported yet: compileall option {args[i]}");
                        return 2;
                    }
                    targets.Add(args[i]);
                    break;
            }
        }
        if (levels.Count == 0) levels.Add(0);
        if (jobs <= 0) jobs = Environment.ProcessorCount;

        var files = new List<string>();
        bool ok = true;
        foreach (var target in targets)
        {
            if (Directory.Exists(target))
            {
                if (quiet < 2 && quiet == 0) stdout.WriteLine($"Listing '{target}'...");
                Collect(target, files, quiet, stdout);
            }
            else if (File.Exists(target))
            {
                files.Add(target);
            }
            else
            {
                if (quiet < 2) stderr.WriteLine($"Error: '{target}' does not exist");
                ok = false;
            }
        }

        var messages = new string?[files.Count];
        var warnings = new string?[files.Count];
        var failed = new bool[files.Count];
        void CompileOne(int index)
        {
            string file = files[index];
            var text = new StringWriter();
            var warningText = new StringWriter();
            foreach (int level in levels)
            {
                if (!force && CompileFile.IsUpToDate(file, level)) continue;
                if (quiet == 0) text.WriteLine($"Compiling '{file}'...");
                string? error = CompileFile.Compile(file, level, mode, warningText);
                if (error is null) continue;
                failed[index] = true;
                if (quiet >= 2) continue;
                if (quiet == 1) text.WriteLine($"*** Error compiling '{file}'...");
                else text.Write("***");
                text.WriteLine(error);
            }
            messages[index] = text.ToString();
            warnings[index] = warningText.ToString();
        }
        PythonCompiler.ForEach(files.Count, jobs, CompileOne);
        for (int i = 0; i < files.Count; i++)
        {
            stderr.Write(warnings[i]);
            stdout.Write(messages[i]);
            if (failed[i]) ok = false;
        }
        return ok ? 0 : 1;
    }

    private static void Collect(string directory, List<string> files, int quiet, TextWriter stdout)
    {
        var entries = new List<string>(Directory.EnumerateFileSystemEntries(directory));
        entries.Sort(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            string name = Path.GetFileName(entry);
            if (name == "__pycache__") continue;
            if (Directory.Exists(entry))
            {
                if (quiet == 0) stdout.WriteLine($"Listing '{entry}'...");
                Collect(entry, files, quiet, stdout);
            }
            else if (name.EndsWith(".py", StringComparison.Ordinal))
            {
                files.Add(entry);
            }
        }
    }
    /// <summary>
    /// Spells argparse's short forms out: <c>-j0</c> and <c>-o2</c> carry their value attached,
    /// <c>-qq</c> repeats a flag, <c>--workers=N</c> and <c>--invalidation-mode=M</c> use '='.
    /// </summary>
    private static string[] SplitAttachedValues(string[] args)
    {
        var result = new List<string>(args.Length);
        foreach (string arg in args)
        {
            if (arg.Length > 2 && arg[0] == '-' && arg[1] is 'j' or 'o') { result.Add(arg[..2]); result.Add(arg[2..]); }
            else if (arg.Length > 2 && arg[0] == '-' && arg.AsSpan(1).IndexOfAnyExcept('q') < 0) { for (int k = 1; k < arg.Length; k++) result.Add("-q"); }
            else if (arg.StartsWith("--workers=", StringComparison.Ordinal)) { result.Add("-j"); result.Add(arg["--workers=".Length..]); }
            else if (arg == "--workers") result.Add("-j");
            else if (arg.StartsWith("--invalidation-mode=", StringComparison.Ordinal)) { result.Add("--invalidation-mode"); result.Add(arg["--invalidation-mode=".Length..]); }
            else result.Add(arg);
        }
        return result.ToArray();
    }

    private static int InvalidInt(string option, string value, TextWriter stderr)
        => ArgumentError($"argument {option}: invalid int value: '{value}'", stderr);

    /// <summary>argparse's report of a bad command line: the usage, the error, status 2.</summary>
    private static int ArgumentError(string message, TextWriter stderr)
    {
        stderr.Write(Usage);
        stderr.WriteLine("compileall.py: error: " + message);
        return 2;
    }

    private const string Usage =
        "usage: compileall.py [-h] [-l] [-r RECURSION] [-f] [-q] [-b] [-d DESTDIR]\n" +
        "                     [-s STRIPDIR] [-p PREPENDDIR] [-x REGEXP] [-i FILE]\n" +
        "                     [-j WORKERS]\n" +
        "                     [--invalidation-mode {checked-hash,timestamp,unchecked-hash}]\n" +
        "                     [-o OPT_LEVELS] [-e DIR] [--hardlink-dupes]\n" +
        "                     [FILE|DIR ...]\n";
}
