using System.Runtime.CompilerServices;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Interpreter;

/// <summary>
/// The operators of exact <c>int</c> (machine-size) and <c>float</c> operands, done without the
/// generic dispatch of <see cref="Ops"/> (CPython's specialised <c>BINARY_OP</c> and <c>COMPARE_OP</c>).
/// </summary>
internal static class NumberFastPaths
{
    /// <summary>
    /// <paramref name="a"/> <paramref name="op"/> <paramref name="b"/> when both are exact ints or
    /// floats (the in-place forms of these types are the same operators); null for any other operands.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? Binary(BinaryOpKind op, PyObject a, PyObject b)
    {
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt))
        {
            var ia = Unsafe.As<PyInt>(a);
            var ib = Unsafe.As<PyInt>(b);
            if (ia.IsSmall && ib.IsSmall)
            {
                long x = ia.Small, y = ib.Small, z;
                if (op == BinaryOpKind.Add)
                {
                    z = unchecked(x + y);
                    if (((x ^ z) & (y ^ z)) >= 0) return PyInt.From(z);
                }
                else if (op == BinaryOpKind.Subtract)
                {
                    z = unchecked(x - y);
                    if (((x ^ y) & (x ^ z)) >= 0) return PyInt.From(z);
                }
            }
            return op == BinaryOpKind.MatrixMultiply ? null : IntBinary(op, ia, ib);
        }
        return FloatBinary(op, a, b);
    }

    private static PyObject? IntBinary(BinaryOpKind op, PyInt a, PyInt b)
    {
        var r = PyInt.Binary(op, a, b);
        return r == PyNotImplemented.Value ? null : r;
    }

    private static PyObject? FloatBinary(BinaryOpKind op, PyObject a, PyObject b)
    {
        double x, y;
        if (a is PyFloat fa)
        {
            x = fa.Value;
            if (b is PyFloat fb) y = fb.Value;
            else if (b.GetType() == typeof(PyInt)) y = Unsafe.As<PyInt>(b).ToDouble();
            else return null;
        }
        else if (b is PyFloat fb && a.GetType() == typeof(PyInt))
        {
            x = Unsafe.As<PyInt>(a).ToDouble();
            y = fb.Value;
        }
        else
        {
            return null;
        }
        switch (op)
        {
            case BinaryOpKind.Add: return PyFloat.From(x + y);
            case BinaryOpKind.Subtract: return PyFloat.From(x - y);
            case BinaryOpKind.Multiply: return PyFloat.From(x * y);
            case BinaryOpKind.TrueDivide when y != 0: return PyFloat.From(x / y);
            default: return PyFloat.Binary(op, x, y);
        }
    }

    /// <summary>
    /// The comparison of two exact ints (machine-size) or two floats: 1 for true, 0 for false, -1
    /// when the operands are of other kinds.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(CompareKind op, PyObject a, PyObject b)
    {
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt))
        {
            var ia = Unsafe.As<PyInt>(a);
            var ib = Unsafe.As<PyInt>(b);
            if (ia.IsSmall && ib.IsSmall) return Ops.CompareResult(op, ia.Small.CompareTo(ib.Small)) ? 1 : 0;
            return -1;
        }
        if (a is PyFloat fa && b is PyFloat fb)
        {
            double x = fa.Value, y = fb.Value;
            bool r = op switch
            {
                CompareKind.Lt => x < y,
                CompareKind.Le => x <= y,
                CompareKind.Eq => x == y,
                CompareKind.Ne => x != y,
                CompareKind.Gt => x > y,
                _ => x >= y,
            };
            return r ? 1 : 0;
        }
        return -1;
    }
}
