using PyBuild.Tasks.Incremental;
using PyBuild.Tasks.Tests.Support;

namespace PyBuild.Tasks.Tests.Tasks;

/// <summary>The task's per-file decisions: what is recompiled, kept or deleted, from build to build.</summary>
[TestClass]
public sealed class PyCompileIncrementalTests
{
    private TaskHarness _h = null!;

    [TestInitialize]
    public void SetUp()
    {
        _h = new TaskHarness();
        _h.Write("app.py", "x = 1\n");
        _h.Write("lib/util.py", "y = 2\n");
        _h.Write("lib/more.py", "z = 3\n");
    }

    private TaskHarness.Run Build() => _h.Compile("app.py", "lib/util.py", "lib/more.py");

    [TestMethod]
    public void ColdBuildCompilesEveryFileToItsPycacheWithCpythonsHeader()
    {
        var run = Build();

        Assert.IsTrue(run.Succeeded);
        CollectionAssert.AreEqual(new[] { "/proj/app.py", "/proj/lib/more.py", "/proj/lib/util.py" }, run.Compiled);
        byte[] pyc = _h.FileSystem.File.ReadAllBytes("/proj/__pycache__/app.cpython-312.pyc");
        var mtime = new DateTimeOffset(_h.FileSystem.File.GetLastWriteTimeUtc("/proj/app.py")).ToUnixTimeSeconds();
        Assert.AreEqual(Staleness.Fresh, PycFreshness.Check(pyc, Compiler.Marshal.PycInvalidationMode.Timestamp, mtime, 6, default));
        Assert.IsTrue(_h.FileSystem.File.Exists("/proj/lib/__pycache__/util.cpython-312.pyc"));
        Assert.AreEqual(3, run.Task.CompiledFiles.Length);
        Assert.AreEqual(3, run.Task.PycFiles.Length);
    }

    [TestMethod]
    public void SecondBuildRewritesNothing()
    {
        Build();
        var before = Snapshot();

        var run = Build();

        Assert.IsTrue(run.Succeeded);
        Assert.AreEqual(0, run.Compiled.Count);
        Assert.AreEqual(0, run.Task.CompiledFiles.Length);
        Assert.AreEqual(3, run.Task.PycFiles.Length);
        CollectionAssert.AreEqual(before, Snapshot());
    }

    [TestMethod]
    public void TouchingOneSourceRecompilesExactlyIt()
    {
        Build();
        _h.Touch("lib/util.py");

        var run = Build();

        CollectionAssert.AreEqual(new[] { "/proj/lib/util.py" }, run.Compiled);
    }

    [TestMethod]
    public void EditKeepingMtimeButChangingSizeRecompiles()
    {
        Build();
        var time = _h.FileSystem.File.GetLastWriteTimeUtc("/proj/app.py");
        _h.FileSystem.File.WriteAllText("/proj/app.py", "x = 100\n");
        _h.SetTime("/proj/app.py", time);

        var run = Build();

        CollectionAssert.AreEqual(new[] { "/proj/app.py" }, run.Compiled);
    }

    [TestMethod]
    public void SameMtimeAndSizeIsFreshInTimestampModeAsForCpython()
    {
        Build();
        var time = _h.FileSystem.File.GetLastWriteTimeUtc("/proj/app.py");
        _h.FileSystem.File.WriteAllText("/proj/app.py", "x = 9\n");
        _h.SetTime("/proj/app.py", time.AddMilliseconds(500));

        Assert.AreEqual(0, Build().Compiled.Count);
    }

    [TestMethod]
    public void HashModeIgnoresTouchesAndSeesEdits()
    {
        _h.InvalidationMode = "CheckedHash";
        Build();
        _h.Touch("app.py");
        Assert.AreEqual(0, Build().Compiled.Count, "a touch without an edit keeps a hash-based pyc");

        var time = _h.FileSystem.File.GetLastWriteTimeUtc("/proj/lib/more.py");
        _h.FileSystem.File.WriteAllText("/proj/lib/more.py", "z = 4\n");
        _h.SetTime("/proj/lib/more.py", time);
        CollectionAssert.AreEqual(new[] { "/proj/lib/more.py" }, Build().Compiled, "an edit of the same size and mtime changes the hash");
    }

