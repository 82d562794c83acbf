namespace PyBuild.Runtime.Objects;

/// <summary>An instance of a user class derived from <c>object</c>: its class and its <c>__dict__</c>.</summary>
internal sealed class PyInstance(PyType type) : PyObject
{
    private readonly PyDict dict = new();

    public PyType Class { get; set; } = type;

    public override PyType Type => Class;

    public override PyDict Dict => dict;

    /// <summary><see cref="Dict"/> without the virtual call, for the interpreter's attribute fast paths.</summary>
    public PyDict InstanceDict => dict;

    /// <summary>User iterators: <c>__next__</c>, with StopIteration turned into exhaustion.</summary>
    public override PyObject? Next() => Ops.Next(this);
}
