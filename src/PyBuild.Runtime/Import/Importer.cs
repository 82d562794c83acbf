using PyBuild.Runtime.Exceptions;
using PyBuild.Runtime.Interpreter;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Import;

/// <summary>
/// The import system (CPython's <c>importlib._bootstrap</c>): resolves relative names, imports
/// parent packages first, finds modules among the native ones and then on <c>sys.path</c> or the
/// parent's <c>__path__</c>, executes them in a new module registered in <c>sys.modules</c>.
/// </summary>
internal static class Importer
{
    /// <summary><c>IMPORT_NAME</c>: <c>__import__(name, globals, None, fromlist, level)</c>.</summary>
    public static PyObject ImportName(string name, PyObject fromlist, int level, PyDict globals) =>
        ImportModuleLevel(name, globals, fromlist, level);

    /// <summary>
    /// <c>__import__</c>: the top-level package for <c>import a.b</c>, the module itself when a
    /// fromlist is given (after importing the submodules it names).
    /// </summary>
    public static PyObject ImportModuleLevel(string name, PyDict? globals, PyObject fromlist, int level)
    {
        if (level < 0) throw Ops.ValueError("level must be >= 0");
        string absName = level > 0 ? ResolveName(name, PackageOf(globals), level) : name;
        if (absName.Length == 0) throw Ops.ValueError("Empty module name");
        var module = GcdImport(absName);
        bool hasFromlist = fromlist != PyNone.Value && Ops.IsTrue(fromlist);
        if (!hasFromlist)
        {
            if (level == 0) return GcdImport(name.Contains('.') ? name[..name.IndexOf('.')] : name);
            if (name.Length == 0) return module;
            int cutOff = name.Length - (name.Contains('.') ? name.IndexOf('.') : name.Length);
            string moduleName = ModuleName(module);
            return RuntimeState.Current.Modules.GetItemOrNull(moduleName[..(moduleName.Length - cutOff)]) ?? module;
        }
        if (module.Dict?.GetItemOrNull("__path__") is not null) HandleFromlist(module, fromlist, false);
        return module;
    }

    /// <summary><c>importlib.import_module(name, package)</c>: the module itself, relative names resolved against <paramref name="package"/>.</summary>
    public static PyObject ImportModule(string name, string? package)
    {
        int level = 0;
        if (name.StartsWith('.'))
        {
            if (package is null)
                throw Ops.TypeError($"the 'package' argument is required to perform a relative import for {Ops.Repr(new PyStr(name))}");
            while (level < name.Length && name[level] == '.') level++;
        }
        string absName = level > 0 ? ResolveName(name[level..], package!, level) : name;
        if (absName.Length == 0) throw Ops.ValueError("Empty module name");
        return GcdImport(absName);
    }

