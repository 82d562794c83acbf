using System.Text;
using System.Text.Json;
using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.Parsing;
using PyBuild.Compiler.Text;
using PyBuild.Compiler.Syntax;
using System.Runtime.CompilerServices;
using Assert = Microsoft.VisualStudio.TestTools.UnitTesting.Assert;

namespace PyBuild.Compiler.Tests.Parsing;

/// <summary>
/// Snippets covering the grammar in every mode, parsed and dumped with positions, against CPython
/// 3.12's <c>ast.dump(..., include_attributes=True)</c> from valid_snippets.json
/// (regenerate: <c>py312 valid_snippets.py &gt; valid_snippets.json</c>).
/// </summary>
[TestClass]
public sealed class ValidSyntaxTests
{
    [TestMethod]
    public void DumpsMatchCPython()
    {
        string path = Path.Combine(DataDir(), "valid_snippets.json");
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path));
        var failures = new StringBuilder();
        int total = 0;
        foreach (JsonElement e in doc.RootElement.EnumerateArray())
        {
            total++;
            string src = e.GetProperty("src").GetString()!;
            CompileMode mode = e.GetProperty("mode").GetString() switch
            {
                "eval" => CompileMode.Eval,
                "single" => CompileMode.Single,
                "func_type" => CompileMode.FuncType,
                _ => CompileMode.Exec,
            };
            var options = new ParserOptions { TypeComments = e.GetProperty("type_comments").GetBoolean() };
            string expected = e.GetProperty("dump").GetString()!;
            string actual;
            try
            {
                actual = AstDump.Dump(Parser.Parse(new SourceText(src), "<s>", mode, options), includeAttributes: true);
            }
            catch (PythonSyntaxError x)
            {
                actual = $"{x.ErrorType}: {x.Message} ({x.Lineno}, {x.Offset})";
            }
            if (actual != expected)
            {
                failures.Append(JsonSerializer.Serialize(src)).Append("\n    expected ").Append(expected).Append("\n    got      ").Append(actual).Append('\n');
            }
        }
        if (failures.Length > 0) Assert.Fail("differences from CPython:\n" + failures);
        Assert.AreEqual(55, total, "the data file lost entries");
    }

    [TestMethod]
    public void TypeIgnoresAreCollected()
    {
        // py312 -c "import ast; print(ast.dump(ast.parse('x = 1  # type: ignore[a]\n', type_comments=True)))"
        Mod tree = Parser.Parse("x = 1  # type: ignore[a]\n"u8, "<s>", CompileMode.Exec, new ParserOptions { TypeComments = true });
        Assert.AreEqual(
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[TypeIgnore(lineno=1, tag='[a]')])",
            AstDump.Dump(tree));
    }

    [TestMethod]
    public void DeepNestingRaisesCPythonsMemoryErrorNotStackOverflow()
    {
        // py312 -c "import ast; ast.parse('-' * 5969 + '1')"  -> MemoryError: Parser stack overflowed - ...
        byte[] deep = Encoding.ASCII.GetBytes(new string('-', 5969) + "1\n");
        var e = Assert.ThrowsExactly<PythonSyntaxError>(() => Parser.Parse(deep, "<s>", CompileMode.Exec));
        Assert.AreEqual("MemoryError", e.ErrorType);
        Assert.AreEqual("Parser stack overflowed - Python source too complex to parse", e.Message);
        // One level less parses (CPython then fails only when building Python objects for the tree).
        Parser.Parse(Encoding.ASCII.GetBytes(new string('-', 5968) + "1\n"), "<s>", CompileMode.Exec);
    }

    [TestMethod]
    public void WarnsAboutInvalidEscapes()
    {
        // py312 -W error -c "compile(r\"x = '\\d'\", 's', 'exec')" -> SyntaxError: invalid escape sequence '\d'
        var warnings = new List<ParserWarning>();
        Parser.Parse("x = '\\d'\n"u8, "<s>", CompileMode.Exec, new ParserOptions { Warnings = warnings });
        Assert.AreEqual(1, warnings.Count);
        Assert.AreEqual("invalid escape sequence '\\d'", warnings[0].Message);
        Assert.AreEqual(1, warnings[0].Lineno);
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
