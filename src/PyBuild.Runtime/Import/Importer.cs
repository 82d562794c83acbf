using PyBuild.Runtime.Exceptions;
using PyBuild.Runtime.Interpreter;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Import;

/// <summary>The import system; for now, native modules only (<c>sys</c>, <c>math</c>, <c>time</c>).</summary>
internal static class Importer
{
    public static PyObject ImportName(string name, PyObject fromlist, int level)
    {
        if (level > 0) throw Ops.NotSupported("relative imports");
        var ts = RuntimeState.Current;
        var top = name.Contains('.') ? name[..name.IndexOf('.')] : name;
        var module = Load(name, ts);
        if (name != top && (fromlist == PyNone.Value || fromlist is PyTuple { Items.Length: 0 })) return Load(top, ts);
        return module;
    }

    private static PyObject Load(string name, RuntimeState ts)
    {
        var cached = ts.Modules.GetItemOrNull(name);
        if (cached is not null) return cached;
        PyModule? m = name switch
        {
            "sys" => throw Ops.Error(ExceptionTypes.SystemError, "sys module missing"),
            "math" => Modules.MathModule.Create(),
            "time" => Modules.TimeModule.Create(),
            "itertools" => Modules.ItertoolsModule.Create(),
            "functools" => Modules.FunctoolsModule.Create(),
            "collections" => Modules.Collections.CollectionsModule.Create(),
            _ => null,
        };
        if (m is null)
        {
            var e = PyBaseException.Create(ExceptionTypes.ModuleNotFoundError, $"No module named '{name}'");
            e.Dict.SetItem("name", new PyStr(name));
            throw new PyException(e);
        }
        ts.Modules.SetItem(name, m);
        return m;
    }

    public static PyObject ImportFrom(PyObject module, string name)
    {
        var v = Ops.GetAttrOrNull(module, name);
        if (v is not null) return v;
        var modName = module is PyModule m ? m.Name : "?";
        throw Ops.Error(ExceptionTypes.ImportError, $"cannot import name '{name}' from '{modName}' (unknown location)");
    }

    public static void ImportStar(PyObject module, PyDict target)
    {
        if (module is not PyModule m) throw Ops.NotSupported("import * from a non-module");
        if (m.ModuleDict.GetItemOrNull("__all__") is { } all)
        {
            foreach (var n in Ops.ToArray(all)) target.SetItem(n, Ops.GetAttr(m, Ops.Str(n)));
            return;
        }
        foreach (var (k, v) in m.ModuleDict.Items())
        {
            if (k is PyStr s && !s.Value.StartsWith('_')) target.SetItem(k, v);
        }
    }
}
