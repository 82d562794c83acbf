using PyBuild.Tasks.Tests.Support;

namespace PyBuild.Tasks.Tests.Tasks;

[TestClass]
public sealed class PyCompileParallelTests
{
    [TestMethod]
    public void ManyFilesCompileInParallelAndReportInItemOrder()
    {
        var h = new TaskHarness();
        var names = new string[60];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = $"pkg/m{i:D2}.py";
            h.Write(names[i], i % 20 == 7 ? $"#syntax {i} 1 {i} 2\n" : $"v = {i}\n");
        }

        var run = h.Compile(names);

        Assert.IsFalse(run.Succeeded);
        Assert.AreEqual(57, run.Task.PycFiles.Length);
        var lines = run.Engine.Errors.ConvertAll(e => e.LineNumber);
        CollectionAssert.AreEqual(new[] { 7, 27, 47 }, lines, "errors in item order, whatever order the threads finished in");
        foreach (string name in names)
        {
            Assert.AreEqual(1, h.Compiler.Compiles["/proj/" + name], name);
        }
    }
}
