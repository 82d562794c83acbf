using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Import;

/// <summary>
/// What a finder found for a module name (CPython's <c>importlib.machinery.ModuleSpec</c>): its
/// origin file, and for packages the folders searched for submodules. The Python-visible object is
/// made by <see cref="ToPython"/>.
/// </summary>
internal sealed class ModuleSpec(string name, string? origin, List<string>? searchLocations, ModuleSpec.LoaderKind loader)
{
    /// <summary>How the module's code is obtained.</summary>
    public enum LoaderKind
    {
        /// <summary>A <c>.py</c> file, compiled by our compiler and cached in <c>__pycache__</c>.</summary>
        Source,
        /// <summary>A <c>.pyc</c> file without source, run as it is.</summary>
        Sourceless,
        /// <summary>A namespace package: folders without <c>__init__.py</c>, no code.</summary>
        Namespace,
    }

    /// <summary>The type of <c>__spec__</c>.</summary>
    public static readonly PyType SpecType = new("ModuleSpec", PyType.ObjectType);

    /// <summary>The type of <c>__loader__</c> for source modules.</summary>
    public static readonly PyType SourceFileLoaderType = new("SourceFileLoader", PyType.ObjectType);

    /// <summary>The type of <c>__loader__</c> for pyc modules without source.</summary>
    public static readonly PyType SourcelessFileLoaderType = new("SourcelessFileLoader", PyType.ObjectType);

    /// <summary>The type of <c>__loader__</c> for namespace packages.</summary>
    public static readonly PyType NamespaceLoaderType = new("NamespaceLoader", PyType.ObjectType);

    public string Name { get; } = name;

    /// <summary>The file the module comes from, or null for namespace packages.</summary>
    public string? Origin { get; } = origin;

    /// <summary>For packages, <c>__path__</c>; null for plain modules.</summary>
    public List<string>? SearchLocations { get; } = searchLocations;

    public LoaderKind Loader { get; } = loader;

    /// <summary><c>spec.parent</c>: the package name for packages, else the name up to the last dot.</summary>
    public string Parent => SearchLocations is not null ? Name : Name.Contains('.') ? Name[..Name.LastIndexOf('.')] : "";

    /// <summary>The pyc path recorded as <c>__cached__</c> for source modules.</summary>
    public string? Cached(int optimize) => Loader switch
    {
        LoaderKind.Source => PyBuild.Compiler.Caching.PycCache.CachePath(Origin!, optimize),
        LoaderKind.Sourceless => Origin,
        _ => null,
    };

    /// <summary>The <c>__spec__</c> and <c>__loader__</c> objects, as CPython's attributes name them.</summary>
    public (PyObject Spec, PyObject Loader) ToPython(int optimize)
    {
        var loader = new PyInstance(Loader switch
        {
            LoaderKind.Source => SourceFileLoaderType,
            LoaderKind.Sourceless => SourcelessFileLoaderType,
            _ => NamespaceLoaderType,
        });
        loader.Dict.SetItem("name", new PyStr(Name));
        if (Origin is not null) loader.Dict.SetItem("path", new PyStr(Origin));
        var spec = new PyInstance(SpecType);
        var d = spec.Dict;
        d.SetItem("name", new PyStr(Name));
        d.SetItem("loader", loader);
        d.SetItem("origin", Origin is null ? PyNone.Value : new PyStr(Origin));
        d.SetItem("submodule_search_locations", SearchLocations is null ? PyNone.Value : PathList());
        d.SetItem("cached", Cached(optimize) is { } c ? new PyStr(c) : PyNone.Value);
        d.SetItem("parent", new PyStr(Parent));
        d.SetItem("has_location", PyBool.From(Origin is not null));
        return (spec, loader);
    }

    /// <summary>A new Python list of the package's search locations (<c>__path__</c>).</summary>
    public PyList PathList()
    {
        var list = new PyList();
        foreach (var p in SearchLocations!) list.Append(new PyStr(p));
        return list;
    }
}
