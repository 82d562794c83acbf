using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace PyBuild.Runtime.Objects;

/// <summary>
/// <c>int</c>: a machine-size value on the fast path, a <see cref="BigInteger"/> beyond it.
/// Small values are shared, as CPython's small-int cache.
/// </summary>
internal class PyInt : PyObject
{
    /// <summary>2**61 - 1, the modulus of numeric hashing.</summary>
    public const long HashModulus = (1L << 61) - 1;

    private const int CacheMin = -5;
    private const int CacheMax = 1024;
    private static readonly PyInt[] Cache = BuildCache();

    public static readonly PyType TypeObject = CreateType();

    // Boxed so that the common machine-size int stays a small object (header, long, one reference).
    private readonly StrongBox<BigInteger>? big;

    protected PyInt(long value) => Small = value;

    private PyInt(BigInteger value)
    {
        big = new StrongBox<BigInteger>(value);
    }

    public override PyType Type => TypeObject;

    /// <summary>The value when <see cref="IsSmall"/>.</summary>
    public long Small { get; }

    public bool IsSmall => big is null;

    public BigInteger Value => big is null ? Small : big.Value;

    public static PyInt From(long v) => v >= CacheMin && v <= CacheMax ? Cache[v - CacheMin] : new PyInt(v);

    public static PyInt From(int v) => From((long)v);

    public static PyInt From(BigInteger v) => v >= long.MinValue && v <= long.MaxValue ? From((long)v) : new PyInt(v);

    private static PyInt[] BuildCache()
    {
        var cache = new PyInt[CacheMax - CacheMin + 1];
        for (int i = 0; i < cache.Length; i++) cache[i] = new PyInt(i + CacheMin);
        return cache;
    }

    public override string Repr() => IsSmall ? Small.ToString(CultureInfo.InvariantCulture) : DecimalString(Value);

    /// <summary>CPython's default limit on the digits of an int converted to or from decimal text.</summary>
    public const int MaxStrDigits = 4300;

    /// <summary>The decimal text of a big int, refused past <see cref="MaxStrDigits"/> digits as CPython does.</summary>
    private static string DecimalString(BigInteger v)
    {
        var s = v.ToString(CultureInfo.InvariantCulture);
        if (s.Length - (v.Sign < 0 ? 1 : 0) > MaxStrDigits)
            throw Ops.ValueError($"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        return s;
    }

    public override bool IsTrue() => IsSmall ? Small != 0 : !Value.IsZero;

    public override long Hash() => IsSmall ? HashLong(Small) : HashBig(Value);

    public static long HashLong(long v)
    {
        if (v == long.MinValue) return HashBig(v);
        long a = Math.Abs(v) % HashModulus;
        long h = v < 0 ? -a : a;
        return h == -1 ? -2 : h;
    }

    public static long HashBig(BigInteger v)
    {
        var a = (long)(BigInteger.Abs(v) % HashModulus);
        long h = v.Sign < 0 ? -a : a;
        return h == -1 ? -2 : h;
    }

    /// <summary>The value as an <c>int</c> index, or an OverflowError/IndexError as CPython raises.</summary>
    public int ToInt32(string what = "Python int too large to convert to C ssize_t")
    {
        if (IsSmall && Small >= int.MinValue && Small <= int.MaxValue) return (int)Small;
        throw Ops.Error(Exceptions.ExceptionTypes.OverflowError, what);
    }

    public double ToDouble()
    {
        if (IsSmall) return Small;
        var d = RoundToDouble(Value);
        if (double.IsInfinity(d)) throw Ops.Error(Exceptions.ExceptionTypes.OverflowError, "int too large to convert to float");
        return d;
    }

    /// <summary>
    /// The nearest double (ties to even), which .NET's BigInteger conversion does not guarantee: the top 63
    /// bits, with the lowest set when any bit below was (a sticky bit), are rounded by the ulong conversion.
    /// </summary>
    private static double RoundToDouble(BigInteger v)
    {
        var n = BigInteger.Abs(v);
        int shift = Math.Max(0, (int)n.GetBitLength() - 63);
        ulong top = (ulong)(n >> shift);
        if (shift > 0 && !(n & ((BigInteger.One << shift) - 1)).IsZero) top |= 1;
        double d = Math.ScaleB((double)top, shift);
        return v.Sign < 0 ? -d : d;
    }

    public override PyObject? GetSpecialAttr(string name) => name switch
    {
        "real" or "numerator" => From(Value),
        "imag" => From(0),
        "denominator" => From(1),
        _ => null,
    };

    public override PyObject? UnaryOp(UnaryOpKind op)
    {
        switch (op)
        {
            case UnaryOpKind.Negative:
                return IsSmall && Small != long.MinValue ? From(-Small) : From(-Value);
            case UnaryOpKind.Positive:
                return IsSmall ? From(Small) : From(Value);
            default:
                return IsSmall ? From(~Small) : From(-Value - 1);
        }
    }

    public override PyObject? RichCompare(CompareKind op, PyObject other)
    {
        int c;
        // Mixed int/float comparisons are float's job (its reflected method), as in CPython, so that
        // int.__eq__(10, 10.0) is NotImplemented while 10 == 10.0 is still True.
        if (other is not PyInt oi) return null;
        c = IsSmall && oi.IsSmall ? Small.CompareTo(oi.Small) : Value.CompareTo(oi.Value);
        return PyBool.From(Ops.CompareResult(op, c));
    }

    public override PyObject? BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        if (other is not PyInt o) return null;
        var (a, b) = reflected ? (o, this) : (this, o);
        return Binary(op, a, b);
    }

