using System.Numerics;

namespace PyBuild.Compiler.Bytecode;

/// <summary>
/// Python's floor division and modulo, where the quotient rounds toward negative infinity and the
/// remainder takes the divisor's sign. One definition for the compiler's constant folding and the VM,
/// so that a folded <c>-7 // 2</c> and a computed one cannot differ.
/// </summary>
public static class FloorDivision
{
    /// <summary><c>a // b</c> of ints; <paramref name="b"/> must not be zero.</summary>
    public static BigInteger Int(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) q -= 1;
        return q;
    }

    /// <summary><c>divmod(a, b)</c> of floats, as CPython computes it; <paramref name="b"/> must not be zero.</summary>
    public static (double Div, double Mod) Float(double a, double b)
    {
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0)
        {
            if ((b < 0) != (mod < 0))
            {
                mod += b;
                div -= 1.0;
            }
        }
        else
        {
            mod = b < 0 ? -0.0 : 0.0;
        }

        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else
        {
            floordiv = a / b < 0 ? -0.0 : 0.0;
        }

        return (floordiv, mod);
    }
}
