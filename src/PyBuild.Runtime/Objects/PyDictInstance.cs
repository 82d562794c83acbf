namespace PyBuild.Runtime.Objects;

/// <summary>An instance of a user class derived from <c>dict</c>, with <c>__missing__</c> support.</summary>
internal sealed class PyDictInstance(PyType type) : PyDict
{
    private PyDict? dict;

    /// <summary>The instance's class; <c>__class__</c> assignment changes it.</summary>
    public PyType Class { get; set; } = type;

    public override PyType Type => Class;

    public override PyDict Dict => dict ??= new PyDict();

    protected override PyObject? Missing(PyObject key) =>
        Class.LookupUserDunder("__missing__") is { } f ? Ops.CallWithSelf(f, this, [key], null) : null;
}
