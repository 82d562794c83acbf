using System.Runtime.CompilerServices;

namespace PyBuild.Compiler.Tests.Lexing;

/// <summary>
/// Parser-mode token streams of Lexing/Samples/*.py against CPython's C tokenizer (extra_tokens=False),
/// committed as *.py.ptok. Regenerate in Lexing/Samples with <c>/work/shared/oracle/py312 ../cpython_parser_tokens.py . .</c>
/// </summary>
[TestClass]
public sealed class ParserModeSampleTests
{
    private static string SamplesDir([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Samples");

    public static IEnumerable<object[]> Samples()
    {
        foreach (string file in Directory.EnumerateFiles(SamplesDir(), "*.py").Order(StringComparer.Ordinal))
        {
            yield return [Path.GetFileName(file)];
        }
    }

    [TestMethod]
    [DynamicData(nameof(Samples))]
    public void MatchesCPython(string sample)
    {
        string path = Path.Combine(SamplesDir(), sample);
        Assert.AreEqual(File.ReadAllText(path + ".ptok"), ParserModeCorpusTests.Ours(path));
    }
}
