namespace PyBuild.Runtime.Objects;

/// <summary><c>bool</c>: a subclass of <c>int</c> with two instances.</summary>
internal sealed class PyBool : PyInt
{
    public static readonly PyBool True = new(1);
    public static readonly PyBool False = new(0);
    public static new readonly PyType TypeObject = new("bool", PyInt.TypeObject, (t, a, k) =>
    {
        if (k is not null && k.Items.Length > 0) throw Ops.TypeError("bool() takes no keyword arguments");
        if (a.Length > 1) throw Ops.TypeError($"bool expected at most 1 argument, got {a.Length}");
        return a.Length == 0 ? False : From(Ops.IsTrue(a[0]));
    });

    private PyBool(long v) : base(v) { }

    public override PyType Type => TypeObject;

    public static PyBool From(bool b) => b ? True : False;

    public override string Repr() => this == True ? "True" : "False";

    public override PyObject? BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        if (other is PyBool ob && op is BinaryOpKind.And or BinaryOpKind.Or or BinaryOpKind.Xor)
        {
            bool a = this == True, b = ob == True;
            return From(op switch { BinaryOpKind.And => a & b, BinaryOpKind.Or => a | b, _ => a ^ b });
        }
        return base.BinaryOp(op, other, reflected);
    }
}
