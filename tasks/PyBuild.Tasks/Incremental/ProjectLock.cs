using System.IO.Abstractions;

namespace PyBuild.Tasks.Incremental;

/// <summary>
/// A lock across processes on one project's manifest, held by opening a lock file exclusively.
/// It serializes the inner builds of a multi-targeting project, so the first compiles and the others
/// find the pycs fresh: each file is compiled once.
/// </summary>
internal sealed class ProjectLock : IDisposable
{
    private const int RetryMilliseconds = 50;
    private readonly FileSystemStream _stream;

    private ProjectLock(FileSystemStream stream) => _stream = stream;

    /// <summary>Waits until the lock at <paramref name="path"/> is free and takes it; null when cancelled or timed out.</summary>
    public static ProjectLock? Acquire(IFileSystem fileSystem, string path, TimeSpan timeout, CancellationToken cancellation)
    {
        string? directory = fileSystem.Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            fileSystem.Directory.CreateDirectory(directory);
        }

        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new ProjectLock(fileSystem.FileStream.New(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline && !cancellation.IsCancellationRequested)
            {
                Thread.Sleep(RetryMilliseconds);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _stream.Dispose();
}
