using PyBuild.Compiler.Marshal;
using PyBuild.Compiler.Tests.Marshal;

namespace PyBuild.Compiler.Tests.CodeGen;

/// <summary>
/// Our code objects against CPython 3.12.1's for the snippets beside the marshal tests, which cover
/// functions, classes, closures, comprehensions, exceptions, with, generators, async, f-strings,
/// constants and PEP 695 generics and type aliases. The expected code objects are CPython's <c>marshal.dumps(compile(source, 'NAME.py', 'exec'))</c>
/// (regenerate with <c>py312 tests/PyBuild.Compiler.Tests/Marshal/generate_expected.py</c>), read back
/// with our marshal reader, so the test needs no CPython at run time.
/// </summary>
[TestClass]
public sealed class CompilerConformanceTests
{
    public static IEnumerable<object[]> Snippets() => TestData.SnippetNames();

    /// <summary>Each snippet at optimization levels 0 and 2 (-OO, which drops asserts and docstrings).</summary>
    public static IEnumerable<object[]> SnippetsAndLevels()
    {
        foreach (var snippet in TestData.SnippetNames())
        {
            yield return [snippet[0], 0];
            yield return [snippet[0], 2];
        }
    }

    [TestMethod]
    [DynamicData(nameof(SnippetsAndLevels))]
    public void CodeObjectEqualsCPythons(string snippet, int optimize)
    {
        var expected = MarshalReader.ReadCode(TestData.MarshalBytes(snippet, optimize));
        byte[] source = File.ReadAllBytes(Path.Combine(TestData.SnippetsDirectory, snippet + ".py"));
        try
        {
            var actual = PythonCompiler.Compile(source, snippet + ".py", CompileMode.Exec, optimize);
            var difference = CodeObjectComparer.FirstDifference(expected, actual);
            Assert.IsNull(difference, difference);
        }
        catch (NotSupportedException e)
        {
            Assert.Inconclusive($"{snippet}: the compiler does not handle this yet ({e.Message})");
        }
    }
}
