using System.IO.Abstractions;

namespace PyBuild.Tasks.Incremental;

/// <summary>Deletes pycs no longer wanted, and their <c>__pycache__</c> folder once it is empty.</summary>
internal static class StaleOutputs
{
    /// <summary>Deletes <paramref name="pycPath"/>; false when it could not be (it stays in the manifest for next time).</summary>
    public static bool Delete(IFileSystem fileSystem, string pycPath)
    {
        try
        {
            if (fileSystem.File.Exists(pycPath))
            {
                fileSystem.File.Delete(pycPath);
            }

            string? folder = fileSystem.Path.GetDirectoryName(pycPath);
            if (folder != null
                && string.Equals(fileSystem.Path.GetFileName(folder), CachePath.CacheFolder, StringComparison.Ordinal)
                && fileSystem.Directory.Exists(folder)
                && IsEmpty(fileSystem, folder))
            {
                fileSystem.Directory.Delete(folder);
            }

            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool IsEmpty(IFileSystem fileSystem, string folder)
    {
        using var entries = fileSystem.Directory.EnumerateFileSystemEntries(folder).GetEnumerator();
        return !entries.MoveNext();
    }
}
