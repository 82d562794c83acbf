namespace PyBuild.Tasks.Tests.Integration;

/// <summary>testassets/SharedSources: two projects compiling the same sources, built in parallel with -m.</summary>
[TestClass]
[TestCategory("Integration")]
public sealed class SharedSourcesBuildTests
{
    // Enough shared files that the two projects' compilations overlap in time.
    private const int ExtraSharedFiles = 40;

    [TestMethod]
    public void TwoProjectsSharingSourcesBuildInParallelToWholePycs()
    {
        CompilerProbe.RequireTimestampPycs();
        string dir = TestAssets.Copy("SharedSources", "shared");
        for (int i = 0; i < ExtraSharedFiles; i++)
        {
            File.WriteAllText(Path.Combine(dir, "common", $"m{i:D2}.py"), CompilerProbe.Programs[1]);
        }

        var build = TestAssets.Run(dir, "build", "SharedSources.slnx", "-m:2", "-nodeReuse:false", "-nologo", "-v:m", "-p:UseSharedCompilation=false");
        Assert.AreEqual(0, build.ExitCode, build.Output);

        var pycs = Pycache.Snapshot(dir);
        Assert.AreEqual(ExtraSharedFiles + 3, pycs.Count, string.Join("\n", pycs.Keys));
        foreach (string source in Directory.EnumerateFiles(dir, "*.py", SearchOption.AllDirectories))
        {
            string pyc = Path.Combine(Path.GetDirectoryName(source)!, "__pycache__", Path.GetFileNameWithoutExtension(source) + ".cpython-312.pyc");
            Pycache.AssertTimestampHeaderMatches(pyc, source);
        }

        foreach (string file in pycs.Keys)
        {
            Assert.IsTrue(file.EndsWith(".pyc", StringComparison.Ordinal), "left behind: " + file);
        }

        var again = TestAssets.Run(dir, "build", "SharedSources.slnx", "-m:2", "--no-restore", "-nodeReuse:false", "-nologo", "-v:m", "-p:UseSharedCompilation=false");
        Assert.AreEqual(0, again.ExitCode, again.Output);
        CollectionAssert.AreEqual(pycs, Pycache.Snapshot(dir), "a second parallel build rewrote pycs");
    }
}