    /// <summary>The integer operators, with overflow into <see cref="BigInteger"/>.</summary>
    public static PyObject Binary(BinaryOpKind op, PyInt a, PyInt b)
    {
        if (a.IsSmall && b.IsSmall)
        {
            long x = a.Small, y = b.Small;
            switch (op)
            {
                case BinaryOpKind.Add:
                {
                    long r = unchecked(x + y);
                    if (((x ^ r) & (y ^ r)) >= 0) return From(r);
                    break;
                }
                case BinaryOpKind.Subtract:
                {
                    long r = unchecked(x - y);
                    if (((x ^ y) & (x ^ r)) >= 0) return From(r);
                    break;
                }
                case BinaryOpKind.Multiply:
                {
                    Int128 r = (Int128)x * y;
                    if (r >= long.MinValue && r <= long.MaxValue) return From((long)r);
                    return From((BigInteger)r);
                }
                case BinaryOpKind.FloorDivide:
                    if (y == 0) throw Ops.ZeroDivision("integer division or modulo by zero");
                    if (y == -1 && x == long.MinValue) break;
                    return From(FloorDiv(x, y));
                case BinaryOpKind.Remainder:
                    if (y == 0) throw Ops.ZeroDivision("integer modulo by zero");
                    if (y == -1) return From(0);
                    return From(FloorMod(x, y));
                case BinaryOpKind.And: return From(x & y);
                case BinaryOpKind.Or: return From(x | y);
                case BinaryOpKind.Xor: return From(x ^ y);
                case BinaryOpKind.LShift:
                    if (y < 0) throw Ops.Error(Exceptions.ExceptionTypes.ValueError, "negative shift count");
                    if (x == 0) return From(0);
                    if (y < 62)
                    {
                        long r = x << (int)y;
                        if (r >> (int)y == x) return From(r);
                    }
                    break;
                case BinaryOpKind.RShift:
                    if (y < 0) throw Ops.Error(Exceptions.ExceptionTypes.ValueError, "negative shift count");
                    return From(y >= 64 ? (x < 0 ? -1 : 0) : x >> (int)y);
                case BinaryOpKind.TrueDivide:
                    if (y == 0) throw Ops.ZeroDivision("division by zero");
                    if (Math.Abs(x) < (1L << 53) && Math.Abs(y) < (1L << 53)) return PyFloat.From((double)x / y);
                    break;
                case BinaryOpKind.Power:
                    return Power(a, b);
                case BinaryOpKind.MatrixMultiply:
                    return PyNotImplemented.Value;
            }
        }
        return BinaryBig(op, a, b);
    }

