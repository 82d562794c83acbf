using System.Globalization;
using System.IO.Abstractions;
using Microsoft.Build.Framework;
using PyBuild.Compiler.Marshal;
using PyBuild.Tasks.Diagnostics;
using PyBuild.Tasks.Incremental;

namespace PyBuild.Tasks;

/// <summary>
/// Turns PyCompile items into <see cref="CompileItem"/>s: metadata validated (empty means the project's
/// default), pyc and output paths computed, and items that ask for the same pyc merged.
/// </summary>
internal sealed class CompileItemResolver
{
    private readonly IFileSystem _fileSystem;
    private readonly string _projectDirectory;
    private readonly CompileDefaults _defaults;

    /// <summary>Creates a resolver for the project in <paramref name="projectDirectory"/>.</summary>
    public CompileItemResolver(IFileSystem fileSystem, string projectDirectory, CompileDefaults defaults)
    {
        _fileSystem = fileSystem;
        _projectDirectory = fileSystem.Path.GetFullPath(projectDirectory);
        _defaults = defaults;
    }

    /// <summary>Resolves <paramref name="items"/>, adding to <paramref name="diagnostics"/> what is wrong with them.</summary>
    public List<CompileItem> Resolve(ITaskItem[] items, List<Diagnostic> diagnostics)
    {
        var resolved = new List<CompileItem>(items.Length);
        var byPyc = new Dictionary<string, string>(PathComparer);
        foreach (var item in items)
        {
            string source = _fileSystem.Path.GetFullPath(item.ItemSpec, _projectDirectory);
            if (!TryParseOptimize(item.GetMetadata(ItemMetadata.Optimize), _defaults.Optimize, out int optimize))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidMetadata, source,
                    $"invalid {ItemMetadata.Optimize} '{item.GetMetadata(ItemMetadata.Optimize)}': expected 0, 1 or 2"));
                continue;
            }

            if (!TryParseMode(item.GetMetadata(ItemMetadata.InvalidationMode), _defaults.Mode, out var mode))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidMetadata, source,
                    $"invalid {ItemMetadata.InvalidationMode} '{item.GetMetadata(ItemMetadata.InvalidationMode)}': expected Timestamp, CheckedHash or UncheckedHash"));
                continue;
            }

            string copyMetadata = item.GetMetadata(ItemMetadata.CopyToOutput);
            bool copy = copyMetadata.Length == 0 ? _defaults.CopyToOutput : string.Equals(copyMetadata, "true", StringComparison.OrdinalIgnoreCase);

            string pyc = CachePath.For(_fileSystem, source, optimize);
            if (byPyc.TryGetValue(pyc, out string? first))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.DuplicateItem, source,
                    $"'{item.ItemSpec}' is included in PyCompile more than once (first as '{first}'); it is compiled once"));
                continue;
            }

            byPyc.Add(pyc, item.ItemSpec);
            string targetPath = TargetPathOf(item, source);
            string pycTargetPath = _fileSystem.Path.Combine(_fileSystem.Path.GetDirectoryName(targetPath) ?? string.Empty, CachePath.CacheFolder, _fileSystem.Path.GetFileName(pyc));
            resolved.Add(new CompileItem(source, pyc, optimize, mode, copy, targetPath, pycTargetPath));
        }

        return resolved;
    }

    /// <summary>How paths compare on this system: case-insensitively where the file system usually is.</summary>
    public static StringComparer PathComparer { get; } = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>Parses PyOptimize: 0, 1 or 2; empty means <paramref name="fallback"/>.</summary>
    public static bool TryParseOptimize(string text, int fallback, out int optimize)
    {
        if (text.Length == 0)
        {
            optimize = fallback;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out optimize) && optimize <= 2;
    }

    /// <summary>Parses PyInvalidationMode by our names or CPython's (<c>CHECKED_HASH</c>); empty means <paramref name="fallback"/>.</summary>
    public static bool TryParseMode(string text, PycInvalidationMode fallback, out PycInvalidationMode mode)
    {
        if (text.Length == 0)
        {
            mode = fallback;
            return true;
        }

        switch (text.Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant())
        {
            case "TIMESTAMP":
                mode = PycInvalidationMode.Timestamp;
                return true;
            case "CHECKEDHASH":
                mode = PycInvalidationMode.CheckedHash;
                return true;
            case "UNCHECKEDHASH":
                mode = PycInvalidationMode.UncheckedHash;
                return true;
            default:
                mode = fallback;
                return false;
        }
    }

    // MSBuild's convention (AssignTargetPath): the Link, else the path under the project, else the file name.
    private string TargetPathOf(ITaskItem item, string source)
    {
        string link = item.GetMetadata(ItemMetadata.Link);
        if (link.Length != 0)
        {
            return link;
        }

        string relative = _fileSystem.Path.GetRelativePath(_projectDirectory, source);
        return relative.StartsWith("..", StringComparison.Ordinal) || _fileSystem.Path.IsPathRooted(relative)
            ? _fileSystem.Path.GetFileName(source)
            : relative;
    }
}
