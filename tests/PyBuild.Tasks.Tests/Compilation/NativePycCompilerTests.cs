using System.IO.Compression;
using System.Text;
using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.Marshal;
using PyBuild.Tasks.Compilation;
using PyBuild.Tasks.Tests.Integration;

namespace PyBuild.Tasks.Tests.Compilation;

/// <summary>
/// The native build of the compiler, loaded from the package the integration tests pack, must be the same
/// compiler as the assembly: the same pyc bytes, warnings and errors for the same input.
/// </summary>
[TestClass]
public sealed class NativePycCompilerTests
{
    private static readonly Lazy<NativePycCompiler?> Packed = new(LoadFromPackage, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] Sources =
    {
        CompilerProbe.Programs[0],
        "import sys\n\nclass Point:\n    \"\"\"A point.\"\"\"\n    def __init__(self, x, y):\n        self.x, self.y = x, y\n\n    def __repr__(self):\n        return f'Point({self.x!r}, {self.y:>4})'\n\nassert sys.version_info >= (3, 12), 'old'\n",
        "def gen(n):\n    try:\n        for i in range(n):\n            yield i * 2 if i % 2 else -i\n    except ValueError as e:\n        raise RuntimeError('x') from e\n    finally:\n        print({k: v for k, v in zip('ab', [1, 2])})\n",
        "match command.split():\n    case [\"go\", direction] if direction in {'n', 's'}:\n        pass\n    case {\"x\": 1, **rest}:\n        pass\n    case Point(x=0) | None:\n        pass\n",
        "async def main():\n    async with lock:\n        async for x in stream():\n            await x\n\nlambda *a, k=1, **kw: (a, k, kw)\nx: int = 1_000_000_000_000_000_000_000\n",
        "",
    };

    [TestMethod]
    public void CompilesTheSameBytesAsTheCompilerAssembly()
    {
        var native = Require();
        foreach (string text in Sources)
        {
            byte[] source = Encoding.UTF8.GetBytes(text);
            foreach (var mode in new[] { PycInvalidationMode.Timestamp, PycInvalidationMode.CheckedHash })
            {
                for (int optimize = 0; optimize <= 2; optimize++)
                {
                    var expected = PythonPycCompiler.Instance.Compile(source, "m.py", optimize, mode, 1_700_000_000, source.Length);
                    var actual = native.Compile(source, "m.py", optimize, mode, 1_700_000_000, source.Length);
                    CollectionAssert.AreEqual(expected.Pyc, actual.Pyc, $"pyc of {text.Split('\n')[0]} at -O{optimize} {mode}");
                    CollectionAssert.AreEqual(expected.Warnings.ToArray(), actual.Warnings.ToArray());
                }
            }
        }
    }

    [TestMethod]
    public void WarningsCrossTheBoundary()
    {
        // printf 'x = 1\ns = "\\d"\n' > w.py; py312 -W always -c "compile(open('w.py','rb').read(), 'w.py', 'exec')"
        //   w.py:2: SyntaxWarning: invalid escape sequence '\d'
        byte[] source = Encoding.UTF8.GetBytes("x = 1\ns = \"\\d\"\n");
        var result = Require().Compile(source, "w.py", 0, PycInvalidationMode.Timestamp, 0, source.Length);
        Assert.AreEqual(1, result.Warnings.Count);
        Assert.AreEqual(new CompileWarning("SyntaxWarning", "invalid escape sequence '\\d'", 2, 0, 0, 0), result.Warnings[0]);
    }