    private static PyObject BinaryBig(BinaryOpKind op, PyInt a, PyInt b)
    {
        var x = a.Value;
        var y = b.Value;
        switch (op)
        {
            case BinaryOpKind.Add: return From(x + y);
            case BinaryOpKind.Subtract: return From(x - y);
            case BinaryOpKind.Multiply: return From(x * y);
            case BinaryOpKind.FloorDivide:
                if (y.IsZero) throw Ops.ZeroDivision("integer division or modulo by zero");
                return From(FloorDiv(x, y));
            case BinaryOpKind.Remainder:
                if (y.IsZero) throw Ops.ZeroDivision("integer modulo by zero");
                return From(x - FloorDiv(x, y) * y);
            case BinaryOpKind.And: return From(x & y);
            case BinaryOpKind.Or: return From(x | y);
            case BinaryOpKind.Xor: return From(x ^ y);
            case BinaryOpKind.LShift:
                if (y.Sign < 0) throw Ops.Error(Exceptions.ExceptionTypes.ValueError, "negative shift count");
                if (y > 1_000_000_000) throw Ops.Error(Exceptions.ExceptionTypes.OverflowError, "too many digits in integer");
                return From(x << (int)y);
            case BinaryOpKind.RShift:
                if (y.Sign < 0) throw Ops.Error(Exceptions.ExceptionTypes.ValueError, "negative shift count");
                if (y > int.MaxValue) return From(x.Sign < 0 ? -1 : 0);
                return From(x >> (int)y);
            case BinaryOpKind.TrueDivide:
                if (y.IsZero) throw Ops.ZeroDivision("division by zero");
                return PyFloat.From(TrueDivide(x, y));
            case BinaryOpKind.Power:
                return Power(a, b);
            default:
                return PyNotImplemented.Value;
        }
    }

    /// <summary>
    /// x / y correctly rounded: the quotient is scaled to 62 or 63 significant bits so it fits a ulong,
    /// whose lowest bit is set when the division was inexact (a sticky bit), so that the hardware's
    /// ulong-to-double rounding sees whether the value lay above a halfway point.
    /// </summary>
    private static double TrueDivide(BigInteger x, BigInteger y)
    {
        bool negative = x.Sign * y.Sign < 0;
        var n = BigInteger.Abs(x);
        var d = BigInteger.Abs(y);
        if (n.IsZero) return negative ? -0.0 : 0.0;
        int shift = 62 - (int)n.GetBitLength() + (int)d.GetBitLength();
        if (shift >= 0) n <<= shift;
        else d <<= -shift;
        var q = BigInteger.DivRem(n, d, out var r);
        ulong bits = (ulong)q;
        if (!r.IsZero) bits |= 1;
        double result = Math.ScaleB((double)bits, -shift);
        if (double.IsInfinity(result)) throw Ops.Error(Exceptions.ExceptionTypes.OverflowError, "integer division result too large for a float");
        return negative ? -result : result;
    }

    private static PyObject Power(PyInt a, PyInt b)
    {
        if (b.Value.Sign < 0)
        {
            if (a.Value.IsZero) throw Ops.ZeroDivision("0.0 cannot be raised to a negative power");
            return PyFloat.From(Math.Pow(a.ToDouble(), b.ToDouble()));
        }
        if (b.Value > 100_000_000) throw Ops.Error(Exceptions.ExceptionTypes.OverflowError, "exponent too large");
        if (a.IsSmall)
        {
            long x = a.Small;
            if (x == 1 || x == 0) return b.Value.IsZero ? From(1) : From(x);
            if (x == -1) return From(b.Value.IsEven ? 1 : -1);
        }
        return From(BigInteger.Pow(a.Value, (int)b.Value));
    }

    public static PyObject PowMod(PyInt a, PyInt b, PyInt m)
    {
        if (m.Value.IsZero) throw Ops.Error(Exceptions.ExceptionTypes.ValueError, "pow() 3rd argument cannot be 0");
        var mod = m.Value;
        var baseV = a.Value;
        var exp = b.Value;
        if (exp.Sign < 0)
        {
            baseV = ModInverse(baseV, mod);
            exp = -exp;
        }
        var r = BigInteger.ModPow(baseV, exp, BigInteger.Abs(mod));
        if (!r.IsZero && (r.Sign < 0) != (mod.Sign < 0)) r += mod;
        return From(r);
    }

