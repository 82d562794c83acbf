using PyBuild.Tool.Commands;

namespace PyBuild.Tool;

/// <summary>Parses python's command line and dispatches to a module command or the VM.</summary>
internal static class CommandLine
{
    private const string Usage = "usage: dotnet pyrun [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    private const string Help = Usage + """

        Options (and corresponding environment variables):
        -B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
        -c cmd : program passed in as string (terminates option list)
        -h     : print this help message and exit (also -? or --help)
        -I     : isolate Python from the user's environment (implies -E and -s)
        -m mod : run library module as a script (terminates option list)
        -O     : remove assert and __debug__-dependent statements; add .opt-1 before
                 .pyc extension; also PYTHONOPTIMIZE=x
        -OO    : do -O changes and also discard docstrings; add .opt-2 before
                 .pyc extension
        -u     : force the stdout and stderr streams to be unbuffered;
                 this option has no effect on stdin; also PYTHONUNBUFFERED=x
        -V     : print the Python version number and exit (also --version)
        Arguments:
        file   : program read from script file (a .pyc file runs directly)
        -      : program read from stdin
        arg ...: arguments passed to program in sys.argv[1:]
        Modules run by the tool itself: tokenize, ast, dis, py_compile, compileall.
        """;

    /// <summary>Runs the command line; returns the process exit status.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = new PythonOptions
        {
            DontWriteBytecode = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTHONDONTWRITEBYTECODE")),
            Unbuffered = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTHONUNBUFFERED")),
        };
        int i = 0;
        for (; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg == "--version") return PrintVersion(stdout);
            if (arg == "--help") return PrintHelp(stdout);
            if (arg == "-" || !arg.StartsWith('-') || arg.Length < 2) break;
            for (int k = 1; k < arg.Length; k++)
            {
                char c = arg[k];
                switch (c)
                {
                    case 'B': options.DontWriteBytecode = true; break;
                    case 'O': options.Optimize++; break;
                    case 'u': options.Unbuffered = true; break;
                    case 'I': options.Isolated = true; break;
                    case 'E': options.IgnoreEnvironment = true; break;
                    case 's' or 'S' or 'P' or 'q': break;
                    case 'V': return PrintVersion(stdout);
                    case 'h' or '?': return PrintHelp(stdout);
                    case 'c' or 'm':
                    {
                        string? value = k + 1 < arg.Length ? arg[(k + 1)..] : i + 1 < args.Length ? args[++i] : null;
                        if (value is null)
                        {
                            stderr.WriteLine($"Argument expected for the -{c} option");
                            return UsageError(stderr);
                        }
                        if (c == 'c')
                        {
                            options.Command = value;
                            options.Argv.Add("-c");
                        }
                        else
                        {
                            options.Module = value;
                            options.Argv.Add(value);
                        }
                        for (i++; i < args.Length; i++) options.Argv.Add(args[i]);
                        return Execute(options, stdout, stderr);
                    }
                    default:
                        stderr.WriteLine($"Unknown option: -{c}");
                        return UsageError(stderr);
                }
            }
        }
        if (i < args.Length)
        {
            options.Script = args[i];
            for (; i < args.Length; i++) options.Argv.Add(args[i]);
        }
        else
        {
            options.Script = "-";
            options.Argv.Add("");
        }
        return Execute(options, stdout, stderr);
    }

    private static int Execute(PythonOptions options, TextWriter stdout, TextWriter stderr)
    {
        if (options.Module is not null)
        {
            string[] rest = options.Argv.GetRange(1, options.Argv.Count - 1).ToArray();
            switch (options.Module)
            {
                case "tokenize": return TokenizeCommand.Run(rest, stdout, stderr);
                case "ast": return AstCommand.Run(rest, stdout, stderr);
                case "dis": return DisCommand.Run(rest, stdout, stderr);
                case "py_compile": return PyCompileCommand.Run(rest, stdout, stderr);
                case "compileall": return CompileAllCommand.Run(rest, stdout, stderr);
            }
        }
        return ProgramRunner.Run(options, stdout, stderr);
    }

    private static int PrintVersion(TextWriter stdout)
    {
        stdout.WriteLine("Python 3.12.1");
        return 0;
    }

    private static int PrintHelp(TextWriter stdout)
    {
        stdout.WriteLine(Help);
        return 0;
    }

    private static int UsageError(TextWriter stderr)
    {
        stderr.WriteLine(Usage);
        stderr.WriteLine("Try `dotnet pyrun -h' for more information.");
        return 2;
    }
}
