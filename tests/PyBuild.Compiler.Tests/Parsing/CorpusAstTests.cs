using System.Diagnostics;
using System.Text;
using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.Parsing;
using PyBuild.Compiler.Syntax;
using System.Runtime.CompilerServices;
using Assert = Microsoft.VisualStudio.TestTools.UnitTesting.Assert;

namespace PyBuild.Compiler.Tests.Parsing;

/// <summary>
/// Opt-in corpus conformance: every .py file under <c>$PYBUILD_CORPUS</c> parsed and dumped as
/// <c>python3.12 -m ast -a</c> does, compared with CPython's text. The expected texts come from
/// <c>py312 corpus_ast_dump.py CORPUS DEST</c> (beside this file); set <c>PYBUILD_CORPUS_AST=DEST</c>
/// to reuse them, otherwise the test runs that script itself (CPython needed).
/// Run: <c>PYBUILD_CORPUS=/tmp/corpus dotnet test tests/PyBuild.Compiler.Tests --filter CorpusAstTests</c>.
/// </summary>
[TestClass]
public sealed class CorpusAstTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void CorpusDumpsMatchCPython()
    {
        string? corpus = Environment.GetEnvironmentVariable("PYBUILD_CORPUS");
        if (string.IsNullOrEmpty(corpus) || !Directory.Exists(corpus))
        {
            Assert.Inconclusive("set PYBUILD_CORPUS to a corpus folder (see /work/shared/oracle/corpus.py) to run this test");
        }
        string expectedDir = Environment.GetEnvironmentVariable("PYBUILD_CORPUS_AST") ?? GenerateExpected(corpus);

        var files = Directory.GetFiles(corpus, "*.py", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        int same = 0;
        long bytes = 0;
        var parseTime = new Stopwatch();
        var failures = new StringBuilder();
        foreach (string file in files)
        {
            string expectedFile = Path.Combine(expectedDir, Path.GetRelativePath(corpus, file)) + ".ast";
            if (!File.Exists(expectedFile)) continue;
            string expected = File.ReadAllText(expectedFile);
            byte[] source = File.ReadAllBytes(file);
            bytes += source.Length;
            string actual;
            parseTime.Start();
            try
            {
                Mod tree = Parser.Parse(source, file, CompileMode.Exec, new ParserOptions { TypeComments = true });
                parseTime.Stop();
                actual = AstDump.Dump(tree, includeAttributes: true, indent: 3) + "\n";
            }
            catch (PythonSyntaxError e)
            {
                parseTime.Stop();
                actual = ErrorLine(e);
            }
            catch (Exception e) when (e is not AssertFailedException)
            {
                parseTime.Stop();
                actual = "crash: " + e.GetType().Name + ": " + e.Message + "\n";
            }
            if (actual == expected) same++;
            else failures.Append(Path.GetRelativePath(corpus, file)).Append('\t').Append(FirstDifference(expected, actual)).Append('\n');
        }
        double mbps = bytes / 1e6 / Math.Max(parseTime.Elapsed.TotalSeconds, 1e-9);
        string summary = $"corpus ast: {same} same of {files.Length}; parse {bytes / 1e6:F1} MB in {parseTime.Elapsed.TotalSeconds:F2} s ({mbps:F1} MB/s)";
        TestContext.WriteLine(summary);
        string report = Path.Combine(Path.GetTempPath(), "pybuild-corpus-ast-failures.txt");
        File.WriteAllText(report, summary + "\n" + failures);
        if (failures.Length > 0) Assert.Fail(summary + "; differences listed in " + report);
    }

    /// <summary>The error as corpus_ast_dump.py writes it; end positions of 0 are CPython's None.</summary>
    internal static string ErrorLine(PythonSyntaxError e)
    {
        string endLine = e.EndLineno == 0 ? "None" : e.EndLineno.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string endOffset = e.EndLineno == 0 && e.EndOffset == 0 ? "None" : e.EndOffset.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"error: {e.ErrorType}: {e.Message} ({e.Lineno}, {e.Offset}, {endLine}, {endOffset})\n";
    }

    private static string FirstDifference(string expected, string actual)
    {
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        for (int i = 0; i < Math.Min(e.Length, a.Length); i++)
        {
            if (e[i] != a[i]) return $"line {i + 1}: expected {e[i].Trim()} got {a[i].Trim()}";
        }
        return $"length: expected {e.Length} lines, got {a.Length}";
    }

    private static string GenerateExpected(string corpus)
    {
        string dest = Path.Combine(Path.GetTempPath(), "pybuild-corpus-ast-expected");
        string script = Path.Combine(DataDir(), "corpus_ast_dump.py");
        var psi = new ProcessStartInfo("/work/shared/oracle/py312") { ArgumentList = { script, corpus, dest }, RedirectStandardError = true };
        string? py = Environment.GetEnvironmentVariable("PY312");
        if (!string.IsNullOrEmpty(py)) psi.FileName = py;
        try
        {
            using Process p = Process.Start(psi)!;
            p.StandardError.ReadToEnd();
            p.WaitForExit();
            if (p.ExitCode != 0) Assert.Inconclusive("CPython 3.12 failed to produce the expected dumps");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Inconclusive("CPython 3.12 (py312 or $PY312) is needed to produce the expected dumps; or set PYBUILD_CORPUS_AST");
        }
        return dest;
    }

    /// <summary>
    /// The folder of this source file, where the test data (produced by CPython) lives; a copy
    /// beside the test assembly when the build mapped source paths away.
    /// </summary>
    private static string DataDir([CallerFilePath] string sourceFile = "")
    {
        string? dir = Path.GetDirectoryName(sourceFile);
        return dir != null && Directory.Exists(dir) ? dir : Path.Combine(AppContext.BaseDirectory, "Parsing");
    }
}
