using System.IO.Abstractions;

namespace PyBuild.Tasks.Incremental;

/// <summary>Where CPython 3.12 caches a source's bytecode, as <c>importlib.util.cache_from_source</c>.</summary>
internal static class CachePath
{
    /// <summary>CPython 3.12's <c>sys.implementation.cache_tag</c>.</summary>
    public const string CacheTag = "cpython-312";

    /// <summary>The folder CPython puts pycs in, beside their sources.</summary>
    public const string CacheFolder = "__pycache__";

    /// <summary>The pyc's file name for <paramref name="sourceFileName"/> at <paramref name="optimize"/>.</summary>
    /// <remarks>
    /// As <c>cache_from_source</c>: the name up to its last dot (the whole name when there is no dot or
    /// only a leading one), the tag, <c>.opt-N</c> when optimizing, then <c>.pyc</c>.
    /// </remarks>
    public static string FileName(string sourceFileName, int optimize)
    {
        int dot = sourceFileName.LastIndexOf('.');
        string almost;
        if (dot < 0)
        {
            // rpartition finds no dot: CPython joins the name and the tag with no separator.
            almost = sourceFileName + CacheTag;
        }
        else if (dot == 0)
        {
            almost = sourceFileName.Substring(1) + "." + CacheTag;
        }
        else
        {
            almost = sourceFileName.Substring(0, dot) + "." + CacheTag;
        }

        return optimize == 0 ? almost + ".pyc" : almost + ".opt-" + optimize.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".pyc";
    }

    /// <summary>The full pyc path for the source at <paramref name="sourcePath"/>.</summary>
    public static string For(IFileSystem fileSystem, string sourcePath, int optimize)
    {
        string directory = fileSystem.Path.GetDirectoryName(sourcePath) ?? string.Empty;
        return fileSystem.Path.Combine(directory, CacheFolder, FileName(fileSystem.Path.GetFileName(sourcePath), optimize));
    }
}
