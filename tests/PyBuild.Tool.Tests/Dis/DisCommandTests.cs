using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PyBuild.Tool.Commands;

namespace PyBuild.Tool.Tests.Dis;

/// <summary>
/// <c>-m dis</c> against <c>python3.12 -m dis</c>: the expected texts in Data/ come from CPython
/// (regenerate with generate_expected.sh); error texts are CPython's argparse messages.
/// </summary>
[TestClass]
public sealed partial class DisCommandTests
{
    private static readonly string DataDirectory = Path.Combine(Here(), "Data");

    public static IEnumerable<object[]> Files()
    {
        foreach (var path in Directory.GetFiles(DataDirectory, "*.py").Order(StringComparer.Ordinal))
        {
            yield return [Path.GetFileName(path)];
        }
    }

    [TestMethod]
    [DynamicData(nameof(Files))]
    public void PrintsWhatCPythonPrints(string file)
    {
        var (status, stdout, stderr) = Run(Path.Combine(DataDirectory, file));
        if (status == 1 && stderr.StartsWith("not supported yet:", StringComparison.Ordinal))
        {
            // The compiler's stub: its message goes to stderr with status 1, nothing to stdout.
            Assert.AreEqual("", stdout);
            Assert.Inconclusive("the compiler is not implemented yet: " + stderr.Trim());
        }
        Assert.AreEqual("", stderr);
        Assert.AreEqual(0, status);
        string expected = File.ReadAllText(Path.Combine(DataDirectory, Path.ChangeExtension(file, ".dis.txt")));
        string actual = stdout.Replace(Path.Combine(DataDirectory, file), file, StringComparison.Ordinal);
        Assert.AreEqual(Mask(expected), Mask(actual));
    }

    [TestMethod]
    public void AMissingFileIsAnArgumentError()
    {
        // CPython: python3.12 -m dis nonexist.py (status 2).
        var (status, stdout, stderr) = Run("nonexist.py");
        Assert.AreEqual(2, status);
        Assert.AreEqual("", stdout);
        Assert.AreEqual("usage: dis.py [-h] [infile]\ndis.py: error: argument infile: can't open 'nonexist.py': [Errno 2] No such file or directory: 'nonexist.py'\n", stderr);
    }

    [TestMethod]
    public void ExtraArgumentsAreAnArgumentError()
    {
        // CPython: python3.12 -m dis -x a (with a existing) (status 2).
        string file = Path.Combine(DataDirectory, "closures.py");
        var (status, _, stderr) = Run("-x", file);
        Assert.AreEqual(2, status);
        Assert.AreEqual("usage: dis.py [-h] [infile]\ndis.py: error: unrecognized arguments: -x\n", stderr);
    }

    [TestMethod]
    public void HelpIsPrinted()
    {
        // CPython: python3.12 -m dis -h (status 0).
        var (status, stdout, _) = Run("-h");
        Assert.AreEqual(0, status);
        Assert.AreEqual("usage: dis.py [-h] [infile]\n\npositional arguments:\n  infile\n\noptions:\n  -h, --help  show this help message and exit\n", stdout);
    }

    private static (int Status, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int status = DisCommand.Run(args, stdout, stderr);
        return (status, stdout.ToString(), stderr.ToString());
    }

    private static string Mask(string text) => AddressPattern().Replace(text, "0xADDRESS");

    [GeneratedRegex("0x[0-9a-f]+")]
    private static partial Regex AddressPattern();

    private static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
