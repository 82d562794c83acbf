namespace PyBuild.Tool;

/// <summary>The <c>dotnet pyrun</c> command line, modelled on <c>python3.12</c>'s.</summary>
internal static class Program
{
    private static int Main(string[] args) => CommandLine.Run(args, Console.Out, Console.Error);
}
