using System.Globalization;
using System.Numerics;
using System.Text;
using PyBuild.Runtime.Exceptions;

namespace PyBuild.Runtime.Objects;

/// <summary><c>float.hex</c> and <c>float.fromhex</c>: the exact hexadecimal form of a double (C99's <c>%a</c> with 13 digits).</summary>
internal static class FloatHex
{
    public static string ToHex(double v)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
        string sign = double.IsNegative(v) ? "-" : "";
        if (v == 0) return sign + "0x0.0p+0";
        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(v));
        int exponent = (int)(bits >> 52);
        long mantissa = bits & ((1L << 52) - 1);
        int lead = 1;
        if (exponent == 0)
        {
            lead = 0;
            exponent = -1022;
        }
        else
        {
            exponent -= 1023;
        }
        return $"{sign}0x{lead}.{mantissa.ToString("x13", CultureInfo.InvariantCulture)}p{(exponent >= 0 ? "+" : "")}{exponent}";
    }

    public static double FromHex(string text)
    {
        string s = text.Trim();
        int i = 0;
        bool negative = false;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
        string rest = s[i..].ToLowerInvariant();
        if (rest is "inf" or "infinity") return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (rest is "nan") return double.NaN;
        if (rest.StartsWith("0x", StringComparison.Ordinal)) i += 2;
        BigInteger mantissa = BigInteger.Zero;
        int fractionDigits = 0, digits = 0;
        bool inFraction = false;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '.' && !inFraction)
            {
                inFraction = true;
                continue;
            }
            int d = HexDigit(c);
            if (d < 0) break;
            mantissa = mantissa * 16 + d;
            digits++;
            if (inFraction) fractionDigits++;
        }
        if (digits == 0) throw Invalid();
        long exponent = 0;
        if (i < s.Length && (s[i] == 'p' || s[i] == 'P'))
        {
            i++;
            bool expNegative = false;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) expNegative = s[i++] == '-';
            int start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) exponent = Math.Min(exponent * 10 + (s[i++] - '0'), 1L << 40);
            if (i == start) throw Invalid();
            if (expNegative) exponent = -exponent;
        }
        if (i != s.Length) throw Invalid();
        exponent -= 4L * fractionDigits;
        double value = 0;
        if (!mantissa.IsZero)
        {
            long shift = (long)mantissa.GetBitLength() - 53;
            // Below the smallest normal the precision shrinks: round at the subnormal's last bit.
            long minShift = -1074 - exponent;
            if (shift < minShift) shift = Math.Min(minShift, (long)mantissa.GetBitLength() + 1);
            if (shift > 0)
            {
                var keep = mantissa >> (int)shift;
                var remainder = mantissa - (keep << (int)shift);
                var half = BigInteger.One << (int)(shift - 1);
                if (remainder > half || (remainder == half && !keep.IsEven)) keep += 1;
                mantissa = keep;
                exponent += shift;
            }
            if (exponent + (long)mantissa.GetBitLength() > 1024) throw Ops.Error(ExceptionTypes.OverflowError, "hexadecimal value too large to represent as a float");
            value = Math.ScaleB((double)mantissa, (int)Math.Max(exponent, -2000));
            if (double.IsInfinity(value)) throw Ops.Error(ExceptionTypes.OverflowError, "hexadecimal value too large to represent as a float");
        }
        return negative ? -value : value;
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static Exceptions.PyException Invalid() => Ops.ValueError("invalid hexadecimal floating-point string");
}
