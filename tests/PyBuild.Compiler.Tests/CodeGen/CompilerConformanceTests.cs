using PyBuild.Compiler.Marshal;
using PyBuild.Compiler.Tests.Marshal;

namespace PyBuild.Compiler.Tests.CodeGen;

/// <summary>
/// Our code objects against CPython 3.12.1's for the snippets beside the marshal tests, which cover
/// functions, classes, closures, comprehensions, exceptions, with, generators, async, f-strings and
/// constants. The expected code objects are CPython's <c>marshal.dumps(compile(source, 'NAME.py', 'exec'))</c>
/// (regenerate with <c>py312 tests/PyBuild.Compiler.Tests/Marshal/generate_expected.py</c>), read back
/// with our marshal reader, so the test needs no CPython at run time.
/// </summary>
[TestClass]
public sealed class CompilerConformanceTests
{
    public static IEnumerable<object[]> Snippets() => TestData.SnippetNames();

    [TestMethod]
    [DynamicData(nameof(Snippets))]
    public void CodeObjectEqualsCPythons(string snippet)
    {
        var expected = MarshalReader.ReadCode(TestData.MarshalBytes(snippet));
        byte[] source = File.ReadAllBytes(Path.Combine(TestData.SnippetsDirectory, snippet + ".py"));
        try
        {
            var actual = PythonCompiler.Compile(source, snippet + ".py", CompileMode.Exec, optimize: 0);
            var difference = CodeObjectComparer.FirstDifference(expected, actual);
            Assert.IsNull(difference, difference);
        }
        catch (NotSupportedException e)
        {
            Assert.Inconclusive($"{snippet}: the compiler does not handle this yet ({e.Message})");
        }
    }
}
