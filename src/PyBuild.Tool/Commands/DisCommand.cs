namespace PyBuild.Tool.Commands;

/// <summary><c>dotnet pyrun -m dis</c>, printing what <c>python3.12 -m dis</c> prints.</summary>
internal static class DisCommand
{
    /// <summary>Runs the command with the arguments after <c>-m dis</c>; returns the exit status.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("dotnet pyrun: not supported yet: -m dis");
        return 2;
    }
}
