using System.IO.Abstractions;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PyBuild.Tasks.Incremental;

namespace PyBuild.Tasks;

/// <summary>Deletes every pyc the manifest records (and emptied <c>__pycache__</c> folders), then the manifest itself.</summary>
public sealed class PyClean : Microsoft.Build.Utilities.Task
{
    private readonly IFileSystem _fileSystem;

    /// <summary>Creates the task over the real file system.</summary>
    public PyClean()
        : this(new FileSystem())
    {
    }

    internal PyClean(IFileSystem fileSystem) => _fileSystem = fileSystem;

    /// <summary>The manifest PyCompile wrote.</summary>
    [Required]
    public string ManifestPath { get; set; } = string.Empty;

    /// <summary>The files deleted.</summary>
    [Output]
    public ITaskItem[] DeletedFiles { get; private set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc/>
    public override bool Execute()
    {
        var manifest = Manifest.Read(_fileSystem, ManifestPath);
        var deleted = new List<ITaskItem>(manifest.Entries.Count);
        foreach (var entry in manifest.Entries)
        {
            bool existed = _fileSystem.File.Exists(entry.PycPath);
            if (!StaleOutputs.Delete(_fileSystem, entry.PycPath))
            {
                Log.LogWarning(null, Diagnostics.DiagnosticCodes.FileAccess, null, entry.PycPath, 0, 0, 0, 0, "could not delete the pyc");
            }
            else if (existed)
            {
                deleted.Add(new TaskItem(entry.PycPath));
            }
        }

        foreach (string path in new[] { ManifestPath, ManifestPath + ".lock" })
        {
            if (_fileSystem.File.Exists(path))
            {
                _fileSystem.File.Delete(path);
            }
        }

        DeletedFiles = deleted.ToArray();
        return !Log.HasLoggedErrors;
    }
}
