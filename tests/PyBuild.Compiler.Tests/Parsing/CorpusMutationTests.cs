using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.Parsing;
using PyBuild.Compiler.Text;
using Assert = Microsoft.VisualStudio.TestTools.UnitTesting.Assert;

namespace PyBuild.Compiler.Tests.Parsing;

/// <summary>
/// Opt-in error conformance: thousands of corpus chunks with a few characters deleted, each
/// parsed by us and by CPython 3.12 (corpus_mutations.py beside this file), comparing the error
/// class, message and positions (or that both accept it).
/// Run: <c>PYBUILD_CORPUS=/tmp/corpus dotnet test tests/PyBuild.Compiler.Tests --filter CorpusMutationTests</c>.
/// </summary>
[TestClass]
public sealed class CorpusMutationTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void MutatedSnippetsGetCPythonsErrors()
    {
        string? corpus = Environment.GetEnvironmentVariable("PYBUILD_CORPUS");
        if (string.IsNullOrEmpty(corpus) || !Directory.Exists(corpus))
        {
            Assert.Inconclusive("set PYBUILD_CORPUS to a corpus folder (see /work/shared/oracle/corpus.py) to run this test");
        }
        string json = Path.Combine(Path.GetTempPath(), "pybuild-corpus-mutations.json");
        var psi = new ProcessStartInfo(Environment.GetEnvironmentVariable("PY312") is { Length: > 0 } py ? py : "/work/shared/oracle/py312")
        {
            ArgumentList = { Path.Combine(DataDir(), "corpus_mutations.py"), corpus, json },
        };
        try
        {
            using Process p = Process.Start(psi)!;
            p.WaitForExit();
            if (p.ExitCode != 0) Assert.Inconclusive("CPython 3.12 failed to produce the expected answers");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Inconclusive("CPython 3.12 (py312 or $PY312) is needed for this test");
        }

        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(json));
        int same = 0, total = 0;
        var failures = new StringBuilder();
        foreach (JsonElement e in doc.RootElement.EnumerateArray())
        {
            string src = e.GetProperty("src").GetString()!;
            string want = e.GetProperty("err").GetString()!;
            string got;
            try
            {
                Parser.Parse(new SourceText(src), "<s>", CompileMode.Exec);
                got = "OK";
            }
            catch (PythonSyntaxError x)
            {
                got = CorpusAstTests.ErrorLine(x)["error: ".Length..].TrimEnd('\n');
            }
            total++;
            if (got == want) same++;
            else failures.Append(JsonSerializer.Serialize(src)).Append("\n    expected ").Append(want).Append("\n    got      ").Append(got).Append('\n');
        }
        string summary = $"mutated snippets: {same} of {total} as CPython";
        TestContext.WriteLine(summary);
        if (failures.Length > 0) Assert.Fail(summary + ":\n" + failures);
    }

    /// <summary>The folder of this source file (or the copy beside the test assembly).</summary>
    private static string DataDir([CallerFilePath] string sourceFile = "")
    {
        string? dir = Path.GetDirectoryName(sourceFile);
        return dir != null && Directory.Exists(dir) ? dir : Path.Combine(AppContext.BaseDirectory, "Parsing");
    }
}
