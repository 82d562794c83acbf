using System.IO.Abstractions;

namespace PyBuild.Tasks.Incremental;

/// <summary>
/// Writes a whole file or nothing: the bytes go to a uniquely named temporary file in the same folder,
/// which is then renamed over the target. A reader (CPython, another build) never sees a torn pyc, and
/// builds racing on the same pyc each rename a complete one.
/// </summary>
internal static class AtomicFile
{
    // Windows refuses to replace a file another process has open; such a reader holds it briefly.
    private const int ReplaceAttempts = 10;
    private const int ReplaceRetryMilliseconds = 50;

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>; the folder must exist.</summary>
    public static void Write(IFileSystem fileSystem, string path, byte[] bytes)
    {
        string temporary = path + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp";
        try
        {
            fileSystem.File.WriteAllBytes(temporary, bytes);
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    fileSystem.File.Move(temporary, path, overwrite: true);
                    return;
                }
                catch (Exception e) when (attempt < ReplaceAttempts && (e is IOException || e is UnauthorizedAccessException))
                {
                    Thread.Sleep(ReplaceRetryMilliseconds);
                }
            }
        }
        finally
        {
            if (fileSystem.File.Exists(temporary))
            {
                fileSystem.File.Delete(temporary);
            }
        }
    }
}
