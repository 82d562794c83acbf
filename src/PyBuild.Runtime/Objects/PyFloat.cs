using System.Globalization;
using System.Numerics;

namespace PyBuild.Runtime.Objects;

/// <summary><c>float</c>: a double, printed with CPython's shortest round-trip repr.</summary>
internal sealed class PyFloat : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public PyFloat(double value) => Value = value;

    public double Value { get; }

    public override PyType Type => TypeObject;

    public static PyFloat From(double v) => new(v);

    public override string Repr() => FormatRepr(Value);

    /// <summary>CPython's <c>float_repr</c>: shortest digits, fixed notation for exponents -4..15, else scientific.</summary>
    public static string FormatRepr(double v)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsPositiveInfinity(v)) return "inf";
        if (double.IsNegativeInfinity(v)) return "-inf";
        var (neg, digits, exp) = ShortestDigits(v);
        return (neg ? "-" : "") + FormatDigits(digits, exp, true);
    }

    /// <summary>The shortest round-trip decimal digits of <paramref name="v"/>, and the decimal exponent of the first digit.</summary>
    public static (bool Negative, string Digits, int Exponent) ShortestDigits(double v)
    {
        bool neg = v < 0 || (v == 0 && double.IsNegative(v));
        if (v == 0) return (neg, "0", 0);
        var shortest = Math.Abs(v).ToString("R", CultureInfo.InvariantCulture);
        // "R" gives the shortest round-trip form, either plain or with an exponent.
        int e;
        string mant;
        int ePos = shortest.IndexOf('E');
        if (ePos >= 0)
        {
            mant = shortest[..ePos];
            e = int.Parse(shortest[(ePos + 1)..], CultureInfo.InvariantCulture);
        }
        else
        {
            mant = shortest;
            e = 0;
        }
        int dot = mant.IndexOf('.');
        string intPart = dot >= 0 ? mant[..dot] : mant;
        string frac = dot >= 0 ? mant[(dot + 1)..] : "";
        string all = intPart + frac;
        int pointPos = intPart.Length + e;
        int lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0') lead++;
        all = all[lead..];
        pointPos -= lead;
        all = all.TrimEnd('0');
        if (all.Length == 0) all = "0";
        return (neg, all, pointPos - 1);
    }

    /// <summary>Lays out digits d1d2... with value d1.d2... * 10**exp as repr does.</summary>
    private static string FormatDigits(string digits, int exp, bool addPointZero)
    {
        if (exp >= -5 + 1 && exp < 16)
        {
            if (exp < 0) return "0." + new string('0', -exp - 1) + digits;
            if (digits.Length <= exp + 1)
                return digits + new string('0', exp + 1 - digits.Length) + (addPointZero ? ".0" : "");
            return digits[..(exp + 1)] + "." + digits[(exp + 1)..];
        }
        var m = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
        return m + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
    }

    public override bool IsTrue() => Value != 0;

    public override PyObject? GetSpecialAttr(string name) => name switch
    {
        "real" => this,
        "imag" => From(0.0),
        _ => null,
    };

    public override long Hash() => HashDouble(Value, this);

    public static long HashDouble(double v, PyObject owner)
    {
        if (double.IsNaN(v)) return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(owner);
        if (double.IsInfinity(v)) return v > 0 ? 314159 : -314159;
        if (v == Math.Floor(v) && Math.Abs(v) < 9.2e18) return PyInt.HashLong((long)v);
        var (num, den) = IntegerRatio(v);
        var p = new BigInteger(PyInt.HashModulus);
        var h = BigInteger.Abs(num) % p * BigInteger.ModPow(den % p, p - 2, p) % p;
        long hv = (long)h;
        if (num.Sign < 0) hv = -hv;
        return hv == -1 ? -2 : hv;
    }

    public static (BigInteger Num, BigInteger Den) IntegerRatio(double v)
    {
        long bits = BitConverter.DoubleToInt64Bits(v);
        bool neg = bits < 0;
        int exp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0) exp++;
        else mant |= 1L << 52;
        exp -= 1075;
        BigInteger num = mant, den = BigInteger.One;
        if (exp > 0) num <<= exp;
        else den <<= -exp;
        var g = BigInteger.GreatestCommonDivisor(num, den);
        if (!g.IsZero && !g.IsOne) { num /= g; den /= g; }
        return (neg ? -num : num, den);
    }

    /// <summary>Compares a double with an int exactly: the sign of (d - i).</summary>
    public static int CompareWithInt(double d, PyInt i)
    {
        if (double.IsPositiveInfinity(d)) return 1;
        if (double.IsNegativeInfinity(d)) return -1;
        if (i.IsSmall && Math.Abs(i.Small) < (1L << 53)) return d.CompareTo((double)i.Small);
        var fl = Math.Floor(d);
        int c = new BigInteger(fl).CompareTo(i.Value);
        if (c != 0) return c;
        return d > fl ? 1 : 0;
    }

    public override PyObject? UnaryOp(UnaryOpKind op) => op switch
    {
        UnaryOpKind.Negative => From(-Value),
        UnaryOpKind.Positive => this,
        _ => null,
    };

    public override PyObject? RichCompare(CompareKind op, PyObject other)
    {
        if (other is PyFloat of)
        {
            double a = Value, b = of.Value;
            return PyBool.From(op switch
            {
                CompareKind.Lt => a < b,
                CompareKind.Le => a <= b,
                CompareKind.Eq => a == b,
                CompareKind.Ne => a != b,
                CompareKind.Gt => a > b,
                _ => a >= b,
            });
        }
        if (other is PyInt oi)
        {
            if (double.IsNaN(Value)) return PyBool.From(op == CompareKind.Ne);
            return PyBool.From(Ops.CompareResult(op, CompareWithInt(Value, oi)));
        }
        return null;
    }

    public override PyObject? BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        double o;
        if (other is PyFloat of) o = of.Value;
        else if (other is PyInt oi) o = oi.ToDouble();
        else return null;
        return reflected ? Binary(op, o, Value) : Binary(op, Value, o);
    }

    /// <summary>The float operators with CPython's error messages.</summary>
    public static PyObject? Binary(BinaryOpKind op, double a, double b)
    {
        switch (op)
        {
            case BinaryOpKind.Add: return From(a + b);
            case BinaryOpKind.Subtract: return From(a - b);
            case BinaryOpKind.Multiply: return From(a * b);
            case BinaryOpKind.TrueDivide:
                if (b == 0) throw Ops.ZeroDivision("float division by zero");
                return From(a / b);
            case BinaryOpKind.FloorDivide:
                if (b == 0) throw Ops.ZeroDivision("float floor division by zero");
                return From(DivMod(a, b).Div);
            case BinaryOpKind.Remainder:
                if (b == 0) throw Ops.ZeroDivision("float modulo");
                return From(DivMod(a, b).Mod);
            case BinaryOpKind.Power:
                return Pow(a, b);
            default:
                return null;
        }
    }

    public static PyObject Pow(double a, double b)
    {
        if (a == 0 && b < 0) throw Ops.ZeroDivision("0.0 cannot be raised to a negative power");
        if (a < 0 && b != Math.Floor(b) && !double.IsInfinity(b)) throw Ops.NotSupported("complex numbers (negative number to a fractional power)");
        var r = Math.Pow(a, b);
        if (double.IsInfinity(r) && !double.IsInfinity(a) && !double.IsInfinity(b))
            throw Ops.Error(Exceptions.ExceptionTypes.OverflowError, "(34, 'Numerical result out of range')");
        return From(r);
    }

    /// <summary>Python's floor division and modulo of floats (the result of % has the divisor's sign).</summary>
    public static (double Div, double Mod) DivMod(double a, double b) => Compiler.Bytecode.FloorDivision.Float(a, b);

    private static PyType CreateType()
    {
        var t = new PyType("float", PyType.ObjectType, (type, a, k) => Builtins.NumberConstructors.Float(a, k));
        t.AddMethod("is_integer", ArgSpec.NoArgs, (a, k) =>
        {
            var v = ((PyFloat)a[0]).Value;
            return PyBool.From(!double.IsInfinity(v) && v == Math.Floor(v));
        });
        t.AddMethod("as_integer_ratio", ArgSpec.NoArgs, (a, k) =>
        {
            var v = ((PyFloat)a[0]).Value;
            if (double.IsNaN(v)) throw Ops.Error(Exceptions.ExceptionTypes.ValueError, "cannot convert NaN to integer ratio");
            if (double.IsInfinity(v)) throw Ops.Error(Exceptions.ExceptionTypes.OverflowError, "cannot convert Infinity to integer ratio");
            var (n, d) = IntegerRatio(v);
            return new PyTuple([PyInt.From(n), PyInt.From(d)]);
        });
        t.AddMethod("conjugate", ArgSpec.NoArgs, (a, k) => a[0]);
        t.AddMethod("hex", ArgSpec.NoArgs, (a, k) => new PyStr(FloatHex.ToHex(((PyFloat)a[0]).Value)));
        t.AddClassMethod("fromhex", ArgSpec.OneArg, (a, k) =>
        {
            if (a[1] is not PyStr s) throw Ops.TypeError("bad argument type for built-in operation");
            var v = From(FloatHex.FromHex(s.Value));
            return a[0] == TypeObject ? v : Ops.Call(a[0], [v], null);
        });
        t.AddMethod("__trunc__", ArgSpec.NoArgs, (a, k) => Builtins.NumberConstructors.FloatToInt(((PyFloat)a[0]).Value));
        t.AddMethod("__int__", ArgSpec.Slot(0), (a, k) => Builtins.NumberConstructors.FloatToInt(((PyFloat)a[0]).Value));
        t.AddMethod("__round__", ArgSpec.Positional(0, 1), (a, k) => Builtins.BuiltinFunctions.Round(a, k));
        return t;
    }
}
