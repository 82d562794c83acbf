using System.IO.Abstractions;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PyBuild.Tasks.Diagnostics;

namespace PyBuild.Tasks;

/// <summary>
/// Resolves PyCompile items without compiling anything: validated metadata, each item's pyc path, and
/// the files to copy to the output folder. The targets use it for the up-to-date check and the copy.
/// </summary>
public sealed class PyResolveCompileItems : Microsoft.Build.Utilities.Task
{
    private readonly IFileSystem _fileSystem;

    /// <summary>Creates the task over the real file system.</summary>
    public PyResolveCompileItems()
        : this(new FileSystem())
    {
    }

    internal PyResolveCompileItems(IFileSystem fileSystem) => _fileSystem = fileSystem;

    /// <summary>The PyCompile items.</summary>
    public ITaskItem[] Sources { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The project's folder: relative items and output paths are relative to it.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>The project's PyOptimize.</summary>
    public string Optimize { get; set; } = string.Empty;

    /// <summary>The project's PyInvalidationMode.</summary>
    public string InvalidationMode { get; set; } = string.Empty;

    /// <summary>The project's PyCopyToOutput.</summary>
    public bool CopyToOutput { get; set; }

    /// <summary>The project's TreatWarningsAsErrors.</summary>
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>The project's WarningsNotAsErrors.</summary>
    public string WarningsNotAsErrors { get; set; } = string.Empty;

    /// <summary>The project's NoWarn.</summary>
    public string NoWarn { get; set; } = string.Empty;

    /// <summary>The sources, by full path, with PyOptimize, PyInvalidationMode, PyCopyToOutput, PycPath, TargetPath and PycTargetPath set.</summary>
    [Output]
    public ITaskItem[] CompileItems { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>The sources and pycs to copy to the output folder, with TargetPath and CopyToOutputDirectory.</summary>
    [Output]
    public ITaskItem[] CopyToOutputItems { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>Every pyc the sources compile to.</summary>
    [Output]
    public ITaskItem[] PycFiles { get; private set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc/>
    public override bool Execute()
    {
        var diagnostics = new List<Diagnostic>();
        var policy = new WarningPolicy(TreatWarningsAsErrors, WarningsNotAsErrors, NoWarn);
        if (!CompileSettings.TryParseDefaults(Optimize, InvalidationMode, CopyToOutput, diagnostics, out var defaults))
        {
            CompileSettings.LogAll(Log, policy, diagnostics);
            return false;
        }

        var items = new CompileItemResolver(_fileSystem, ProjectDirectory, defaults).Resolve(Sources, diagnostics);
        CompileSettings.LogAll(Log, policy, diagnostics);

        var compileItems = new ITaskItem[items.Count];
        var pycs = new ITaskItem[items.Count];
        var copies = new List<ITaskItem>();
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            compileItems[i] = CompileSettings.ToTaskItem(item);
            pycs[i] = new TaskItem(item.PycPath);
            if (item.CopyToOutput)
            {
                copies.Add(CopyItem(item.SourcePath, item.TargetPath));
                copies.Add(CopyItem(item.PycPath, item.PycTargetPath));
            }
        }

        CompileItems = compileItems;
        PycFiles = pycs;
        CopyToOutputItems = copies.ToArray();
        return !Log.HasLoggedErrors;
    }

    private static TaskItem CopyItem(string path, string targetPath)
    {
        var item = new TaskItem(path);
        item.SetMetadata(ItemMetadata.TargetPath, targetPath);
        item.SetMetadata(ItemMetadata.CopyToOutputDirectory, "PreserveNewest");
        return item;
    }
}
