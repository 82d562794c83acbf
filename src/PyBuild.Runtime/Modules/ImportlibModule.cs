using PyBuild.Runtime.Import;
using PyBuild.Runtime.Interpreter;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Modules;

/// <summary>The <c>importlib</c> module: <c>import_module</c>, <c>reload</c>, <c>invalidate_caches</c>.</summary>
internal static class ImportlibModule
{
    public static PyModule Create()
    {
        var m = new PyModule("importlib");
        var d = m.ModuleDict;
        void Add(string name, BuiltinFn fn) => d.SetItem(name, new PyBuiltinFunction(name, fn));
        Add("import_module", (a, k) =>
        {
            var args = Ops.BindArgs("import_module", a, k, ["name", "package"], 1);
            string name = args[0] is PyStr s ? s.Value : throw Ops.TypeError($"module name must be str, not {args[0]!.Type.Name}");
            string? package = args[1] is PyStr p ? p.Value : null;
            return Importer.ImportModule(name, package);
        });
        Add("reload", (a, k) =>
        {
            Ops.CheckArgCount("reload", a, 1, 1);
            if (a[0] is not PyModule module) throw Ops.TypeError("reload() argument must be a module");
            return Importer.Reload(module);
        });
        // Finders here keep no directory caches, so there is nothing to invalidate.
        Add("invalidate_caches", (a, k) => PyNone.Value);
        return m;
    }
}
