using System.Runtime.CompilerServices;

namespace PyBuild.Compiler.Tests.Marshal;

/// <summary>
/// The CPython-generated expected data beside these tests (see generate_expected.py for the command
/// that regenerates it), found through the source path so the project file needs no content items.
/// </summary>
internal static class TestData
{
    public static string MarshalDirectory { get; } = Here();

    public static string SnippetsDirectory => Path.Combine(MarshalDirectory, "Snippets");

    public static IEnumerable<object[]> SnippetNames()
    {
        foreach (var path in Directory.GetFiles(SnippetsDirectory, "*.py").Order(StringComparer.Ordinal))
        {
            yield return [Path.GetFileNameWithoutExtension(path)];
        }
    }

    /// <summary>CPython's marshalled code object for the snippet, compiled at optimization level 0 or 2.</summary>
    public static byte[] MarshalBytes(string snippet, int optimize = 0)
        => Convert.FromHexString(File.ReadAllText(Path.Combine(SnippetsDirectory, snippet + (optimize == 0 ? "" : ".opt-" + optimize) + ".marshal.hex")).Trim());

    public static string DisText(string snippet)
        => File.ReadAllText(Path.Combine(SnippetsDirectory, snippet + ".dis.txt"));

    private static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
