namespace PyBuild.Compiler.Caching;

/// <summary>Where CPython 3.12 keeps the pyc of a source file, and how to write one safely.</summary>
public static class PycCache
{
    /// <summary>The cache tag in pyc names (<c>sys.implementation.cache_tag</c>).</summary>
    public const string CacheTag = "cpython-312";

    /// <summary>
    /// <c>importlib.util.cache_from_source</c>: <c>DIR/__pycache__/NAME.cpython-312.pyc</c>, with
    /// <c>.opt-1</c> or <c>.opt-2</c> before <c>.pyc</c> for optimisation levels 1 and 2.
    /// </summary>
    public static string CachePath(string sourcePath, int optimize)
    {
        string directory = Path.GetDirectoryName(sourcePath) ?? "";
        string name = Path.GetFileName(sourcePath);
        int dot = name.LastIndexOf('.');
        string stem = dot > 0 ? name[..dot] : name;
        string opt = optimize > 0 ? $".opt-{optimize}" : "";
        return Path.Combine(directory, "__pycache__", $"{stem}.{CacheTag}{opt}.pyc");
    }

    /// <summary>
    /// Writes <paramref name="bytes"/> to <paramref name="path"/> through a temporary file in the
    /// same folder and a rename, so no reader ever sees a partly written file.
    /// </summary>
    public static void WriteAtomically(string path, byte[] bytes)
    {
        string directory = Path.GetDirectoryName(path) ?? ".";
        Directory.CreateDirectory(directory);
        string temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }
}
