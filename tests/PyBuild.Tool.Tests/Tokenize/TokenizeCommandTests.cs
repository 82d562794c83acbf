using System.Runtime.CompilerServices;
using PyBuild.Tool.Commands;

namespace PyBuild.Tool.Tests.Tokenize;

/// <summary>
/// <c>-m tokenize</c> in-process on the sample files in Tokenize/Samples, compared with CPython's output
/// committed next to each sample. Regenerate the expected files with:
/// <c>/work/shared/oracle/py312 Tokenize/regenerate_samples.py</c> (from this project's folder).
/// </summary>
[TestClass]
public sealed class TokenizeCommandTests
{
    /// <summary>The samples beside this source file (the test data is read from the source tree).</summary>
    internal static string SamplesDir => Path.Combine(Here(), "Samples");

    internal static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    public static IEnumerable<object[]> Samples()
    {
        foreach (string file in Directory.EnumerateFiles(SamplesDir, "*.py").Order(StringComparer.Ordinal))
        {
            yield return [Path.GetFileName(file), false];
            yield return [Path.GetFileName(file), true];
        }
    }

    [TestMethod]
    [DynamicData(nameof(Samples))]
    public void MatchesCPython(string sample, bool exact)
    {
        string cwd = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = SamplesDir;
            var stdout = new StringWriter { NewLine = "\n" };
            var stderr = new StringWriter { NewLine = "\n" };
            int rc = TokenizeCommand.Run(exact ? ["-e", sample] : [sample], stdout, stderr);
            string ours = $"{rc}\n{PyRepr(stderr.ToString())}\n{stdout}";
            string expected = File.ReadAllText(Path.Combine(SamplesDir, sample + (exact ? ".tok-e" : ".tok")));
            Assert.AreEqual(expected, ours);
        }
        finally
        {
            Environment.CurrentDirectory = cwd;
        }
    }

    [TestMethod]
    public void MissingFileReportsOSError()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int rc = TokenizeCommand.Run(["no_such_file.py"], stdout, stderr);
        Assert.AreEqual(1, rc);
        Assert.AreEqual("error: [Errno 2] No such file or directory: 'no_such_file.py'\n", stderr.ToString());
    }

    [TestMethod]
    public void HelpAndBadArguments()
    {
        // Expected text from `python3.12 -m tokenize -h` and `python3.12 -m tokenize a b` (exit 2).
        var stdout = new StringWriter();
        Assert.AreEqual(0, TokenizeCommand.Run(["-h"], stdout, new StringWriter()));
        Assert.AreEqual(
            "usage: python -m tokenize [-h] [-e] [filename.py]\n\npositional arguments:\n  filename.py  the file to tokenize; defaults to stdin\n\n" +
            "options:\n  -h, --help   show this help message and exit\n  -e, --exact  display token names using the exact type\n",
            stdout.ToString());
        var stderr = new StringWriter();
        Assert.AreEqual(2, TokenizeCommand.Run(["a", "b"], new StringWriter(), stderr));
        Assert.AreEqual("usage: python -m tokenize [-h] [-e] [filename.py]\npython -m tokenize: error: unrecognized arguments: b\n", stderr.ToString());
    }

    /// <summary>The stderr text as the generator script writes it (Python's repr of a str).</summary>
    internal static string PyRepr(string s) => TokenizeCommand.PyRepr(s);
}
