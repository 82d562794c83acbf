using System.IO.Abstractions;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PyBuild.Compiler;
using PyBuild.Tasks.Compilation;
using PyBuild.Tasks.Diagnostics;
using PyBuild.Tasks.Incremental;

namespace PyBuild.Tasks;

/// <summary>
/// Compiles PyCompile items in process, in parallel, to <c>__pycache__/NAME.cpython-312[.opt-N].pyc</c>
/// beside each source, recompiling only the pycs whose header no longer matches their source, deleting
/// the pycs of sources no longer compiled, and recording what it wrote in a manifest.
/// </summary>
public sealed class PyCompile : Microsoft.Build.Utilities.Task, ICancelableTask
{
    // Long enough for another inner build of the same project to finish compiling everything.
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(10);

    private readonly IFileSystem _fileSystem;
    private readonly IPycCompiler? _injectedCompiler;
    private IPycCompiler _compiler = PythonPycCompiler.Instance;
    private readonly CancellationTokenSource _cancellation = new();

    /// <summary>Creates the task with the real file system and compiler.</summary>
    public PyCompile()
    {
        _fileSystem = new FileSystem();
    }

    internal PyCompile(IFileSystem fileSystem, IPycCompiler compiler)
    {
        _fileSystem = fileSystem;
        _injectedCompiler = compiler;
    }

