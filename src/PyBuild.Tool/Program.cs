namespace PyBuild.Tool;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.Error.WriteLine("dotnet pyrun: not supported yet");
        return 2;
    }
}