    /// <summary><c>_handle_fromlist</c>: imports the submodules a fromlist names that are not attributes yet.</summary>
    private static void HandleFromlist(PyObject module, PyObject fromlist, bool recursive)
    {
        foreach (var item in Ops.ToArray(fromlist))
        {
            if (item is not PyStr x)
            {
                string where = recursive ? ModuleName(module) + ".__all__" : "``from list''";
                throw Ops.TypeError($"Item in {where} must be str, not {item.Type.Name}");
            }
            if (x.Value == "*")
            {
                if (!recursive && module.Dict!.GetItemOrNull("__all__") is { } all) HandleFromlist(module, all, true);
                continue;
            }
            if (Ops.GetAttrOrNull(module, x.Value) is not null) continue;
            string fromName = ModuleName(module) + "." + x.Value;
            try
            {
                GcdImport(fromName);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.ModuleNotFoundError)
                && e.Value.Dict.GetItemOrNull("name") is PyStr missing && missing.Value == fromName
                && RuntimeState.Current.Modules.GetItemOrNull(fromName) is not PyNone)
            {
                // As importlib: a fromlist name that is not a submodule is left for IMPORT_FROM to report.
            }
        }
    }

    /// <summary>The package a relative import in a module with these globals is relative to (<c>_calc___package__</c>).</summary>
    private static string? PackageOf(PyDict? globals)
    {
        if (globals is null) return null;
        if (globals.GetItemOrNull("__package__") is { } package && package != PyNone.Value)
        {
            return package as PyStr is { } s ? s.Value : throw Ops.TypeError("package must be a string");
        }
        if (globals.GetItemOrNull("__spec__") is { } spec && spec != PyNone.Value)
        {
            return Ops.Str(Ops.GetAttr(spec, "parent"));
        }
        if (globals.GetItemOrNull("__name__") is not PyStr name) throw Ops.Error(ExceptionTypes.KeyError, "'__name__' not in globals");
        if (globals.GetItemOrNull("__path__") is not null) return name.Value;
        return name.Value.Contains('.') ? name.Value[..name.Value.LastIndexOf('.')] : "";
    }

    /// <summary><c>_resolve_name</c>: the absolute name of a relative import <paramref name="level"/> levels up from <paramref name="package"/>.</summary>
    private static string ResolveName(string name, string? package, int level)
    {
        if (string.IsNullOrEmpty(package))
            throw ImportErrors.Create(ExceptionTypes.ImportError, "attempted relative import with no known parent package", null);
        string baseName = package;
        for (int i = 1; i < level; i++)
        {
            int dot = baseName.LastIndexOf('.');
            if (dot < 0) throw ImportErrors.Create(ExceptionTypes.ImportError, "attempted relative import beyond top-level package", null);
            baseName = baseName[..dot];
        }
        return name.Length == 0 ? baseName : baseName + "." + name;
    }

    /// <summary><c>_gcd_import</c>: the module <paramref name="name"/> (absolute), from <c>sys.modules</c> or loaded now.</summary>
    public static PyObject GcdImport(string name)
    {
        var ts = RuntimeState.Current;
        var key = new PyStr(name);
        var existing = ts.Modules.GetItemOrNull(key);
        if (existing is PyNone)
            throw ImportErrors.Create(ExceptionTypes.ModuleNotFoundError, $"import of {name} halted; None in sys.modules", name);
        return existing ?? FindAndLoad(name, ts);
    }

    private static PyObject FindAndLoad(string name, RuntimeState ts)
    {
        PyObject? searchPath = null;
        PyObject? parentModule = null;
        int dot = name.LastIndexOf('.');
        if (dot >= 0)
        {
            string parent = name[..dot];
            parentModule = GcdImport(parent);
            if (ts.Modules.GetItemOrNull(name) is { } loadedMeanwhile) return loadedMeanwhile;
            searchPath = Ops.GetAttrOrNull(parentModule, "__path__")
                ?? throw ImportErrors.Create(ExceptionTypes.ModuleNotFoundError, $"No module named '{name}'; '{parent}' is not a package", name);
        }
        else if (BuiltinModules.Create(name) is { } native)
        {
            ts.Modules.SetItem(name, native);
            return native;
        }
        searchPath ??= SysAttr(ts, "path") ?? throw Ops.Error(ExceptionTypes.ImportError, "sys.path must be a list of directories");
        var spec = PathFinder.FindSpec(name, searchPath) ?? throw ImportErrors.NotFound(name);
        var module = Load(spec, ts);
        if (parentModule is not null) Ops.SetAttr(parentModule, name[(dot + 1)..], module);
        return module;
    }

    /// <summary><c>importlib.reload</c>: finds the module again and re-executes its code in the same module object.</summary>
    public static PyObject Reload(PyModule module)
    {
        var ts = RuntimeState.Current;
        string name = module.Name;
        if (ts.Modules.GetItemOrNull(name) != module)
            throw ImportErrors.Create(ExceptionTypes.ImportError, $"module {name} not in sys.modules", name);
        int dot = name.LastIndexOf('.');
        PyObject? searchPath = dot < 0 ? SysAttr(ts, "path") : Ops.GetAttrOrNull(GcdImport(name[..dot]), "__path__");
        if (BuiltinModules.Create(name) is not null) return module;
        var spec = (searchPath is null ? null : PathFinder.FindSpec(name, searchPath)) ?? throw ImportErrors.NotFound(name);
        Execute(spec, module, ts);
        return ts.Modules.GetItemOrNull(name) ?? module;
    }

    /// <summary>Creates the module for <paramref name="spec"/>, registers it and executes its code; on failure it leaves <c>sys.modules</c>.</summary>
    private static PyObject Load(ModuleSpec spec, RuntimeState ts)
    {
        var module = new PyModule(spec.Name);
        var d = module.ModuleDict;
        var (specObject, loader) = spec.ToPython(ts.Optimize);
        d.SetItem("__package__", new PyStr(spec.Parent));
        d.SetItem("__loader__", loader);
        d.SetItem("__spec__", specObject);
        if (spec.SearchLocations is not null) d.SetItem("__path__", spec.PathList());
        d.SetItem("__file__", spec.Origin is null ? PyNone.Value : new PyStr(spec.Origin));
        if (spec.Cached(ts.Optimize) is { } cached) d.SetItem("__cached__", new PyStr(cached));
        var key = new PyStr(spec.Name);
        ts.Modules.SetItem(key, module);
        if (spec.Loader == ModuleSpec.LoaderKind.Namespace) return module;
        specObject.Dict!.SetItem("_initializing", PyBool.True);
        try
        {
            Execute(spec, module, ts);
        }
        catch (PyException)
        {
            ts.Modules.Remove(key, out _);
            throw;
        }
        finally
        {
            specObject.Dict!.SetItem("_initializing", PyBool.False);
        }
        // The module may have replaced itself in sys.modules, as importlib allows.
        return ts.Modules.GetItemOrNull(key) ?? throw ImportErrors.Create(ExceptionTypes.ImportError, $"loader for {spec.Name} cannot handle {spec.Name}", spec.Name);
    }

    /// <summary>Runs the module's code (source through the pyc cache, or a pyc) in the module's dict.</summary>
    private static void Execute(ModuleSpec spec, PyModule module, RuntimeState ts)
    {
        if (spec.Loader == ModuleSpec.LoaderKind.Namespace) return;
        var code = spec.Loader == ModuleSpec.LoaderKind.Source
            ? CachedCompiler.FromSource(spec.Origin!, ts.Optimize, SysAttr(ts, "dont_write_bytecode") is { } dont && Ops.IsTrue(dont))
            : CachedCompiler.FromPyc(spec.Name, spec.Origin!);
        module.ModuleDict.SetItem("__builtins__", ts.Builtins);
        Eval.RunModule(code, module.ModuleDict, ts.Builtins);
    }

    private static PyObject? SysAttr(RuntimeState ts, string name) =>
        ts.Modules.GetItemOrNull("sys") is { } sys ? Ops.GetAttrOrNull(sys, name) : null;

    private static string ModuleName(PyObject module) =>
        module is PyModule m ? m.Name : Ops.Str(Ops.GetAttr(module, "__name__"));

    /// <summary>Whether the module is still executing its body (its spec's <c>_initializing</c>), as in a circular import.</summary>
    public static bool IsInitializing(PyObject module) =>
        module.Dict?.GetItemOrNull("__spec__") is { } spec && spec != PyNone.Value
        && Ops.GetAttrOrNull(spec, "_initializing") is { } flag && Ops.IsTrue(flag);

    /// <summary><c>IMPORT_FROM</c>: an attribute of the module, else its submodule from <c>sys.modules</c>, else CPython's ImportError.</summary>
    public static PyObject ImportFrom(PyObject module, string name)
    {
        var v = Ops.GetAttrOrNull(module, name);
        if (v is not null) return v;
        var pkgName = module.Dict?.GetItemOrNull("__name__") as PyStr;
        if (pkgName is not null && RuntimeState.Current.Modules.GetItemOrNull(pkgName.Value + "." + name) is { } sub) return sub;
        if (pkgName is null)
            throw ImportErrors.Create(ExceptionTypes.ImportError, $"cannot import name '{name}' from '<unknown module name>' (unknown location)", null);
        string? path = module.Dict?.GetItemOrNull("__file__") is PyStr f ? f.Value : null;
        string pkg = PyStr.ReprOf(pkgName.Value);
        string nameRepr = PyStr.ReprOf(name);
        string message = path is null ? $"cannot import name {nameRepr} from {pkg} (unknown location)"
            : IsInitializing(module) ? $"cannot import name {nameRepr} from partially initialized module {pkg} (most likely due to a circular import) ({path})"
            : $"cannot import name {nameRepr} from {pkg} ({path})";
        var error = ImportErrors.Create(ExceptionTypes.ImportError, message, pkgName.Value, path);
        error.Value.Dict.SetItem("name_from", new PyStr(name));
        throw error;
    }

    public static void ImportStar(PyObject module, PyDict target)
    {
        var dict = module.Dict ?? throw Ops.NotSupported("import * from an object without __dict__");
        if (dict.GetItemOrNull("__all__") is { } all)
        {
            foreach (var n in Ops.ToArray(all))
            {
                if (n is not PyStr s) throw Ops.TypeError($"Item in {ModuleName(module)}.__all__ must be str, not {n.Type.Name}");
                target.SetItem(n, Ops.GetAttr(module, s.Value));
            }
            return;
        }
        foreach (var (k, v) in dict.Items())
        {
            if (k is PyStr s && !s.Value.StartsWith('_')) target.SetItem(k, v);
        }
    }
}
