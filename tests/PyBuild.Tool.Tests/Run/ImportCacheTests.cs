namespace PyBuild.Tool.Tests.Run;

/// <summary>
/// The pyc cache of imported modules, as CPython's importlib keeps it: <c>__pycache__/NAME.cpython-312.pyc</c>
/// written on first import (not under <c>-B</c> or PYTHONDONTWRITEBYTECODE), reused while its header
/// matches the source's mtime and size, and recompiled, never trusted, when stale, truncated or garbage.
/// </summary>
[TestClass]
public sealed class ImportCacheTests
{
    private string _dir = "";

    private string Source => Path.Combine(_dir, "mod.py");

    private string Cache => Path.Combine(_dir, "__pycache__", "mod.cpython-312.pyc");

    private static readonly DateTime Written = new(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);

    [TestInitialize]
    public void CreateFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "pybuild-pyccache-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "main.py"), "import mod\nprint(mod.X)\n");
        WriteSource("X = 1\n");
    }

    [TestCleanup]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    private void WriteSource(string text)
    {
        File.WriteAllText(Source, text);
        File.SetLastWriteTimeUtc(Source, Written);
    }

    private string RunMain(params string[] options)
    {
        var (status, stdout, stderr) = Pyrun.Run(_dir, [.. options, "main.py"]);
        Assert.AreEqual(0, status, stderr);
        return stdout;
    }

    [TestMethod]
    public void TheFirstImportWritesATimestampPyc()
    {
        Assert.AreEqual("1\n", RunMain());
        byte[] pyc = File.ReadAllBytes(Cache);
        CollectionAssert.AreEqual(new byte[] { 0xcb, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0 }, pyc[..8], "magic and flags");
        Assert.AreEqual((uint)new DateTimeOffset(Written).ToUnixTimeSeconds(), BitConverter.ToUInt32(pyc, 8), "source mtime");
        Assert.AreEqual(6u, BitConverter.ToUInt32(pyc, 12), "source size");
        Assert.IsFalse(File.Exists(Path.Combine(_dir, "__pycache__", "main.cpython-312.pyc")), "the script itself is not cached");
    }

    [TestMethod]
    public void DashBAndPythonDontWriteBytecodeWriteNothing()
    {
        Assert.AreEqual("1\n", RunMain("-B"));
        Assert.IsFalse(Directory.Exists(Path.Combine(_dir, "__pycache__")));
        var (status, stdout, stderr) = Pyrun.Run(Pyrun.StartInfo(_dir, true, "main.py"));
        Assert.AreEqual(0, status, stderr);
        Assert.AreEqual("1\n", stdout);
        Assert.IsFalse(Directory.Exists(Path.Combine(_dir, "__pycache__")));
    }

    [TestMethod]
    public void OptimizedRunsUseTheirOwnPyc()
    {
        Assert.AreEqual("1\n", RunMain("-O"));
        Assert.IsTrue(File.Exists(Path.Combine(_dir, "__pycache__", "mod.cpython-312.opt-1.pyc")));
        Assert.IsFalse(File.Exists(Cache));
    }

    [TestMethod]
    public void APycWhoseHeaderMatchesTheSourceIsReused()
    {
        // Cache "X = 2", then put back a source of the same size and mtime: CPython trusts the pyc.
        WriteSource("X = 2\n");
        Assert.AreEqual("2\n", RunMain());
        WriteSource("X = 1\n");
        Assert.AreEqual("2\n", RunMain());
    }

    [TestMethod]
    public void AStalePycIsRecompiledAndRewritten()
    {
        Assert.AreEqual("1\n", RunMain());
        File.WriteAllText(Source, "X = 'changed'\n");
        File.SetLastWriteTimeUtc(Source, Written.AddSeconds(5));
        Assert.AreEqual("changed\n", RunMain());
        Assert.AreEqual((uint)new DateTimeOffset(Written.AddSeconds(5)).ToUnixTimeSeconds(), BitConverter.ToUInt32(File.ReadAllBytes(Cache), 8));
    }

    [TestMethod]
    public void GarbageOrTruncatedPycsAreRecompiledNeverTrusted()
    {
        Assert.AreEqual("1\n", RunMain());
        byte[] good = File.ReadAllBytes(Cache);
        var corruptions = new[]
        {
            "garbage that is no pyc at all"u8.ToArray(),
            good[..10],
            good[..(good.Length - 3)],
            [.. good[..16], .. Enumerable.Repeat((byte)0xff, 40)],
            [],
        };
        foreach (var bad in corruptions)
        {
            File.WriteAllBytes(Cache, bad);
            Assert.AreEqual("1\n", RunMain(), "with a corrupt pyc of " + bad.Length + " bytes");
            CollectionAssert.AreEqual(good, File.ReadAllBytes(Cache), "the corrupt pyc was not rewritten");
        }
    }
}
