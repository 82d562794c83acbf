using System.Numerics;
using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.Syntax;

namespace PyBuild.Compiler.CodeGen;

/// <summary>
/// Python's arithmetic on compile-time constants, for the AST optimiser: the same results as at
/// run time, or <see cref="NoResult"/> where CPython declines to fold (errors, size limits).
/// </summary>
internal static class Numbers
{
    /// <summary>Returned when the operation is not folded.</summary>
    public static readonly object NoResult = new();

    public static object? TryFold(Operator op, object? left, object? right, int maxIntBits, int maxStringSize, int maxCollectionSize, int maxTotalItems)
    {
        if (left is bool lb && right is bool rb && op is Operator.BitAnd or Operator.BitOr or Operator.BitXor)
        {
            return op switch { Operator.BitAnd => lb & rb, Operator.BitOr => lb | rb, _ => lb ^ rb };
        }
        if (AsInt(left, out var li) && AsInt(right, out var ri)) return IntOp(op, li, ri, maxIntBits);
        if (IsReal(left) && IsReal(right)) return FloatOp(op, ToDouble(left), ToDouble(right));
        if (IsNumber(left) && IsNumber(right)) return ComplexOp(op, ToComplex(left), ToComplex(right));
        return SequenceOp(op, left, right, maxStringSize, maxCollectionSize);
    }

    private static bool AsInt(object? v, out BigInteger i)
    {
        switch (v)
        {
            case BigInteger b: i = b; return true;
            case bool b: i = b ? BigInteger.One : BigInteger.Zero; return true;
            default: i = default; return false;
        }
    }

    private static bool IsReal(object? v) => v is BigInteger or bool or double;

    private static bool IsNumber(object? v) => v is BigInteger or bool or double or Complex;

    private static double ToDouble(object? v) => v switch
    {
        double d => d,
        bool b => b ? 1 : 0,
        BigInteger i => (double)i,
        _ => double.NaN,
    };

    private static Complex ToComplex(object? v) => v is Complex c ? c : new Complex(ToDouble(v), 0);

    private static long BitLength(BigInteger i) => i.IsZero ? 0 : (long)BigInteger.Abs(i).GetBitLength();

    private static object IntOp(Operator op, BigInteger a, BigInteger b, int maxIntBits)
    {
        switch (op)
        {
            case Operator.Add: return a + b;
            case Operator.Sub: return a - b;
            case Operator.Mult:
                if (!a.IsZero && !b.IsZero && BitLength(a) + BitLength(b) > maxIntBits) return NoResult;
                return a * b;
            case Operator.Div:
                if (b.IsZero) return NoResult;
                if (BitLength(a) > 53 || BitLength(b) > 53) return NoResult;
                return (double)a / (double)b;
            case Operator.FloorDiv:
                if (b.IsZero) return NoResult;
                return FloorDivision.Int(a, b);
            case Operator.Mod:
                if (b.IsZero) return NoResult;
                return a - b * FloorDivision.Int(a, b);
            case Operator.Pow:
                if (b.Sign < 0)
                {
                    if (a.IsZero) return NoResult;
                    if (BitLength(a) > 53 || BitLength(b) > 31) return NoResult;
                    return Math.Pow((double)a, (double)b);
                }
                if (!a.IsZero && b > 0 && BitLength(a) * (double)b > maxIntBits) return NoResult;
                return BigInteger.Pow(a, (int)b);
            case Operator.LShift:
                if (b.Sign < 0) return NoResult;
                if (!a.IsZero && (b > maxIntBits || BitLength(a) > maxIntBits - (long)b)) return NoResult;
                return a << (int)b;
            case Operator.RShift:
                if (b.Sign < 0) return NoResult;
                if (b > int.MaxValue) return a.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero;
                return a >> (int)b;
            case Operator.BitAnd: return a & b;
            case Operator.BitOr: return a | b;
            case Operator.BitXor: return a ^ b;
            default: return NoResult;
        }
    }

    private static object FloatOp(Operator op, double a, double b)
    {
        switch (op)
        {
            case Operator.Add: return a + b;
            case Operator.Sub: return a - b;
            case Operator.Mult: return a * b;
            case Operator.Div: return b == 0 ? NoResult : a / b;
            case Operator.FloorDiv:
            {
                if (b == 0) return NoResult;
                var (div, _) = FloorDivision.Float(a, b);
                return div;
            }
            case Operator.Mod:
            {
                if (b == 0) return NoResult;
                var (_, mod) = FloorDivision.Float(a, b);
                return mod;
            }
            case Operator.Pow:
                if (a == 0 && b < 0) return NoResult;
                if (a < 0 && b != Math.Floor(b)) return NoResult;
                double p = Math.Pow(a, b);
                return double.IsInfinity(p) && !double.IsInfinity(a) && !double.IsInfinity(b) ? NoResult : p;
            default: return NoResult;
        }
    }

    private static object ComplexOp(Operator op, Complex a, Complex b) => op switch
    {
        Operator.Add => a + b,
        Operator.Sub => a - b,
        Operator.Mult => Product(a, b),
        Operator.Div => ComplexDivide(a, b),
        Operator.Pow => ComplexPower(a, b),
        _ => NoResult,
    };

