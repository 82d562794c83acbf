using PyBuild.Tool.Commands;

namespace PyBuild.Tool;

/// <summary>Parses python's command line and dispatches to a module command or the VM.</summary>
internal static class CommandLine
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length >= 2 && args[0] == "-m")
        {
            string[] rest = args[2..];
            switch (args[1])
            {
                case "tokenize": return TokenizeCommand.Run(rest, stdout, stderr);
                case "ast": return AstCommand.Run(rest, stdout, stderr);
                case "dis": return DisCommand.Run(rest, stdout, stderr);
            }
        }
        stderr.WriteLine("dotnet pyrun: not supported yet: " + string.Join(' ', args));
        return 2;
    }
}
