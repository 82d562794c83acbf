using System.Runtime.CompilerServices;
using PyBuild.Compiler.Diagnostics;

namespace PyBuild.Compiler.Tests.Fuzz;

/// <summary>
/// Mutates real Python sources (the committed snippets and VM test programs) with a fixed seed and
/// compiles every mutant: the only failures allowed are CPython's compile errors
/// (<see cref="PythonSyntaxError"/>) and "not supported yet"; any other exception is a bug. The
/// mutations are the ones that break tokenizers and parsers: byte deletion, duplication and
/// insertion of brackets, quotes, NULs, tabs, invalid UTF-8 and deep nesting.
/// </summary>
[TestClass]
public sealed class FrontEndFuzzTests
{
    private const int Seed = 20261128;
    private const int MutantsPerFile = 60;

    private static readonly byte[][] Insertions =
    [
        "("u8.ToArray(), ")"u8.ToArray(), "["u8.ToArray(), "{"u8.ToArray(), "\""u8.ToArray(), "'"u8.ToArray(),
        "\"\"\""u8.ToArray(), "f\"{"u8.ToArray(), "\\"u8.ToArray(), "\n"u8.ToArray(), "\t"u8.ToArray(),
        " "u8.ToArray(), ":"u8.ToArray(), "lambda"u8.ToArray(), "yield"u8.ToArray(), "*"u8.ToArray(),
        "**"u8.ToArray(), "="u8.ToArray(), ":="u8.ToArray(), "0x"u8.ToArray(), "1e"u8.ToArray(),
        "\r"u8.ToArray(), [0], [0xff], [0xc3], [0xed, 0xa0, 0x80], "\u00a0"u8.ToArray(),
        "# coding: latin-1\n"u8.ToArray(), "match"u8.ToArray(), "case"u8.ToArray(), "async"u8.ToArray(),
    ];

    [TestMethod]
    [Timeout(600_000)]
    public void MutantsGiveOnlyCompileErrors()
    {
        var random = new Random(Seed);
        var sources = Sources();
        Assert.IsTrue(sources.Count > 50, "expected the committed Python sources beside the tests");
        int mutants = 0, syntaxErrors = 0;
        var failures = new List<string>();
        foreach (var (name, bytes) in sources)
        {
            for (int i = 0; i < MutantsPerFile; i++)
            {
                byte[] mutant = Mutate(bytes, random);
                mutants++;
                try
                {
                    PythonCompiler.Compile(mutant, name, CompileMode.Exec, optimize: 0);
                }
                catch (PythonSyntaxError)
                {
                    syntaxErrors++;
                }
                catch (NotSupportedException)
                {
                }
                catch (Exception e)
                {
                    if (failures.Count < 10) failures.Add($"{name} mutant {i}: {e.GetType().Name}: {e.Message}");
                }
            }
        }
        Assert.IsTrue(mutants >= 3000, $"only {mutants} mutants");
        Assert.AreEqual(0, failures.Count, string.Join("\n", failures));
        Assert.IsTrue(syntaxErrors > mutants / 4, $"only {syntaxErrors} of {mutants} mutants were rejected: the mutations are too weak");
    }

    [TestMethod]
    [Timeout(120_000)]
    public void DeepNestingGivesCPythonsErrorsNotAStackOverflow()
    {
        foreach (var source in new[]
        {
            new string('(', 100_000),
            new string('[', 5000) + new string(']', 5000),
            "x = " + string.Concat(Enumerable.Repeat("-", 100_000)) + "1",
            "x = " + string.Concat(Enumerable.Repeat("a + ", 50_000)) + "1",
            string.Concat(Enumerable.Range(0, 150).Select(i => new string(' ', i) + "if x:\n")) + new string(' ', 150) + "pass\n",
            "f" + string.Concat(Enumerable.Repeat("(", 3000)),
        })
        {
            var e = Assert.Throws<PythonSyntaxError>(() => PythonCompiler.Compile(System.Text.Encoding.UTF8.GetBytes(source), "deep.py", CompileMode.Exec, 0));
            Assert.IsTrue(e.ErrorType is "SyntaxError" or "IndentationError" or "RecursionError" or "MemoryError", e.ErrorType + ": " + e.Message);
        }
    }

    private static byte[] Mutate(byte[] source, Random random)
    {
        var bytes = new List<byte>(source);
        int edits = 1 + random.Next(4);
        for (int k = 0; k < edits && bytes.Count > 0; k++)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0:
                    bytes.RemoveRange(at, Math.Min(1 + random.Next(8), bytes.Count - at));
                    break;
                case 1:
                    bytes.InsertRange(at, Insertions[random.Next(Insertions.Length)]);
                    break;
                case 2:
                    int length = Math.Min(1 + random.Next(40), bytes.Count - at);
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                default:
                    bytes[at] = (byte)random.Next(256);
                    break;
            }
        }
        return bytes.ToArray();
    }

    private static List<(string Name, byte[] Bytes)> Sources([CallerFilePath] string here = "")
    {
        string tests = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, ".."));
        string programs = Path.GetFullPath(Path.Combine(tests, "..", "..", "testassets", "programs"));
        var files = new List<string>();
        files.AddRange(Directory.GetFiles(Path.Combine(tests, "Marshal", "Snippets"), "*.py"));
        if (Directory.Exists(programs)) files.AddRange(Directory.GetFiles(programs, "*.py"));
        files.Sort(StringComparer.Ordinal);
        var result = new List<(string, byte[])>();
        foreach (var f in files) result.Add((Path.GetFileName(f), File.ReadAllBytes(f)));
        return result;
    }
}
