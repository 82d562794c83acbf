using System.Runtime.CompilerServices;

namespace PyBuild.Runtime.Objects;

/// <summary>
/// The root of the object model. Built-in types override the virtual hooks (CPython's type slots);
/// <see cref="Ops"/> adds the dunder dispatch of user classes on top of them.
/// </summary>
internal abstract class PyObject
{
    public abstract PyType Type { get; }

    /// <summary>The instance <c>__dict__</c>, or null for objects without one.</summary>
    public virtual PyDict? Dict => null;

    public virtual string Repr() => PyType.ObjectRepr(this);

    public virtual string Str() => Repr();

    public virtual long Hash() => RuntimeHelpers.GetHashCode(this);

    public virtual bool IsTrue() => true;

    /// <summary>The result of a binary operator, or null for <c>NotImplemented</c>.</summary>
    public virtual PyObject? BinaryOp(BinaryOpKind op, PyObject other, bool reflected) => null;

    /// <summary>A rich comparison, or null for <c>NotImplemented</c>.</summary>
    public virtual PyObject? RichCompare(CompareKind op, PyObject other) => null;

    public virtual PyObject? UnaryOp(UnaryOpKind op) => null;

    /// <summary>The length, or -1 when the object has none.</summary>
    public virtual int Length() => -1;

    public virtual PyObject GetItem(PyObject key) =>
        throw Ops.TypeError($"'{Type.Name}' object is not subscriptable");

    public virtual void SetItem(PyObject key, PyObject value) =>
        throw Ops.TypeError($"'{Type.Name}' object does not support item assignment");

    public virtual void DelItem(PyObject key) =>
        throw Ops.TypeError($"'{Type.Name}' object doesn't support item deletion");

    public virtual PyObject Iter() => throw Ops.TypeError($"'{Type.Name}' object is not iterable");

    /// <summary>For iterators: the next item, or null when exhausted (no StopIteration is raised).</summary>
    public virtual PyObject? Next() => throw Ops.TypeError($"'{Type.Name}' object is not an iterator");

    /// <summary>The <c>in</c> operator, or null when the type has no <c>__contains__</c>.</summary>
    public virtual bool? Contains(PyObject item) => null;

    public virtual PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        throw Ops.TypeError($"'{Type.Name}' object is not callable");

    /// <summary>Attributes that built-in types compute rather than store (e.g. <c>__name__</c> of a function).</summary>
    public virtual PyObject? GetSpecialAttr(string name) => null;

    /// <summary>Attribute assignment for built-in types without a <c>__dict__</c>; false when unsupported.</summary>
    public virtual bool SetSpecialAttr(string name, PyObject value) => false;
}

/// <summary>The operators of <c>BINARY_OP</c>, numbered as its argument.</summary>
internal enum BinaryOpKind
{
    Add, And, FloorDivide, LShift, MatrixMultiply, Multiply, Remainder, Or, Power, RShift, Subtract, TrueDivide, Xor,
}

/// <summary>The comparisons of <c>COMPARE_OP</c>, numbered as its argument shifted right by 4.</summary>
internal enum CompareKind
{
    Lt, Le, Eq, Ne, Gt, Ge,
}

/// <summary>The unary operators.</summary>
internal enum UnaryOpKind
{
    Negative, Positive, Invert,
}