    private static Complex Product(Complex a, Complex b) =>
        new(a.Real * b.Real - a.Imaginary * b.Imaginary, a.Real * b.Imaginary + a.Imaginary * b.Real);

    /// <summary>
    /// Python's <c>complex ** complex</c>: an exponent that is a whole number within ±100 goes by
    /// repeated squaring, any other through polar form. Zero to a negative or complex power
    /// (ZeroDivisionError) and an infinite result (OverflowError) do not fold.
    /// </summary>
    private static object ComplexPower(Complex a, Complex b)
    {
        Complex result;
        if (b.Imaginary == 0 && b.Real == Math.Floor(b.Real) && Math.Abs(b.Real) <= 100)
        {
            int n = (int)b.Real;
            var power = new Complex(1, 0);
            var square = a;
            for (int bits = Math.Abs(n); bits > 0; bits >>= 1)
            {
                if ((bits & 1) != 0) power = Product(power, square);
                square = Product(square, square);
            }
            if (n > 0) result = power;
            else if (ComplexDivide(new Complex(1, 0), power) is Complex quotient) result = quotient;
            else return NoResult;
        }
        else if (b == Complex.Zero)
        {
            result = new Complex(1, 0);
        }
        else if (a == Complex.Zero)
        {
            if (b.Imaginary != 0 || b.Real < 0) return NoResult;
            result = Complex.Zero;
        }
        else
        {
            double magnitude = double.Hypot(a.Real, a.Imaginary);
            double length = Math.Pow(magnitude, b.Real);
            double angle = Math.Atan2(a.Imaginary, a.Real);
            double phase = angle * b.Real;
            if (b.Imaginary != 0)
            {
                length /= Math.Exp(angle * b.Imaginary);
                phase += b.Imaginary * Math.Log(magnitude);
            }
            result = new Complex(length * Math.Cos(phase), length * Math.Sin(phase));
        }
        return double.IsInfinity(result.Real) || double.IsInfinity(result.Imaginary) ? NoResult : result;
    }

    /// <summary>Python's complex division: divide through by the larger part of the divisor (Smith's method), as CPython's <c>_Py_c_quot</c>.</summary>
    private static object ComplexDivide(Complex a, Complex b)
    {
        double absReal = Math.Abs(b.Real), absImag = Math.Abs(b.Imaginary);
        if (absReal >= absImag)
        {
            if (absReal == 0.0) return NoResult;
            double ratio = b.Imaginary / b.Real;
            double denom = b.Real + b.Imaginary * ratio;
            return new Complex((a.Real + a.Imaginary * ratio) / denom, (a.Imaginary - a.Real * ratio) / denom);
        }
        if (absImag >= absReal)
        {
            double ratio = b.Real / b.Imaginary;
            double denom = b.Real * ratio + b.Imaginary;
            return new Complex((a.Real * ratio + a.Imaginary) / denom, (a.Imaginary * ratio - a.Real) / denom);
        }
        return new Complex(double.NaN, double.NaN);
    }

    private static object SequenceOp(Operator op, object? left, object? right, int maxStringSize, int maxCollectionSize)
    {
        switch (op)
        {
            case Operator.Add:
                if (StrConstant.IsStr(left) && StrConstant.IsStr(right)) return StrConstant.Concat(left!, right!);
                return (left, right) switch
                {
                    (byte[] a, byte[] b) => (byte[])[.. a, .. b],
                    (ConstTuple a, ConstTuple b) => new ConstTuple([.. a.Items, .. b.Items]),
                    _ => NoResult,
                };
            case Operator.Mult:
                if (AsInt(right, out var n) && right is not bool) return Repeat(left, n, maxStringSize, maxCollectionSize);
                if (AsInt(left, out n) && left is not bool) return Repeat(right, n, maxStringSize, maxCollectionSize);
                return NoResult;
            default:
                return NoResult;
        }
    }

    private static object Repeat(object? seq, BigInteger n, int maxStringSize, int maxCollectionSize)
    {
        int count = n.Sign <= 0 ? 0 : n > int.MaxValue ? int.MaxValue : (int)n;
        switch (seq)
        {
            case string or ConstSurrogateStr:
                int length = StrConstant.Length(seq);
                if (length > 0 && (long)length * count > maxStringSize) return NoResult;
                return StrConstant.Repeat(seq, count);
            case byte[] b:
                if (b.Length > 0 && (long)b.Length * count > maxStringSize) return NoResult;
                var bytes = new byte[b.Length == 0 ? 0 : b.Length * count];
                for (int i = 0; i < bytes.Length; i += b.Length) b.CopyTo(bytes, i);
                return bytes;
            case ConstTuple t:
                if (t.Items.Length > 0 && (long)t.Items.Length * count > maxCollectionSize) return NoResult;
                var items = new object?[t.Items.Length == 0 ? 0 : t.Items.Length * count];
                for (int i = 0; i < items.Length; i += t.Items.Length) t.Items.CopyTo(items, i);
                return new ConstTuple(items);
            default:
                return NoResult;
        }
    }
}
