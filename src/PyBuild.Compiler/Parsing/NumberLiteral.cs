using System.Globalization;
using System.Numerics;

namespace PyBuild.Compiler.Parsing;

/// <summary>The value of a NUMBER token: <see cref="BigInteger"/>, <see cref="double"/> or an imaginary <see cref="Complex"/>.</summary>
internal static class NumberLiteral
{
    /// <summary>Parses the token text (underscores allowed, as the tokenizer checked them).</summary>
    public static object Parse(string text)
    {
        string s = text.Contains('_') ? text.Replace("_", "") : text;
        if (s.Length > 1 && s[0] == '0' && s[1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            int radix = s[1] is 'x' or 'X' ? 16 : s[1] is 'o' or 'O' ? 8 : 2;
            return ParseRadix(s.AsSpan(2), radix);
        }
        char last = s[^1];
        if (last is 'j' or 'J')
        {
            return new Complex(0, ParseFloat(s.AsSpan(0, s.Length - 1)));
        }
        foreach (char c in s)
        {
            if (c is '.' or 'e' or 'E') return ParseFloat(s);
        }
        if (s.Length <= 18) return new BigInteger(long.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture));
        return BigInteger.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static BigInteger ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        if (digits.Length <= 15)
        {
            long small = 0;
            foreach (char c in digits) small = small * radix + HexValue(c);
            return new BigInteger(small);
        }
        BigInteger value = BigInteger.Zero;
        foreach (char c in digits) value = value * radix + HexValue(c);
        return value;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static double ParseFloat(ReadOnlySpan<char> s)
        => double.Parse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
}
