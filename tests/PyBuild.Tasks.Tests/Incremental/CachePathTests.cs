using PyBuild.Tasks.Incremental;

namespace PyBuild.Tasks.Tests.Incremental;

[TestClass]
public sealed class CachePathTests
{
    // Expected names from CPython 3.12.1:
    //   py312 -c "import importlib.util as u; print(u.cache_from_source('/p/NAME', optimization=OPT))"
    [TestMethod]
    [DataRow("app.py", 0, "app.cpython-312.pyc")]
    [DataRow("app.py", 1, "app.cpython-312.opt-1.pyc")]
    [DataRow("app.py", 2, "app.cpython-312.opt-2.pyc")]
    [DataRow("a.b.py", 0, "a.b.cpython-312.pyc")]
    [DataRow("a.b.py", 2, "a.b.cpython-312.opt-2.pyc")]
    [DataRow("script", 0, "scriptcpython-312.pyc")]
    [DataRow("script", 1, "scriptcpython-312.opt-1.pyc")]
    [DataRow(".hidden", 0, "hidden.cpython-312.pyc")]
    [DataRow("mod.pyw", 0, "mod.cpython-312.pyc")]
    public void FileNameIsCpythons(string source, int optimize, string expected)
        => Assert.AreEqual(expected, CachePath.FileName(source, optimize));

    [TestMethod]
    public void PycGoesToPycacheBesideTheSource()
    {
        var fs = new System.IO.Abstractions.TestingHelpers.MockFileSystem();
        Assert.AreEqual("/p/pkg/__pycache__/mod.cpython-312.opt-1.pyc", CachePath.For(fs, "/p/pkg/mod.py", 1));
    }
}