    [TestMethod]
    public void ReportsSyntaxErrorsAsTheCompilerAssemblyDoes()
    {
        var native = Require();

        // py312 -c "compile(b'x = 1\ny = = 2\n', 'bad.py', 'exec')": SyntaxError: invalid syntax (bad.py, line 2), offset 5.
        var broken = CompileError(native, CompilerProbe.BrokenProgram);
        Assert.AreEqual(("SyntaxError", "invalid syntax", "bad.py", 2, 5), (broken.ErrorType, broken.Message, broken.Filename, broken.Lineno, broken.Offset));

        foreach (string text in new[]
        {
            CompilerProbe.BrokenProgram,
            "if x:\npass\n",
            "if x:\n\tpass\n        pass\n",
            "s = 'unterminated\n",
            "x = " + new string('(', 250) + new string(')', 250) + "\n",
            "x = " + string.Concat(Enumerable.Repeat("-", 100_000)) + "1\n",
            "def f():\n    nonlocal y\n",
            "return 1\n",
        })
        {
            var expected = CompileError(PythonPycCompiler.Instance, text);
            var actual = CompileError(native, text);
            Assert.AreEqual(
                (expected.ErrorType, expected.Message, expected.Filename, expected.Lineno, expected.Offset, expected.EndLineno, expected.EndOffset, expected.Text),
                (actual.ErrorType, actual.Message, actual.Filename, actual.Lineno, actual.Offset, actual.EndLineno, actual.EndOffset, actual.Text),
                text.Length > 40 ? text.Substring(0, 40) : text);
        }
    }

    [TestMethod]
    public void CorpusCompilesToTheSameBytes()
    {
        string? corpus = Environment.GetEnvironmentVariable("PYBUILD_CORPUS");
        if (string.IsNullOrEmpty(corpus) || !Directory.Exists(corpus))
        {
            Assert.Inconclusive("set PYBUILD_CORPUS to the corpus folder (../shared/oracle/corpus.py) to compare every file");
        }

        var native = Require();
        int compared = 0;
        foreach (string file in Directory.EnumerateFiles(corpus, "*.py", SearchOption.AllDirectories))
        {
            byte[] source = File.ReadAllBytes(file);
            string expected = Describe(PythonPycCompiler.Instance, source, file);
            Assert.AreEqual(expected, Describe(native, source, file), file);
            compared++;
        }

        Assert.IsTrue(compared > 0, "no .py files under " + corpus);
    }

    [TestMethod]
    public void AFolderWithoutTheLibraryLoadsNothing()
    {
        string empty = Path.Combine(Path.GetTempPath(), "pybuild-no-native-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(empty);
        try
        {
            Assert.IsNull(NativePycCompiler.TryLoad(empty));
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    private static string Describe(IPycCompiler compiler, byte[] source, string file)
    {
        try
        {
            var result = compiler.Compile(source, file, 0, PycInvalidationMode.Timestamp, 0, source.Length);
            return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(result.Pyc)) + " " + string.Join("; ", result.Warnings);
        }
        catch (PythonSyntaxError e)
        {
            return $"{e.ErrorType}: {e.Message} ({e.Lineno}, {e.Offset}, {e.EndLineno}, {e.EndOffset})";
        }
        catch (NotSupportedException e)
        {
            return "not supported: " + e.Message;
        }
    }

    private static PythonSyntaxError CompileError(IPycCompiler compiler, string text)
    {
        byte[] source = Encoding.UTF8.GetBytes(text);
        try
        {
            compiler.Compile(source, "bad.py", 0, PycInvalidationMode.Timestamp, 0, source.Length);
        }
        catch (PythonSyntaxError e)
        {
            return e;
        }

        Assert.Fail("no SyntaxError for " + text);
        throw new InvalidOperationException();
    }

    private static NativePycCompiler Require()
    {
        var native = Packed.Value;
        if (native == null)
        {
            Assert.Inconclusive($"the package has no native compiler for {NativePycCompiler.PlatformRid ?? "this platform"} (packing warned PYB0001)");
        }

        return native!;
    }

    /// <summary>Unpacks the native library from the package the integration tests pack, as a consumer's restore would.</summary>
    private static NativePycCompiler? LoadFromPackage()
    {
        string? rid = NativePycCompiler.PlatformRid;
        string package = Path.Combine(TestAssets.Scratch, "feed", "PyBuild.0.1.0.nupkg");
        if (rid == null || !File.Exists(package))
        {
            return null;
        }

        string tasks = Path.Combine(TestAssets.Scratch, "native-compiler");
        using var zip = ZipFile.OpenRead(package);
        var entry = zip.GetEntry($"tasks/net10.0/native/{rid}/{NativePycCompiler.FileName}");
        if (entry == null)
        {
            return null;
        }

        string library = Path.Combine(tasks, "native", rid, NativePycCompiler.FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(library)!);
        entry.ExtractToFile(library, overwrite: true);
        return NativePycCompiler.TryLoad(tasks);
    }
}
