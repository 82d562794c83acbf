using System.IO.Abstractions;
using System.Text;

namespace PyBuild.Tasks.Incremental;

/// <summary>
/// The list, kept in <c>obj/</c>, of the pycs a project's builds wrote and the compiler that wrote them.
/// It tells which pycs may be reused, which belong to removed sources, and what <c>dotnet clean</c> deletes.
/// </summary>
/// <remarks>
/// Text, one record a line: a version line, <c>stamp</c> and the compiler stamp, then <c>pyc TAB source</c>.
/// A manifest that cannot be read counts as empty: everything is recompiled and nothing is deleted.
/// </remarks>
internal sealed class Manifest
{
    private const string VersionLine = "pybuild-pycompile-manifest 1";
    private const string StampPrefix = "stamp ";

    /// <summary>Creates a manifest.</summary>
    public Manifest(string? stamp, IReadOnlyList<ManifestEntry> entries)
    {
        Stamp = stamp;
        Entries = entries;
    }

    /// <summary>The stamp of the compiler that wrote the pycs; null when unknown.</summary>
    public string? Stamp { get; }

    /// <summary>The pycs written, with their sources.</summary>
    public IReadOnlyList<ManifestEntry> Entries { get; }

    /// <summary>An empty manifest, as for a project never built.</summary>
    public static Manifest Empty { get; } = new(null, Array.Empty<ManifestEntry>());

    /// <summary>Reads the manifest at <paramref name="path"/>; <see cref="Empty"/> when absent or unreadable.</summary>
    public static Manifest Read(IFileSystem fileSystem, string path)
    {
        string[] lines;
        try
        {
            if (!fileSystem.File.Exists(path))
            {
                return Empty;
            }

            lines = fileSystem.File.ReadAllLines(path, Encoding.UTF8);
        }
        catch (IOException)
        {
            return Empty;
        }
        catch (UnauthorizedAccessException)
        {
            return Empty;
        }

        if (lines.Length < 2 || lines[0] != VersionLine || !lines[1].StartsWith(StampPrefix, StringComparison.Ordinal))
        {
            return Empty;
        }

        var entries = new List<ManifestEntry>(lines.Length - 2);
        for (int i = 2; i < lines.Length; i++)
        {
            string line = lines[i];
            int tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                continue;
            }

            entries.Add(new ManifestEntry(line.Substring(0, tab), line.Substring(tab + 1)));
        }

        return new Manifest(lines[1].Substring(StampPrefix.Length), entries);
    }

    /// <summary>Writes the manifest to <paramref name="path"/> atomically.</summary>
    public void Write(IFileSystem fileSystem, string path)
    {
        var text = new StringBuilder();
        text.Append(VersionLine).Append('\n');
        text.Append(StampPrefix).Append(Stamp).Append('\n');
        foreach (var entry in Entries)
        {
            text.Append(entry.PycPath).Append('\t').Append(entry.SourcePath).Append('\n');
        }

        string? directory = fileSystem.Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            fileSystem.Directory.CreateDirectory(directory);
        }

        AtomicFile.Write(fileSystem, path, Encoding.UTF8.GetBytes(text.ToString()));
    }
}
