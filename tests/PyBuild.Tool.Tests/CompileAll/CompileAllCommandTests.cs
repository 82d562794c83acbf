using PyBuild.Tool.Commands;

namespace PyBuild.Tool.Tests.CompileAll;

/// <summary>
/// <c>-m compileall</c>: where the pycs go (CPython's <c>importlib.util.cache_from_source</c>), which
/// are skipped as up to date, and argparse's errors, each as <c>python3.12 -m compileall</c> gives them.
/// </summary>
[TestClass]
public sealed class CompileAllCommandTests
{
    private string _dir = "";

    [TestInitialize]
    public void CreateTree()
    {
        _dir = Path.Combine(Path.GetTempPath(), "pybuild-compileall-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_dir, "pkg"));
        File.WriteAllText(Path.Combine(_dir, "a.py"), "x = 1\n");
        File.WriteAllText(Path.Combine(_dir, "pkg", "__init__.py"), "");
        File.WriteAllText(Path.Combine(_dir, "pkg", "b.py"), "def f():\n    return 2\n");
    }

    [TestCleanup]
    public void RemoveTree() => Directory.Delete(_dir, recursive: true);

    [TestMethod]
    public void AttachedShortOptionsWriteEveryOptimizationLevel()
    {
        // python3.12 -m compileall -qq -j0 -o0 -o1 -o2 DIR: silent, status 0, three pycs per source.
        var (status, stdout, stderr) = Run("-qq", "-j0", "-o0", "-o1", "-o2", _dir);
        Assert.AreEqual(0, status, stderr);
        Assert.AreEqual("", stdout);
        foreach (string source in new[] { "a", "pkg/__init__", "pkg/b" })
        {
            string folder = Path.Combine(_dir, Path.GetDirectoryName(source)!, "__pycache__");
            string name = Path.GetFileName(source);
            foreach (string suffix in new[] { "", ".opt-1", ".opt-2" })
            {
                Assert.IsTrue(File.Exists(Path.Combine(folder, $"{name}.cpython-312{suffix}.pyc")), $"{source}{suffix}");
            }
        }
    }

    [TestMethod]
    public void UpToDatePycsAreNotRewrittenUnlessForced()
    {
        Assert.AreEqual(0, Run("-q", _dir).Status);
        string pyc = Path.Combine(_dir, "__pycache__", "a.cpython-312.pyc");
        var written = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(pyc, written);

        Assert.AreEqual(0, Run("-q", _dir).Status);
        Assert.AreEqual(written, File.GetLastWriteTimeUtc(pyc), "an up-to-date pyc was rewritten");

        Assert.AreEqual(0, Run("-q", "-f", _dir).Status);
        Assert.AreNotEqual(written, File.GetLastWriteTimeUtc(pyc), "-f did not rewrite");
    }

    [TestMethod]
    [DataRow(new[] { "-j", "x" }, "compileall.py: error: argument -j/--workers: invalid int value: 'x'")]
    [DataRow(new[] { "-o", "y" }, "compileall.py: error: argument -o: invalid int value: 'y'")]
    [DataRow(new[] { "--invalidation-mode", "foo" }, "compileall.py: error: argument --invalidation-mode: invalid choice: 'foo' (choose from 'checked-hash', 'timestamp', 'unchecked-hash')")]
    public void BadOptionValuesAreArgparseErrors(string[] options, string lastLine)
    {
        var (status, _, stderr) = Run([.. options, _dir]);
        Assert.AreEqual(2, status);
        StringAssert.StartsWith(stderr, "usage: compileall.py [-h]");
        Assert.AreEqual(lastLine, stderr.TrimEnd('\n').Split('\n')[^1]);
    }

    private static (int Status, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int status = CompileAllCommand.Run(args, stdout, stderr);
        return (status, stdout.ToString(), stderr.ToString());
    }
}
