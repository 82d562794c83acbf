namespace PyBuild.Tool.Commands;

/// <summary><c>dotnet pyrun -m ast</c>, printing what <c>python3.12 -m ast</c> prints.</summary>
internal static class AstCommand
{
    /// <summary>Runs the command with the arguments after <c>-m ast</c>; returns the exit status.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("dotnet pyrun: not supported yet: -m ast");
        return 2;
    }
}
