namespace PyBuild.Runtime.Objects;

/// <summary>An instance of a user class derived from <c>dict</c>, with <c>__missing__</c> support.</summary>
internal sealed class PyDictInstance(PyType type) : PyDict
{
    private PyDict? dict;

    public override PyType Type => type;

    public override PyDict Dict => dict ??= new PyDict();

    protected override PyObject? Missing(PyObject key) =>
        type.LookupUserDunder("__missing__") is { } f ? Ops.CallWithSelf(f, this, [key], null) : null;
}
