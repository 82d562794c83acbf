namespace PyBuild.Tool.Commands;

/// <summary><c>dotnet pyrun -m tokenize</c>, printing what <c>python3.12 -m tokenize</c> prints.</summary>
internal static class TokenizeCommand
{
    /// <summary>Runs the command with the arguments after <c>-m tokenize</c>; returns the exit status.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("dotnet pyrun: not supported yet: -m tokenize");
        return 2;
    }
}
