using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.Lexing;
using PyBuild.Compiler.Text;

namespace PyBuild.Compiler.Tests.Lexing;

/// <summary>
/// Opt-in corpus conformance of parser mode: every .py file under PYBUILD_CORPUS through our tokenizer and
/// CPython's C tokenizer (extra_tokens=False), compared token by token. CPython's streams are read from
/// PYBUILD_PARSER_TOKENS_EXPECTED when set, else generated with cpython_parser_tokens.py and the oracle
/// (PY312, default /work/shared/oracle/py312).
/// </summary>
[TestClass]
public sealed class ParserModeCorpusTests
{
    [TestMethod]
    public void CorpusTokensMatchCPython()
    {
        string? corpus = Environment.GetEnvironmentVariable("PYBUILD_CORPUS");
        if (string.IsNullOrEmpty(corpus) || !Directory.Exists(corpus))
        {
            Assert.Inconclusive("Set PYBUILD_CORPUS=/tmp/corpus (made by the oracle's corpus.py) to run the parser-mode tokenizer corpus test.");
            return;
        }
        string expected = Environment.GetEnvironmentVariable("PYBUILD_PARSER_TOKENS_EXPECTED") ?? Generate(corpus);
        int total = 0, same = 0;
        var diffs = new StringBuilder();
        foreach (string path in Directory.EnumerateFiles(corpus, "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string rel = Path.GetRelativePath(corpus, path);
            string theirs = File.ReadAllText(Path.Combine(expected, rel + ".ptok"), Encoding.UTF8);
            if (theirs.Contains("\nERROR|", StringComparison.Ordinal) || theirs.StartsWith("ERROR|", StringComparison.Ordinal))
            {
                continue;
            }
            total++;
            string ours = Ours(path);
            if (ours == theirs)
            {
                same++;
            }
            else if (diffs.Length < 4000)
            {
                diffs.Append(rel).Append(": ").AppendLine(FirstDifference(ours, theirs));
            }
        }
        string report = $"parser-mode token streams identical: {same}/{total}";
        Console.WriteLine(report);
        Console.WriteLine(diffs);
        Assert.AreEqual(total, same, report + Environment.NewLine + diffs);
    }

    /// <summary>
    /// The invalid corpus files: where our tokenizer fails, its message and position must be those listed in
    /// SYNTAX_ERRORS.txt; the files it accepts fail later, in the parser.
    /// </summary>
    [TestMethod]
    public void InvalidCorpusFilesGiveCPythonsLexicalErrors()
    {
        string? corpus = Environment.GetEnvironmentVariable("PYBUILD_CORPUS");
        string list = corpus is null ? "" : Path.Combine(corpus, "SYNTAX_ERRORS.txt");
        if (!File.Exists(list))
        {
            Assert.Inconclusive("Set PYBUILD_CORPUS=/tmp/corpus (with its SYNTAX_ERRORS.txt) to run this test.");
            return;
        }
        int lexical = 0, matching = 0, parserLevel = 0;
        var report = new StringBuilder();
        foreach (string line in File.ReadAllLines(list))
        {
            string[] f = line.Split('\t');
            string path = Path.Combine(corpus!, f[0]);
            try
            {
                LexicalErrorTests.TokenizeAll(File.ReadAllBytes(path), path);
                parserLevel++;
            }
            catch (PythonSyntaxError e)
            {
                lexical++;
                string ours = $"{e.Lineno}\t{e.Offset}\t{e.Message}";
                string theirs = string.Join('\t', f[1..]);
                if (ours == theirs)
                {
                    matching++;
                }
                else
                {
                    report.AppendLine($"{f[0]}: ours [{ours}] cpython [{theirs}]");
                }
            }
        }
        string summary = $"invalid corpus files: {matching}/{lexical} lexical errors match CPython; {parserLevel} left to the parser";
        Console.WriteLine(summary);
        Assert.AreEqual(lexical, matching, summary + Environment.NewLine + report);
    }

    internal static string Ours(string path)
    {
        var sb = new StringBuilder();
        try
        {
            SourceText source = SourceText.FromBytes(File.ReadAllBytes(path), path);
            var tokenizer = new Tokenizer(source, TokenizerOptions.None, path);
            while (true)
            {
                Token t = tokenizer.Next();
                // Where we differ from the C tokenizer on purpose (see Tokenizer): it has no columns or text
                // for INDENT/DEDENT, and types async/await as ASYNC/AWAIT.
                if (t.Kind is TokenKind.INDENT or TokenKind.DEDENT)
                {
                    t = t with { Text = "", StartColumn = -1, EndColumn = -1 };
                }
                else if (t.Kind == TokenKind.NAME && t.Text is "async" or "await")
                {
                    t = t with { Kind = t.Text == "async" ? TokenKind.ASYNC : TokenKind.AWAIT };
                }
                int sc = source.ToCharColumn(t.StartLine, t.StartColumn);
                bool stringLiteral = t.Kind is TokenKind.STRING or TokenKind.FSTRING_MIDDLE;
                // CPython's iterator ends NEWLINE at the line end itself; the parser's token one column later.
                int ec = t.Kind == TokenKind.NEWLINE
                    ? source.ToCharColumn(t.EndLine, t.EndColumn - 1)
                    : source.ToCharColumn(stringLiteral ? t.StartLine : t.EndLine, t.EndColumn);
                sb.Append((int)t.Kind).Append('|').Append(PyRepr(t.Text)).Append('|')
                  .Append(t.StartLine).Append(',').Append(sc).Append('-').Append(t.EndLine).Append(',').Append(ec).Append('\n');
                if (t.Kind == TokenKind.ENDMARKER)
                {
                    break;
                }
            }
        }
        catch (PythonSyntaxError e)
        {
            sb.Append("ERROR|").Append(e.Message).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>Python's repr() of a str, enough for token texts (ASCII escapes; other characters as they are).</summary>
    internal static string PyRepr(string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder().Append(quote);
        foreach (char ch in s)
        {
            switch (ch)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (ch == quote)
                    {
                        sb.Append('\\').Append(ch);
                    }
                    else if (ch < ' ' || ch == 0x7F)
                    {
                        sb.Append("\\x").Append(((int)ch).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(ch);
                    }
                    break;
            }
        }
        return sb.Append(quote).ToString();
    }

    private static string FirstDifference(string ours, string theirs)
    {
        string[] a = ours.Split('\n');
        string[] b = theirs.Split('\n');
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return $"token {i + 1}: ours [{a[i]}] cpython [{b[i]}]";
            }
        }
        return $"length {a.Length} vs {b.Length}";
    }

    private static string Generate(string corpus, [CallerFilePath] string here = "")
    {
        string py = Environment.GetEnvironmentVariable("PY312") is { Length: > 0 } p ? p : "/work/shared/oracle/py312";
        if (!File.Exists(py))
        {
            Assert.Inconclusive($"CPython 3.12 not found at {py}; set PY312 or PYBUILD_PARSER_TOKENS_EXPECTED.");
        }
        string dest = Path.Combine(Path.GetTempPath(), "pybuild-parser-tokens-expected");
        string script = Path.Combine(Path.GetDirectoryName(here)!, "cpython_parser_tokens.py");
        using var process = Process.Start(new ProcessStartInfo(py, [script, corpus, dest]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.AreEqual(0, process.ExitCode, "cpython_parser_tokens.py failed");
        return dest;
    }
}
