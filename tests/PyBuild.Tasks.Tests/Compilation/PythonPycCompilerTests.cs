using System.Text;
using PyBuild.Tasks.Compilation;

namespace PyBuild.Tasks.Tests.Compilation;

[TestClass]
public sealed class PythonPycCompilerTests
{
    [TestMethod]
    public void SourceHashIsCpythons()
    {
        // py312 -c "import importlib.util as u; print(u.source_hash(open('testassets/HelloPy/app.py','rb').read()).hex())"
        byte[] source = Encoding.UTF8.GetBytes("x = 3 + 4\ny = x * 2\nprint(x, y)\nprint(\"hello, world\")\n");
        Assert.AreEqual("93dfa41bef0fbfb4", Convert.ToHexString(PythonPycCompiler.Instance.SourceHash(source)).ToLowerInvariant());
    }

    [TestMethod]
    public void StampIsStableWithinABuildOfTheCompiler()
    {
        Assert.AreEqual(32, PythonPycCompiler.Instance.Stamp.Length);
        Assert.AreNotEqual(Guid.Empty.ToString("N"), PythonPycCompiler.Instance.Stamp);
    }

    [TestMethod]
    public void ParserWarningsComeBackWithTheirLine()
    {
        // printf 'x = 1\ns = "\\d"\n' > w.py; py312 -W always -c "compile(open('w.py','rb').read(), 'w.py', 'exec')"
        //   w.py:2: SyntaxWarning: invalid escape sequence '\d'
        byte[] source = Encoding.UTF8.GetBytes("x = 1\ns = \"\\d\"\n");
        try
        {
            var result = PythonPycCompiler.Instance.Compile(source, "w.py", 0, Compiler.Marshal.PycInvalidationMode.Timestamp, 0, source.Length);
            Assert.AreEqual(1, result.Warnings.Count);
            Assert.AreEqual(new CompileWarning("SyntaxWarning", "invalid escape sequence '\\d'", 2, 0, 0, 0), result.Warnings[0]);
        }
        catch (NotSupportedException e)
        {
            Assert.Inconclusive("waits on the compiler: " + e.Message);
        }
    }
}
