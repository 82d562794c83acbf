using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Import;

/// <summary>
/// CPython's <c>PathFinder</c> with its <c>FileFinder</c>s: looks for a module in each folder of a
/// search path (<c>sys.path</c> or a package's <c>__path__</c>). In each folder a package
/// (<c>NAME/__init__.py</c>) comes first, then <c>NAME.py</c>, then <c>NAME.pyc</c>; folders named
/// NAME without <c>__init__.py</c> become portions of a namespace package if nothing else is found.
/// </summary>
internal static class PathFinder
{
    public static ModuleSpec? FindSpec(string fullName, PyObject searchPath)
    {
        string tail = fullName.Contains('.') ? fullName[(fullName.LastIndexOf('.') + 1)..] : fullName;
        List<string>? portions = null;
        foreach (var entry in Ops.ToArray(searchPath))
        {
            if (entry is not PyStr folderName) continue;
            string folder;
            try
            {
                folder = Path.GetFullPath(folderName.Value.Length == 0 ? "." : folderName.Value);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                continue;
            }
            if (!Directory.Exists(folder)) continue;
            string basePath = Path.Combine(folder, tail);
            if (Directory.Exists(basePath))
            {
                foreach (var (suffix, kind) in Suffixes)
                {
                    string init = Path.Combine(basePath, "__init__" + suffix);
                    if (File.Exists(init)) return new ModuleSpec(fullName, init, [basePath], kind);
                }
            }
            foreach (var (suffix, kind) in Suffixes)
            {
                string file = basePath + suffix;
                if (File.Exists(file)) return new ModuleSpec(fullName, file, null, kind);
            }
            if (Directory.Exists(basePath)) (portions ??= []).Add(basePath);
        }
        return portions is null ? null : new ModuleSpec(fullName, null, portions, ModuleSpec.LoaderKind.Namespace);
    }

    private static readonly (string Suffix, ModuleSpec.LoaderKind Kind)[] Suffixes =
    [
        (".py", ModuleSpec.LoaderKind.Source),
        (".pyc", ModuleSpec.LoaderKind.Sourceless),
    ];
}
