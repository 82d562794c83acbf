using System.IO.Abstractions;
using PyBuild.Tasks.Incremental;

namespace PyBuild.Tasks.Tests.Incremental;

/// <summary>The lock on the real file system, where it must hold across handles (and so across processes).</summary>
[TestClass]
public sealed class ProjectLockTests
{
    private string _folder = null!;

    [TestInitialize]
    public void SetUp()
    {
        _folder = Path.Combine(Path.GetTempPath(), "pybuild-lock-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TestCleanup]
    public void TearDown() => Directory.Delete(_folder, recursive: true);

    [TestMethod]
    public void SecondAcquireWaitsForTheFirstRelease()
    {
        var fs = new FileSystem();
        string path = Path.Combine(_folder, "obj", "PyCompile.manifest.lock");

        using (var first = ProjectLock.Acquire(fs, path, TimeSpan.FromSeconds(5), CancellationToken.None))
        {
            Assert.IsNotNull(first);
            Assert.IsNull(ProjectLock.Acquire(fs, path, TimeSpan.FromMilliseconds(200), CancellationToken.None), "taken while held");
        }

        using var second = ProjectLock.Acquire(fs, path, TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.IsNotNull(second, "free once released");
    }

    [TestMethod]
    public void CancelledWaitGivesUp()
    {
        var fs = new FileSystem();
        string path = Path.Combine(_folder, "l.lock");
        using var first = ProjectLock.Acquire(fs, path, TimeSpan.FromSeconds(5), CancellationToken.None);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var started = DateTime.UtcNow;
        Assert.IsNull(ProjectLock.Acquire(fs, path, TimeSpan.FromMinutes(5), cancelled.Token));
        Assert.IsTrue(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
    }
}
