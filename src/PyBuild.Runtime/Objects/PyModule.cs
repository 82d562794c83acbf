namespace PyBuild.Runtime.Objects;

/// <summary>A module: a name and its globals.</summary>
internal sealed class PyModule : PyObject
{
    public static readonly PyType TypeObject = new("module", PyType.ObjectType);

    public PyModule(string name, PyDict? dict = null)
    {
        Name = name;
        ModuleDict = dict ?? new PyDict();
        ModuleDict.SetItem("__name__", new PyStr(name));
        if (ModuleDict.GetItemOrNull("__doc__") is null) ModuleDict.SetItem("__doc__", PyNone.Value);
    }

    public string Name { get; }

    public PyDict ModuleDict { get; }

    public override PyDict Dict => ModuleDict;

    public override PyType Type => TypeObject;

    /// <summary>CPython's module repr: where the module came from, when it knows.</summary>
    public override string Repr()
    {
        if (ModuleDict.GetItemOrNull("__file__") is PyStr file) return $"<module {PyStr.ReprOf(Name)} from {PyStr.ReprOf(file.Value)}>";
        if (ModuleDict.GetItemOrNull("__spec__") is { } spec && spec != PyNone.Value && ModuleDict.GetItemOrNull("__path__") is { } path)
            return $"<module {PyStr.ReprOf(Name)} (namespace) from {Ops.Repr(path)}>";
        return ModuleDict.GetItemOrNull("__spec__") is null && Name is not "__main__" ? $"<module {PyStr.ReprOf(Name)} (built-in)>" : $"<module {PyStr.ReprOf(Name)}>";
    }
}