    private static BigInteger ModInverse(BigInteger a, BigInteger m)
    {
        BigInteger g = BigInteger.Abs(m), x = 0, x1 = 1, a1 = ((a % g) + g) % g;
        BigInteger b1 = g;
        while (!a1.IsZero)
        {
            var q = b1 / a1;
            (b1, a1) = (a1, b1 - q * a1);
            (x, x1) = (x1, x - q * x1);
        }
        if (!b1.IsOne) throw Ops.Error(Exceptions.ExceptionTypes.ValueError, "base is not invertible for the given modulus");
        return ((x % g) + g) % g;
    }

    public static long FloorDiv(long x, long y)
    {
        long q = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
        return q;
    }

    public static long FloorMod(long x, long y)
    {
        long r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        return r;
    }

    public static BigInteger FloorDiv(BigInteger x, BigInteger y) => Compiler.Bytecode.FloorDivision.Int(x, y);

    /// <summary>Parses the text of <c>int(s, base)</c>; null when it is not a valid literal.</summary>
    public static PyInt? Parse(string s, int radix)
    {
        var t = s.Trim().Replace("_", "", StringComparison.Ordinal);
        if (t.Length == 0 || s.Contains("__", StringComparison.Ordinal) || s.Trim().StartsWith('_') || s.Trim().EndsWith('_')) return null;
        bool neg = false;
        int i = 0;
        if (t[0] is '+' or '-') { neg = t[0] == '-'; i = 1; }
        if (radix == 0 || radix == 16 || radix == 8 || radix == 2)
        {
            if (t.Length > i + 1 && t[i] == '0' && char.ToLowerInvariant(t[i + 1]) is 'x' or 'o' or 'b')
            {
                int r = char.ToLowerInvariant(t[i + 1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
                if (radix != 0 && radix != r) return null;
                radix = r;
                i += 2;
            }
            else if (radix == 0)
            {
                radix = 10;
                var rest = t[i..];
                if (rest.Length > 1 && rest[0] == '0' && rest.TrimStart('0').Length > 0) return null;
            }
        }
        if (i >= t.Length) return null;
        for (int j = i; j < t.Length; j++)
        {
            int d = DigitValue(t[j]);
            if (d < 0 || d >= radix) return null;
        }
        // CPython bounds the quadratic decimal conversion (sys.int_info.default_max_str_digits); bases
        // that are powers of two convert in linear time and are not limited.
        int digits = t.Length - i;
        if ((radix & (radix - 1)) != 0 && digits > MaxStrDigits)
            throw Ops.ValueError($"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit");
        BigInteger v = 0;
        for (; i < t.Length; i++) v = v * radix + DigitValue(t[i]);
        return From(neg ? -v : v);
    }

    private static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        if (char.IsDigit(c)) return (int)char.GetNumericValue(c);
        return -1;
    }

    private static PyType CreateType()
    {
        var t = new PyType("int", PyType.ObjectType, (type, a, k) => Builtins.NumberConstructors.Int(a, k));
        t.AddMethod("bit_length", ArgSpec.NoArgs, (a, k) => From((long)BigInteger.Abs(((PyInt)a[0]).Value).GetBitLength()));
        t.AddMethod("bit_count", ArgSpec.NoArgs, (a, k) =>
        {
            var v = BigInteger.Abs(((PyInt)a[0]).Value);
            long n = 0;
            foreach (var by in v.ToByteArray()) n += BitOperations.PopCount(by);
            return From(n);
        });
        t.AddMethod("conjugate", ArgSpec.NoArgs, (a, k) => From(((PyInt)a[0]).Value));
        t.AddMethod("as_integer_ratio", ArgSpec.NoArgs, (a, k) => new PyTuple([From(((PyInt)a[0]).Value), From(1)]));
        t.AddMethod("__index__", ArgSpec.Slot(0), (a, k) => a[0]);
        t.AddMethod("__int__", ArgSpec.Slot(0), (a, k) => From(((PyInt)a[0]).Value));
        t.AddMethod("is_integer", ArgSpec.NoArgs, (a, k) => PyBool.True);
        t.AddMethod("to_bytes", ArgSpec.Keywords(0, 0, 2, "length", "byteorder", "signed"), (a, k) => Builtins.NumberConstructors.ToBytes((PyInt)a[0], a[1..], k));
        t.AddClassMethod("from_bytes", ArgSpec.Keywords(0, 1, 2, "bytes", "byteorder", "signed"), (a, k) => Builtins.NumberConstructors.FromBytes(a[1..], k));
        return t;
    }
}
