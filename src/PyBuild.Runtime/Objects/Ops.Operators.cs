using PyBuild.Runtime.Exceptions;

namespace PyBuild.Runtime.Objects;

/// <summary>Binary and unary operators with CPython's reflected-operand rules.</summary>
internal static partial class Ops
{
    private static readonly string[] BinaryDunders =
        ["__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__", "__mul__", "__mod__", "__or__", "__pow__", "__rshift__", "__sub__", "__truediv__", "__xor__"];

    private static readonly string[] ReflectedDunders =
        ["__radd__", "__rand__", "__rfloordiv__", "__rlshift__", "__rmatmul__", "__rmul__", "__rmod__", "__ror__", "__rpow__", "__rrshift__", "__rsub__", "__rtruediv__", "__rxor__"];

    /// <summary>The dunder of a binary operator (<c>__add__</c>), or its reflected form (<c>__radd__</c>).</summary>
    public static string BinaryDunderName(BinaryOpKind op, bool reflected) =>
        reflected ? ReflectedDunders[(int)op] : BinaryDunders[(int)op];

    private static readonly string[] InPlaceDunders =
        ["__iadd__", "__iand__", "__ifloordiv__", "__ilshift__", "__imatmul__", "__imul__", "__imod__", "__ior__", "__ipow__", "__irshift__", "__isub__", "__itruediv__", "__ixor__"];

    private static readonly string[] BinarySymbols = ["+", "&", "//", "<<", "@", "*", "%", "|", "** or pow()", ">>", "-", "/", "^"];

    public static PyObject BinaryOp(PyObject a, PyObject b, BinaryOpKind op)
    {
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt) && op != BinaryOpKind.MatrixMultiply)
            return PyInt.Binary(op, (PyInt)a, (PyInt)b);
        if (a is PyFloat fa)
        {
            if (b is PyFloat fb) return PyFloat.Binary(op, fa.Value, fb.Value) ?? BinarySlow(a, b, op);
            if (b.GetType() == typeof(PyInt)) return PyFloat.Binary(op, fa.Value, ((PyInt)b).ToDouble()) ?? BinarySlow(a, b, op);
        }
        else if (b is PyFloat fb2 && a.GetType() == typeof(PyInt))
        {
            return PyFloat.Binary(op, ((PyInt)a).ToDouble(), fb2.Value) ?? BinarySlow(a, b, op);
        }
        return BinarySlow(a, b, op);
    }

    private static PyObject? TryBinary(PyObject self, PyObject other, BinaryOpKind op, bool reflected)
    {
        if (self.Type.IsHeapType)
        {
            var f = self.Type.LookupUserDunder(reflected ? ReflectedDunders[(int)op] : BinaryDunders[(int)op]);
            if (f is not null)
            {
                var r = CallWithSelf(f, self, [other], null);
                return r == PyNotImplemented.Value ? null : r;
            }
        }
        var v = self.BinaryOp(op, other, reflected);
        return v == PyNotImplemented.Value ? null : v;
    }

    private static PyObject BinarySlow(PyObject a, PyObject b, BinaryOpKind op)
    {
        var ta = a.Type;
        var tb = b.Type;
        bool reflectedFirst = ta != tb && tb.IsHeapType && tb.IsSubtypeOf(ta) && tb.LookupUserDunder(ReflectedDunders[(int)op]) is not null;
        PyObject? r;
        if (reflectedFirst)
        {
            r = TryBinary(b, a, op, true);
            if (r is not null) return r;
        }
        r = TryBinary(a, b, op, false);
        if (r is not null) return r;
        if (ta != tb && !reflectedFirst)
        {
            r = TryBinary(b, a, op, true);
            if (r is not null) return r;
        }
        throw BinaryTypeError(a, b, op);
    }

    private static PyException BinaryTypeError(PyObject a, PyObject b, BinaryOpKind op)
    {
        if (op == BinaryOpKind.Add && a is PyStr) return TypeError($"can only concatenate str (not \"{b.Type.Name}\") to str");
        if (op == BinaryOpKind.Add && a is PyList) return TypeError($"can only concatenate list (not \"{b.Type.Name}\") to list");
        if (op == BinaryOpKind.Add && a is PyTuple) return TypeError($"can only concatenate tuple (not \"{b.Type.Name}\") to tuple");
        if (op == BinaryOpKind.Multiply && (a is PyStr or PyList or PyTuple || b is PyStr or PyList or PyTuple))
        {
            var other = a is PyStr or PyList or PyTuple ? b : a;
            return TypeError($"can't multiply sequence by non-int of type '{other.Type.Name}'");
        }
        return TypeError($"unsupported operand type(s) for {BinarySymbols[(int)op]}: '{a.Type.Name}' and '{b.Type.Name}'");
    }

    public static PyObject InPlaceOp(PyObject a, PyObject b, BinaryOpKind op)
    {
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt) && op != BinaryOpKind.MatrixMultiply)
            return PyInt.Binary(op, (PyInt)a, (PyInt)b);
        if (a is PyFloat && b is PyFloat or PyInt) return BinaryOp(a, b, op);
        // A class's own in-place method first; a subclass of list, set or bytearray without one still
        // changes the object in place, as the built-in's slot it inherits does.
        if (a.Type.IsHeapType && a.Type.LookupUserDunder(InPlaceDunders[(int)op]) is { } f)
        {
            var r = CallWithSelf(f, a, [b], null);
            if (r != PyNotImplemented.Value) return r;
        }
        else if (a is PyList l)
        {
            var r = l.InPlaceOp(op, b);
            if (r is not null) return r;
        }
        else if (a is PySet s)
        {
            var r = s.InPlaceOp(op, b);
            if (r is not null) return r;
        }
        else if (a is PyByteArray ba)
        {
            var r = ba.InPlaceOp(op, b);
            if (r is not null) return r;
        }
        else if (a is PyDict d && op == BinaryOpKind.Or)
        {
            Builtins.DictMethods.UpdateFrom(d, b);
            return d;
        }
        try
        {
            return BinaryOp(a, b, op);
        }
        catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError && e.Value.Args.Items.Length == 1
            && e.Value.Args.Items[0] is PyStr m && m.Value.StartsWith("unsupported operand", StringComparison.Ordinal))
        {
            throw TypeError($"unsupported operand type(s) for {BinarySymbols[(int)op].Split(' ')[0]}=: '{a.Type.Name}' and '{b.Type.Name}'");
        }
    }

    private static readonly string[] UnaryDunders = ["__neg__", "__pos__", "__invert__"];
    private static readonly string[] UnarySymbols = ["-", "+", "~"];

    public static PyObject UnaryOp(PyObject a, UnaryOpKind op)
    {
        if (a.Type.IsHeapType)
        {
            var f = a.Type.LookupUserDunder(UnaryDunders[(int)op]);
            if (f is not null) return CallWithSelf(f, a, [], null);
        }
        return a.UnaryOp(op) ?? throw TypeError($"bad operand type for unary {UnarySymbols[(int)op]}: '{a.Type.Name}'");
    }

    public static PyObject Not(PyObject a) => PyBool.From(!IsTrue(a));
}
