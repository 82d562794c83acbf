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
}
