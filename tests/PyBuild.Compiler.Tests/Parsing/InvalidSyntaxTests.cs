using System.Text;
using System.Text.Json;
using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.Parsing;
using PyBuild.Compiler.Text;
using System.Runtime.CompilerServices;
using Assert = Microsoft.VisualStudio.TestTools.UnitTesting.Assert;

namespace PyBuild.Compiler.Tests.Parsing;

/// <summary>
/// Invalid snippets against CPython 3.12's SyntaxError (class, message, positions), from
/// invalid_snippets.json (regenerate: <c>py312 invalid_snippets.py &gt; invalid_snippets.json</c>).
/// Snippets listed in invalid_known_differences.txt (one JSON-escaped source per line) are the
/// ones we do not match yet: they are counted and reported, and a listed snippet that starts to
/// match fails the test so that the list only shrinks.
/// </summary>
[TestClass]
public sealed class InvalidSyntaxTests
{
    public TestContext TestContext { get; set; } = null!;

    private sealed record Expected(string Src, string Class, string Msg, int? Lineno, int? Offset, int? EndLineno, int? EndOffset);

    [TestMethod]
    public void ErrorsMatchCPython()
    {
        string dir = DataDir();
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "invalid_snippets.json")));
        var known = new HashSet<string>(File.ReadAllLines(Path.Combine(dir, "invalid_known_differences.txt")).Where(l => l.Length > 0), StringComparer.Ordinal);
        var unexpected = new StringBuilder();
        var nowMatching = new StringBuilder();
        int same = 0, total = 0;
        foreach (JsonElement e in doc.RootElement.EnumerateArray())
        {
            total++;
            var expected = new Expected(
                e.GetProperty("src").GetString()!, e.GetProperty("class").GetString()!, e.GetProperty("msg").GetString()!,
                Int(e, "lineno"), Int(e, "offset"), Int(e, "end_lineno"), Int(e, "end_offset"));
            string want = Describe(expected.Class, expected.Msg, expected.Lineno, expected.Offset, expected.EndLineno, expected.EndOffset);
            string got = Run(expected.Src);
            string key = JsonSerializer.Serialize(expected.Src);
            if (got == want)
            {
                same++;
                if (known.Contains(key)) nowMatching.Append(key).Append('\n');
            }
            else if (!known.Contains(key))
            {
                unexpected.Append(key).Append("\n    expected ").Append(want).Append("\n    got      ").Append(got).Append('\n');
            }
        }
        TestContext.WriteLine($"invalid snippets: {same} of {total} match CPython");
        if (unexpected.Length > 0) Assert.Fail($"{same} of {total} match; these differ:\n{unexpected}");
        if (nowMatching.Length > 0) Assert.Fail("these now match; remove them from invalid_known_differences.txt:\n" + nowMatching);
    }

    [TestMethod]
    public void BytesWithoutDeclarationReportByteOffsets()
    {
        // CPython's parser converts offsets to characters only when its tokenizer knows the encoding:
        // py312 -c "import ast; ast.parse(b\"x = '\xc3\xa9' 1\n\")"      -> offset 10, end 11 (bytes)
        // py312 -c "import ast; ast.parse(b\"# coding: utf-8\nx = '\xc3\xa9' 1\n\")" -> offset 9, end 10
        var e = Assert.ThrowsExactly<PythonSyntaxError>(() => Parser.Parse("x = '\u00e9' 1\n"u8.ToArray(), "<s>", CompileMode.Exec));
        Assert.AreEqual((1, 10, 1, 11), (e.Lineno, e.Offset, e.EndLineno, e.EndOffset));
        e = Assert.ThrowsExactly<PythonSyntaxError>(() => Parser.Parse(Encoding.UTF8.GetBytes("# coding: utf-8\nx = '\u00e9' 1\n"), "<s>", CompileMode.Exec));
        Assert.AreEqual((2, 9, 2, 10), (e.Lineno, e.Offset, e.EndLineno, e.EndOffset));
    }

    private static int? Int(JsonElement e, string name)
        => e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetInt32();

    private static string Describe(string cls, string msg, int? lineno, int? offset, int? endLineno, int? endOffset)
        => $"{cls}: {msg} ({lineno?.ToString() ?? "None"}, {offset?.ToString() ?? "None"}, {endLineno?.ToString() ?? "None"}, {endOffset?.ToString() ?? "None"})";

    private static string Run(string src)
    {
        try
        {
            Parser.Parse(new SourceText(src), "<s>", CompileMode.Exec);
            return "no error";
        }
        catch (PythonSyntaxError e)
        {
            return Describe(e.ErrorType, e.Message, e.Lineno, e.Offset, e.EndLineno == 0 ? null : e.EndLineno, e.EndLineno == 0 && e.EndOffset == 0 ? null : e.EndOffset);
        }
        catch (Exception e)
        {
            return "crash: " + e.GetType().Name + ": " + e.Message;
        }
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
