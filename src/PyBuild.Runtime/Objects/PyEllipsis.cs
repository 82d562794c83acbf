namespace PyBuild.Runtime.Objects;

/// <summary><c>Ellipsis</c> (<c>...</c>).</summary>
internal sealed class PyEllipsis : PyObject
{
    public static readonly PyEllipsis Value = new();
    public static readonly PyType TypeObject = new("ellipsis", PyType.ObjectType);

    private PyEllipsis() { }

    public override PyType Type => TypeObject;

    public override string Repr() => "Ellipsis";
}