    [TestMethod]
    public void SwitchingInvalidationModeRecompilesEverything()
    {
        Build();
        _h.InvalidationMode = "UncheckedHash";
        Assert.AreEqual(3, Build().Compiled.Count);
        _h.InvalidationMode = "CheckedHash";
        Assert.AreEqual(3, Build().Compiled.Count);
        Assert.AreEqual(0, Build().Compiled.Count);
        byte[] pyc = _h.FileSystem.File.ReadAllBytes(TaskHarness.Pyc("app.py"));
        Assert.AreEqual(3, pyc[4], "checked-hash flags");
    }

    [TestMethod]
    public void SwitchingOptimizeWritesOptPycsAndDeletesTheOldOnes()
    {
        Build();
        _h.Optimize = "2";

        var run = Build();

        Assert.AreEqual(3, run.Compiled.Count);
        Assert.IsTrue(_h.FileSystem.File.Exists("/proj/__pycache__/app.cpython-312.opt-2.pyc"));
        Assert.IsFalse(_h.FileSystem.File.Exists("/proj/__pycache__/app.cpython-312.pyc"));
        Assert.AreEqual(3, run.Task.DeletedFiles.Length);
        Assert.AreEqual((byte)'2', _h.FileSystem.File.ReadAllBytes("/proj/__pycache__/app.cpython-312.opt-2.pyc")[17], "compiled at level 2");
    }

    [TestMethod]
    public void PerItemMetadataOverridesTheProjectDefaults()
    {
        var run = _h.Compile(
            TaskHarness.Item("app.py", ("PyOptimize", "1")),
            TaskHarness.Item("lib/util.py", ("PyInvalidationMode", "UNCHECKED_HASH")),
            TaskHarness.Item("lib/more.py"));

        Assert.IsTrue(run.Succeeded);
        Assert.IsTrue(_h.FileSystem.File.Exists("/proj/__pycache__/app.cpython-312.opt-1.pyc"));
        Assert.AreEqual(1, _h.FileSystem.File.ReadAllBytes(TaskHarness.Pyc("lib/util.py"))[4]);
        Assert.AreEqual(0, _h.FileSystem.File.ReadAllBytes(TaskHarness.Pyc("lib/more.py"))[4]);
    }

    [TestMethod]
    public void RemovedSourceLosesItsPycAndEmptyPycache()
    {
        Build();

        var run = _h.Compile("lib/util.py", "lib/more.py");

        Assert.AreEqual(0, run.Compiled.Count);
        Assert.IsFalse(_h.FileSystem.File.Exists("/proj/__pycache__/app.cpython-312.pyc"));
        Assert.IsFalse(_h.FileSystem.Directory.Exists("/proj/__pycache__"), "emptied __pycache__ is removed");
        Assert.IsTrue(_h.FileSystem.File.Exists(TaskHarness.Pyc("lib/util.py")));
        StringAssert.DoesNotMatch(_h.FileSystem.File.ReadAllText(TaskHarness.ManifestPath), new System.Text.RegularExpressions.Regex("app\\.py"));
    }

    [TestMethod]
    public void RenamedSourceIsCompiledAndTheOldPycDeleted()
    {
        Build();
        _h.FileSystem.File.Move("/proj/lib/util.py", "/proj/lib/tools.py");

        var run = _h.Compile("app.py", "lib/tools.py", "lib/more.py");

        CollectionAssert.AreEqual(new[] { "/proj/lib/tools.py" }, run.Compiled);
        Assert.IsFalse(_h.FileSystem.File.Exists(TaskHarness.Pyc("lib/util.py")));
        Assert.IsTrue(_h.FileSystem.File.Exists(TaskHarness.Pyc("lib/tools.py")));
        Assert.IsTrue(_h.FileSystem.Directory.Exists("/proj/lib/__pycache__"), "still holds more's pyc");
    }