    /// <summary>The PyCompile items (as PyResolveCompileItems returns them, or as written in the project).</summary>
    public ITaskItem[] Sources { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The project's folder.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>Where the manifest of written pycs is kept (in <c>obj/</c>).</summary>
    [Required]
    public string ManifestPath { get; set; } = string.Empty;

    /// <summary>A file touched after a successful run and deleted after a failed one: the target's output.</summary>
    public string StampFile { get; set; } = string.Empty;

    /// <summary>The project's PyOptimize, for items without their own.</summary>
    public string Optimize { get; set; } = string.Empty;

    /// <summary>The project's PyInvalidationMode, for items without their own.</summary>
    public string InvalidationMode { get; set; } = string.Empty;

    /// <summary>The project's TreatWarningsAsErrors.</summary>
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>The project's WarningsNotAsErrors.</summary>
    public string WarningsNotAsErrors { get; set; } = string.Empty;

    /// <summary>The project's NoWarn.</summary>
    public string NoWarn { get; set; } = string.Empty;

    /// <summary>How many files to compile at once; 0 or less means one per processor.</summary>
    public int MaxParallelism { get; set; }

    /// <summary>
    /// Whether to use the package's native build of the compiler where it has one for this platform
    /// (the same compiler, faster in a fresh MSBuild process); false runs the compiler assembly itself.
    /// </summary>
    public bool UseNativeCompiler { get; set; } = true;

    /// <summary>The sources whose pyc was written by this run.</summary>
    [Output]
    public ITaskItem[] CompiledFiles { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>The pycs that are now up to date (written or kept).</summary>
    [Output]
    public ITaskItem[] PycFiles { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>The pycs of sources no longer compiled, deleted by this run.</summary>
    [Output]
    public ITaskItem[] DeletedFiles { get; private set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc/>
    public void Cancel() => _cancellation.Cancel();

    /// <inheritdoc/>
    public override bool Execute()
    {
        var started = DateTime.UtcNow;
        _compiler = ChooseCompiler(out string compilerDescription);
        Log.LogMessage(MessageImportance.Low, "PyCompile: compiling with {0}.", compilerDescription);
        var policy = new WarningPolicy(TreatWarningsAsErrors, WarningsNotAsErrors, NoWarn);
        var diagnostics = new List<Diagnostic>();
        if (!CompileSettings.TryParseDefaults(Optimize, InvalidationMode, false, diagnostics, out var defaults))
        {
            CompileSettings.LogAll(Log, policy, diagnostics);
            return false;
        }

        var items = new CompileItemResolver(_fileSystem, ProjectDirectory, defaults).Resolve(Sources, diagnostics);
        CompileSettings.LogAll(Log, policy, diagnostics);

        using (var projectLock = ProjectLock.Acquire(_fileSystem, ManifestPath + ".lock", LockTimeout, _cancellation.Token))
        {
            if (projectLock == null)
            {
                if (!_cancellation.IsCancellationRequested)
                {
                    Log.LogError(null, DiagnosticCodes.FileAccess, null, ManifestPath, 0, 0, 0, 0, "timed out waiting for another build of this project to finish compiling");
                }

                return false;
            }

            Run(items, policy);
        }

        bool succeeded = !Log.HasLoggedErrors && !_cancellation.IsCancellationRequested;
        UpdateStamp(succeeded, started);
        return succeeded;
    }

    private void Run(List<CompileItem> items, WarningPolicy policy)
    {
        var manifest = Manifest.Read(_fileSystem, ManifestPath);
        var recorded = new HashSet<string>(CompileItemResolver.PathComparer);
        if (manifest.Stamp == _compiler.Stamp)
        {
            foreach (var entry in manifest.Entries)
            {
                recorded.Add(entry.PycPath);
            }
        }

        var results = new FileResult?[items.Count];
        var builder = new PycBuilder(_fileSystem, _compiler);
        int parallelism = MaxParallelism > 0 ? MaxParallelism : Environment.ProcessorCount;
        PythonCompiler.ForEach(items.Count, parallelism, i => results[i] = builder.Build(items[i], recorded.Contains(items[i].PycPath)), _cancellation.Token);
        if (_cancellation.IsCancellationRequested)
        {
            Log.LogMessage(MessageImportance.High, "PyCompile cancelled.");
        }

        var entries = new List<ManifestEntry>(items.Count);
        var wanted = new HashSet<string>(CompileItemResolver.PathComparer);
        var compiled = new List<ITaskItem>();
        var pycs = new List<ITaskItem>(items.Count);
        int fresh = 0;
        int failed = 0;
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            wanted.Add(item.PycPath);
            var result = results[i];
            if (result == null)
            {
                continue;
            }

            CompileSettings.LogAll(Log, policy, result.Diagnostics);
            if (result.Written)
            {
                Log.LogMessage(MessageImportance.Normal, "PyCompile: {0} -> {1} ({2})", item.SourcePath, item.PycPath, Describe(result.Staleness));
                compiled.Add(new TaskItem(item.SourcePath));
            }
            else if (result.Failed)
            {
                failed++;
            }
            else
            {
                fresh++;
            }

            if (!result.Failed)
            {
                pycs.Add(new TaskItem(item.PycPath));
            }

            // A pyc of ours left from before a failed compile stays ours (clean removes it); one we did not
            // write must not become trusted by its source failing to compile.
            if (!result.Failed || (recorded.Contains(item.PycPath) && _fileSystem.File.Exists(item.PycPath)))
            {
                entries.Add(new ManifestEntry(item.PycPath, item.SourcePath));
            }
        }

        var deleted = new List<ITaskItem>();
        foreach (var entry in manifest.Entries)
        {
            if (wanted.Contains(entry.PycPath))
            {
                continue;
            }

            bool existed = _fileSystem.File.Exists(entry.PycPath);
            if (!StaleOutputs.Delete(_fileSystem, entry.PycPath))
            {
                entries.Add(entry);
            }
            else if (existed)
            {
                Log.LogMessage(MessageImportance.Normal, "PyCompile: deleted {0} (its source is no longer compiled at this level)", entry.PycPath);
                deleted.Add(new TaskItem(entry.PycPath));
            }
        }

        new Manifest(_compiler.Stamp, entries).Write(_fileSystem, ManifestPath);
        Log.LogMessage(MessageImportance.Normal, "PyCompile: {0} compiled, {1} up to date, {2} failed, {3} deleted.", compiled.Count, fresh, failed, deleted.Count);
        CompiledFiles = compiled.ToArray();
        PycFiles = pycs.ToArray();
        DeletedFiles = deleted.ToArray();
    }

    /// <summary>The injected compiler (tests), else the package's native compiler where allowed and present, else the assembly.</summary>
    private IPycCompiler ChooseCompiler(out string description)
    {
        if (_injectedCompiler != null)
        {
            description = _injectedCompiler.GetType().Name;
            return _injectedCompiler;
        }

        if (UseNativeCompiler && NativePycCompiler.ShippedForThisPlatform is { } native)
        {
            description = "the native compiler for " + NativePycCompiler.PlatformRid;
            return native;
        }

        description = UseNativeCompiler
            ? $"the compiler assembly (the package has no native compiler for {NativePycCompiler.PlatformRid ?? "this platform"})"
            : "the compiler assembly";
        return PythonPycCompiler.Instance;
    }

    private void UpdateStamp(bool succeeded, DateTime started)
    {
        if (StampFile.Length == 0)
        {
            return;
        }

        if (!succeeded)
        {
            if (_fileSystem.File.Exists(StampFile))
            {
                _fileSystem.File.Delete(StampFile);
            }

            return;
        }

        string? folder = _fileSystem.Path.GetDirectoryName(StampFile);
        if (!string.IsNullOrEmpty(folder))
        {
            _fileSystem.Directory.CreateDirectory(folder);
        }

        _fileSystem.File.WriteAllBytes(StampFile, Array.Empty<byte>());

        // The run's start, not its end: a source saved while compiling stays newer than the stamp.
        _fileSystem.File.SetLastWriteTimeUtc(StampFile, started);
    }

    private static string Describe(Staleness staleness) => staleness switch
    {
        Staleness.Missing => "no pyc yet",
        Staleness.NotOurs => "pyc not written by this compiler",
        Staleness.BadHeader => "pyc header unreadable",
        Staleness.ModeChanged => "invalidation mode changed",
        _ => "source changed",
    };
}
