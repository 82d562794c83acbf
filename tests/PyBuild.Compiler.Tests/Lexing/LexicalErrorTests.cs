using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.Lexing;
using PyBuild.Compiler.Text;

namespace PyBuild.Compiler.Tests.Lexing;

/// <summary>
/// Lexical errors in parser mode against CPython's compile() errors in LexicalErrors.jsonl
/// (regenerate with <c>/work/shared/oracle/py312 lexical_errors.py</c> in this folder).
/// </summary>
[TestClass]
public sealed class LexicalErrorTests
{
    private static string Here([CallerFilePath] string here = "") => Path.GetDirectoryName(here)!;

    public static IEnumerable<object[]> Cases()
    {
        foreach (string line in File.ReadLines(Path.Combine(Here(), "LexicalErrors.jsonl")))
        {
            yield return [line];
        }
    }

    public static string CaseName(System.Reflection.MethodInfo method, object?[] data) =>
        JsonDocument.Parse((string)data[0]!).RootElement.GetProperty("name").GetString()!;

    [TestMethod]
    [DynamicData(nameof(Cases), DynamicDataDisplayName = nameof(CaseName))]
    public void MatchesCompile(string json)
    {
        JsonElement row = JsonDocument.Parse(json).RootElement;
        byte[] source = Encoding.Latin1.GetBytes(row.GetProperty("source").GetString()!);
        PythonSyntaxError e = Assert.ThrowsExactly<PythonSyntaxError>(() => TokenizeAll(source, "case.py"));
        string expected = $"{row.GetProperty("type").GetString()}: {row.GetProperty("msg").GetString()} " +
            $"{row.GetProperty("lineno").GetInt32()} {row.GetProperty("offset").GetInt32()} " +
            $"{row.GetProperty("end_lineno").GetInt32()} {row.GetProperty("end_offset").GetInt32()} " +
            $"[{(row.GetProperty("text").ValueKind == JsonValueKind.Null ? null : row.GetProperty("text").GetString())}]";
        string actual = $"{e.ErrorType}: {e.Message} {e.Lineno} {e.Offset} {e.EndLineno} {e.EndOffset} [{e.Text}]";
        Assert.AreEqual(expected, actual);
    }

    internal static void TokenizeAll(byte[] source, string filename)
    {
        var tokenizer = new Tokenizer(SourceText.FromBytes(source, filename), TokenizerOptions.None, filename);
        while (tokenizer.Next().Kind != TokenKind.ENDMARKER)
        {
        }
    }
}
