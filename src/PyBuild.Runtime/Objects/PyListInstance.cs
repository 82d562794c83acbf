namespace PyBuild.Runtime.Objects;

/// <summary>An instance of a user class derived from <c>list</c>: list storage plus a class and a <c>__dict__</c>.</summary>
internal sealed class PyListInstance(PyType type) : PyList
{
    private readonly PyDict dict = new();

    public override PyType Type => type;

    public override PyDict Dict => dict;
}
