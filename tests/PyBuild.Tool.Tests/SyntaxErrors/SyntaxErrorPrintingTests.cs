using System.Runtime.CompilerServices;
using PyBuild.Tool.Tests.Run;

namespace PyBuild.Tool.Tests.SyntaxErrors;

/// <summary>
/// Each broken file of Data/ shown the four ways CPython 3.12 shows a SyntaxError: running it (the
/// interpreter's printer), <c>-m ast</c> and <c>-m dis</c> (the same printer, below CPython's own frames)
/// and <c>-m py_compile</c> (the traceback module's format, "Sorry: ..." for IndentationError and
/// TabError). Expected text from CPython: generate_expected.sh.
/// </summary>
[TestClass]
public sealed class SyntaxErrorPrintingTests
{
    private static readonly Lazy<string> Scratch = new(CopyData);

    [TestMethod]
    [DataRow("run")]
    [DataRow("ast")]
    [DataRow("dis")]
    [DataRow("py_compile")]
    public void ErrorsAreShownAsCPythonShowsThem(string mode)
    {
        var expected = Sections(File.ReadAllText(Path.Combine(Here(), "expected." + mode + ".txt")));
        Assert.IsTrue(expected.Count >= 30, "expected sections missing");
        var failures = new List<string>();
        foreach (var (file, text) in expected)
        {
            string[] args = mode switch
            {
                "run" => new[] { file },
                _ => new[] { "-m", mode, file },
            };
            var (status, _, stderr) = Pyrun.Run(Scratch.Value, args);
            stderr = stderr.Replace(Scratch.Value + Path.DirectorySeparatorChar, "");
            string actual = mode is "ast" or "dis" ? FromEntry(stderr, file) : stderr;
            if (actual.Length > 0 && !actual.EndsWith('\n')) actual += "\n";

            // -m ast only parses: errors of the compiler's later stages are not raised there.
            int expectedStatus = text.Length == 0 ? 0 : 1;
            if (actual != text || status != expectedStatus)
            {
                failures.Add($"{file} (exit {status}):\n--- CPython\n{text}--- PyBuild\n{actual}");
            }
        }

        Assert.AreEqual(0, failures.Count, string.Join("\n", failures));
    }

    /// <summary>
    /// The warnings of a file that compiles, printed before it runs (and by py_compile and
    /// compileall), once per distinct warning; the expected text is CPython 3.12's stderr for it.
    /// </summary>
    [TestMethod]
    [DataRow("run")]
    [DataRow("py_compile")]
    [DataRow("compileall")]
    public void WarningsAreShownAsCPythonShowsThem(string mode)
    {
        string dir = Path.Combine(Path.GetTempPath(), "pybuild-warnings-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "w.py"), "x = 1\nif x is 1:\n    print(\"one\")\ny = \"\\d\"\nif x is 1: pass\nassert (x, \"msg\")\n");
        string[] args = mode switch
        {
            "run" => ["w.py"],
            "py_compile" => ["-m", "py_compile", "w.py"],
            _ => ["-m", "compileall", "-q", "w.py"],
        };
        var (status, stdout, stderr) = Pyrun.Run(dir, args);
        const string Expected =
            "w.py:4: SyntaxWarning: invalid escape sequence '\\d'\n" +
            "  y = \"\\d\"\n" +
            "w.py:2: SyntaxWarning: \"is\" with 'int' literal. Did you mean \"==\"?\n" +
            "  if x is 1:\n" +
            "w.py:5: SyntaxWarning: \"is\" with 'int' literal. Did you mean \"==\"?\n" +
            "  if x is 1: pass\n" +
            "w.py:6: SyntaxWarning: assertion is always true, perhaps remove parentheses?\n" +
            "  assert (x, \"msg\")\n";
        Assert.AreEqual(0, status, stderr);
        Assert.AreEqual(Expected, stderr.Replace(dir + Path.DirectorySeparatorChar, ""));
        Assert.AreEqual(mode == "run" ? "one\n" : "", stdout);
    }

    /// <summary>The stderr from the file's own traceback entry on.</summary>
    private static string FromEntry(string stderr, string file)
    {
        int at = stderr.IndexOf($"  File \"{file}\"", StringComparison.Ordinal);
        return at < 0 ? stderr : stderr[at..];
    }

    private static List<(string File, string Text)> Sections(string expected)
    {
        var sections = new List<(string, string)>();
        string? file = null;
        var text = new System.Text.StringBuilder();
        foreach (string line in expected.Split('\n'))
        {
            if (line.StartsWith("== ", StringComparison.Ordinal))
            {
                if (file != null) sections.Add((file, text.ToString()));
                file = line[3..];
                text.Clear();
            }
            else if (file != null)
            {
                text.Append(line).Append('\n');
            }
        }

        if (file != null) sections.Add((file, text.ToString().TrimEnd('\n') + "\n"));
        for (int i = 0; i < sections.Count; i++)
        {
            if (sections[i].Item2 == "\n") sections[i] = (sections[i].Item1, "");
        }
        return sections;
    }

    private static string CopyData()
    {
        string scratch = Path.Combine(Path.GetTempPath(), "pybuild-syntax-errors-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        foreach (string file in Directory.GetFiles(Path.Combine(Here(), "Data"), "*.py"))
        {
            File.Copy(file, Path.Combine(scratch, Path.GetFileName(file)));
        }

        return scratch;
    }

    private static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
