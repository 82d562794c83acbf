namespace PyBuild.Runtime.Objects;

/// <summary><c>None</c>.</summary>
internal sealed class PyNone : PyObject
{
    public static readonly PyNone Value = new();
    public static readonly PyType TypeObject = CreateType();

    private PyNone() { }

    public override PyType Type => TypeObject;

    public override string Repr() => "None";

    public override bool IsTrue() => false;

    public override long Hash() => 0xFCA86420;

    public override PyObject? RichCompare(CompareKind op, PyObject other) => op switch
    {
        CompareKind.Eq => PyBool.From(ReferenceEquals(other, this)),
        CompareKind.Ne => PyBool.From(!ReferenceEquals(other, this)),
        _ => null,
    };

    private static PyType CreateType() => new("NoneType", PyType.ObjectType, (t, a, k) =>
    {
        if (a.Length > 0) throw Ops.TypeError("NoneType takes no arguments");
        return Value;
    });
}
