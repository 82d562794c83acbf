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

    public override string Repr() => Name is "sys" or "builtins" or "math" or "time" ? $"<module '{Name}' (built-in)>" : $"<module '{Name}'>";
}
