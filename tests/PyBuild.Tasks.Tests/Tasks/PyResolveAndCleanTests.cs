using Microsoft.Build.Framework;
using PyBuild.Tasks.Tests.Support;

namespace PyBuild.Tasks.Tests.Tasks;

[TestClass]
public sealed class PyResolveAndCleanTests
{
    [TestMethod]
    public void ResolveComputesPycPathsAndOutputFolderPaths()
    {
        var h = new TaskHarness();
        var engine = new FakeBuildEngine();
        var task = new PyResolveCompileItems(h.FileSystem)
        {
            BuildEngine = engine,
            ProjectDirectory = TaskHarness.ProjectDirectory,
            Optimize = "1",
            CopyToOutput = true,
            Sources = new[]
            {
                TaskHarness.Item("pkg/mod.py"),
                TaskHarness.Item("/shared/common.py"),
                TaskHarness.Item("/shared/linked.py", ("Link", "lib/linked.py")),
                TaskHarness.Item("nocopy.py", ("PyCopyToOutput", "false"), ("PyOptimize", "0")),
            },
        };

        Assert.IsTrue(task.Execute());

        Assert.AreEqual(4, task.CompileItems.Length);
        Assert.AreEqual("/proj/pkg/mod.py", task.CompileItems[0].ItemSpec);
        Assert.AreEqual("/proj/pkg/__pycache__/mod.cpython-312.opt-1.pyc", task.CompileItems[0].GetMetadata("PycPath"));
        Assert.AreEqual("1", task.CompileItems[0].GetMetadata("PyOptimize"));
        Assert.AreEqual("Timestamp", task.CompileItems[0].GetMetadata("PyInvalidationMode"));
        Assert.AreEqual("/proj/__pycache__/nocopy.cpython-312.pyc", task.PycFiles[3].ItemSpec);

        var copies = new List<string>();
        foreach (ITaskItem item in task.CopyToOutputItems)
        {
            Assert.AreEqual("PreserveNewest", item.GetMetadata("CopyToOutputDirectory"));
            copies.Add(item.ItemSpec + " -> " + item.GetMetadata("TargetPath"));
        }

        CollectionAssert.AreEqual(
            new[]
            {
                "/proj/pkg/mod.py -> pkg/mod.py",
                "/proj/pkg/__pycache__/mod.cpython-312.opt-1.pyc -> pkg/__pycache__/mod.cpython-312.opt-1.pyc",
                "/shared/common.py -> common.py",
                "/shared/__pycache__/common.cpython-312.opt-1.pyc -> __pycache__/common.cpython-312.opt-1.pyc",
                "/shared/linked.py -> lib/linked.py",
                "/shared/__pycache__/linked.cpython-312.opt-1.pyc -> lib/__pycache__/linked.cpython-312.opt-1.pyc",
            },
            copies);
    }

    [TestMethod]
    public void CleanDeletesWhatTheManifestRecordsAndTheManifest()
    {
        var h = new TaskHarness();
        h.Write("app.py", "x = 1\n");
        h.Write("lib/util.py", "y = 1\n");
        h.FileSystem.Directory.CreateDirectory("/proj/lib/__pycache__");
        h.FileSystem.File.WriteAllText("/proj/lib/__pycache__/foreign.cpython-312.pyc", "not ours");
        Assert.IsTrue(h.Compile("app.py", "lib/util.py").Succeeded);

        var task = new PyClean(h.FileSystem) { BuildEngine = new FakeBuildEngine(), ManifestPath = TaskHarness.ManifestPath };
        Assert.IsTrue(task.Execute());

        Assert.AreEqual(2, task.DeletedFiles.Length);
        Assert.IsFalse(h.FileSystem.Directory.Exists("/proj/__pycache__"));
        Assert.IsFalse(h.FileSystem.File.Exists(TaskHarness.Pyc("lib/util.py")));
        Assert.IsTrue(h.FileSystem.File.Exists("/proj/lib/__pycache__/foreign.cpython-312.pyc"), "a pyc we did not write stays");
        Assert.IsFalse(h.FileSystem.File.Exists(TaskHarness.ManifestPath));
        Assert.IsTrue(h.FileSystem.File.Exists("/proj/app.py"));
    }

    [TestMethod]
    public void CleanWithoutManifestDoesNothing()
    {
        var h = new TaskHarness();
        var task = new PyClean(h.FileSystem) { BuildEngine = new FakeBuildEngine(), ManifestPath = TaskHarness.ManifestPath };

        Assert.IsTrue(task.Execute());
        Assert.AreEqual(0, task.DeletedFiles.Length);
    }
}
