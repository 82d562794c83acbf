namespace PyBuild.Runtime.Objects;

/// <summary><c>NotImplemented</c>, returned by binary dunders that do not handle an operand.</summary>
internal sealed class PyNotImplemented : PyObject
{
    public static readonly PyNotImplemented Value = new();
    public static readonly PyType TypeObject = new("NotImplementedType", PyType.ObjectType);

    private PyNotImplemented() { }

    public override PyType Type => TypeObject;

    public override string Repr() => "NotImplemented";
}