    [TestMethod]
    public void DeletedPycIsRewritten()
    {
        Build();
        _h.FileSystem.File.Delete(TaskHarness.Pyc("lib/more.py"));

        CollectionAssert.AreEqual(new[] { "/proj/lib/more.py" }, Build().Compiled);
    }

    [TestMethod]
    public void PycsOfAnotherCompilerBuildAreRewritten()
    {
        Build();
        _h.Compiler.Stamp = "fake-2";

        Assert.AreEqual(3, Build().Compiled.Count);
        Assert.AreEqual(0, Build().Compiled.Count);
    }

    [TestMethod]
    public void PycNotRecordedInTheManifestIsRewritten()
    {
        Build();
        _h.FileSystem.File.Delete(TaskHarness.ManifestPath);

        Assert.AreEqual(3, Build().Compiled.Count);
    }

    [TestMethod]
    public void UnreadableManifestCountsAsEmpty()
    {
        Build();
        _h.FileSystem.File.WriteAllText(TaskHarness.ManifestPath, "garbage\n");

        Assert.AreEqual(3, Build().Compiled.Count);
    }

    [TestMethod]
    public void CorruptPycIsRewritten()
    {
        Build();
        _h.FileSystem.File.WriteAllBytes(TaskHarness.Pyc("app.py"), new byte[] { 1, 2, 3 });

        CollectionAssert.AreEqual(new[] { "/proj/app.py" }, Build().Compiled);
    }

    [TestMethod]
    public void WritesLeaveNoTemporaryFiles()
    {
        Build();
        _h.Touch("app.py");
        Build();

        foreach (string file in _h.FileSystem.AllFiles)
        {
            Assert.IsFalse(file.EndsWith(".tmp", StringComparison.Ordinal), file);
        }
    }

    [TestMethod]
    public void StampIsWrittenWithTheRunsStartAfterSuccessAndDeletedAfterFailure()
    {
        var before = DateTime.UtcNow;
        Build();
        Assert.IsTrue(_h.FileSystem.File.Exists(TaskHarness.StampFile));
        var stamp = _h.FileSystem.File.GetLastWriteTimeUtc(TaskHarness.StampFile);
        Assert.IsTrue(stamp >= before.AddSeconds(-1) && stamp <= DateTime.UtcNow, stamp.ToString("O"));

        _h.Write("app.py", "#syntax 1 1 1 2\n");
        Assert.IsFalse(Build().Succeeded);
        Assert.IsFalse(_h.FileSystem.File.Exists(TaskHarness.StampFile));
    }

    [TestMethod]
    public void DuplicateItemsCompileOnceWithAWarning()
    {
        var run = _h.Compile("app.py", "./app.py", "lib/util.py");

        Assert.IsTrue(run.Succeeded);
        CollectionAssert.AreEqual(new[] { "/proj/app.py", "/proj/lib/util.py" }, run.Compiled);
        Assert.AreEqual(1, run.Engine.Warnings.Count);
        Assert.AreEqual("PY5001", run.Engine.Warnings[0].Code);
    }

    [TestMethod]
    public void SamePycAtTwoLevelsIsNotADuplicate()
    {
        var run = _h.Compile(TaskHarness.Item("app.py"), TaskHarness.Item("app.py", ("PyOptimize", "1")));

        Assert.AreEqual(0, run.Engine.Warnings.Count);
        Assert.AreEqual(2, run.Compiled.Count);
        Assert.IsTrue(_h.FileSystem.File.Exists(TaskHarness.Pyc("app.py", 0)));
        Assert.IsTrue(_h.FileSystem.File.Exists(TaskHarness.Pyc("app.py", 1)));
    }

    private Dictionary<string, (string Bytes, DateTime Time)> Snapshot()
    {
        var files = new Dictionary<string, (string, DateTime)>();
        foreach (string file in _h.FileSystem.AllFiles)
        {
            if (file.Contains("__pycache__", StringComparison.Ordinal))
            {
                files[file] = (Convert.ToHexString(_h.FileSystem.File.ReadAllBytes(file)), _h.FileSystem.File.GetLastWriteTimeUtc(file));
            }
        }

        return files;
    }
}
