namespace PyBuild.Runtime.Objects;

/// <summary>An instance of a user class derived from <c>list</c>: list storage plus a class and a <c>__dict__</c>.</summary>
internal sealed class PyListInstance(PyType type) : PyList
{
    private readonly PyDict dict = new();

    /// <summary>The instance's class; <c>__class__</c> assignment changes it.</summary>
    public PyType Class { get; set; } = type;

    public override PyType Type => Class;

    public override PyDict Dict => dict;
}
