using System.Globalization;
using System.Numerics;
using System.Text;

namespace PyBuild.Compiler.Bytecode;

/// <summary>
/// Python's <c>repr()</c> of the compile-time constants, as <c>dis</c> prints them after
/// <c>LOAD_CONST</c>; code objects are named through a callback that supplies their address.
/// </summary>
internal static class DisassemblerRepr
{
    public static void Append(StringBuilder sb, object? value, Func<CodeObject, string> codeRepr)
    {
        switch (value)
        {
            case null: sb.Append("None"); break;
            case bool b: sb.Append(b ? "True" : "False"); break;
            case ConstEllipsis: sb.Append("Ellipsis"); break;
            case BigInteger i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            case double d: AppendFloat(sb, d, addDotZero: true, sign: false); break;
            case Complex c: AppendComplex(sb, c); break;
            case string s: AppendString(sb, s); break;
            case byte[] bytes: AppendBytes(sb, bytes); break;
            case CodeObject code: sb.Append(codeRepr(code)); break;
            case ConstTuple t:
                sb.Append('(');
                AppendItems(sb, t.Items, codeRepr);
                if (t.Items.Length == 1) sb.Append(',');
                sb.Append(')');
                break;
            case ConstFrozenSet f:
                if (f.Items.Length == 0)
                {
                    sb.Append("frozenset()");
                    break;
                }
                sb.Append("frozenset({");
                AppendItems(sb, f.Items, codeRepr);
                sb.Append("})");
                break;
            default: sb.Append(value); break;
        }
    }

    private static void AppendItems(StringBuilder sb, object?[] items, Func<CodeObject, string> codeRepr)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            Append(sb, items[i], codeRepr);
        }
    }

    private static void AppendComplex(StringBuilder sb, Complex c)
    {
        // A complex with a +0.0 real part prints as just its imaginary part.
        if (c.Real == 0 && !double.IsNegative(c.Real))
        {
            AppendFloat(sb, c.Imaginary, addDotZero: false, sign: false);
            sb.Append('j');
            return;
        }
        sb.Append('(');
        AppendFloat(sb, c.Real, addDotZero: false, sign: false);
        AppendFloat(sb, c.Imaginary, addDotZero: false, sign: true);
        sb.Append("j)");
    }

    /// <summary>
    /// The shortest round-tripping digits, laid out as Python's <c>float_repr_style = 'short'</c>:
    /// positional when the decimal exponent is in (-4, 16], scientific otherwise.
    /// </summary>
    internal static void AppendFloat(StringBuilder sb, double d, bool addDotZero, bool sign)
    {
        // Python prints a NaN without its sign bit.
        if (double.IsNaN(d))
        {
            sb.Append(sign ? "+nan" : "nan");
            return;
        }
        if (double.IsNegative(d)) sb.Append('-');
        else if (sign) sb.Append('+');
        if (double.IsInfinity(d))
        {
            sb.Append("inf");
            return;
        }
        string r = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        int exponent = 0;
        int e = r.IndexOf('E');
        string mantissa = r;
        if (e >= 0)
        {
            exponent = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = r[..e];
        }
        int dot = mantissa.IndexOf('.');
        string digits = dot >= 0 ? mantissa.Remove(dot, 1) : mantissa;
        int decpt = (dot >= 0 ? dot : mantissa.Length) + exponent;
        int leading = 0;
        while (leading < digits.Length - 1 && digits[leading] == '0') leading++;
        digits = digits[leading..];
        decpt -= leading;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
            decpt = 1;
        }
        if (decpt > -4 && decpt <= 16)
        {
            if (decpt <= 0)
            {
                sb.Append("0.").Append('0', -decpt).Append(digits);
            }
            else if (decpt >= digits.Length)
            {
                sb.Append(digits).Append('0', decpt - digits.Length);
                if (addDotZero) sb.Append(".0");
            }
            else
            {
                sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
            }
            return;
        }
        sb.Append(digits[0]);
        if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
        int exp = decpt - 1;
        sb.Append('e').Append(exp < 0 ? '-' : '+');
        sb.Append(Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture));
    }

    private static void AppendString(StringBuilder sb, string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            int c = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                c = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            if (c == quote || c == '\\') sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < 0x20 || c == 0x7F) AppendHex(sb, "\\x", c, 2);
            else if (c < 0x7F) sb.Append((char)c);
            else if (IsPrintable(c)) AppendCodePoint(sb, c);
            else if (c <= 0xFF) AppendHex(sb, "\\x", c, 2);
            else if (c <= 0xFFFF) AppendHex(sb, "\\u", c, 4);
            else AppendHex(sb, "\\U", c, 8);
        }
        sb.Append(quote);
    }

    private static void AppendBytes(StringBuilder sb, byte[] bytes)
    {
        bool hasSingle = bytes.AsSpan().Contains((byte)'\'');
        bool hasDouble = bytes.AsSpan().Contains((byte)'"');
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        sb.Append('b').Append(quote);
        foreach (byte b in bytes)
        {
            if (b == quote || b == '\\') sb.Append('\\').Append((char)b);
            else if (b == '\t') sb.Append("\\t");
            else if (b == '\n') sb.Append("\\n");
            else if (b == '\r') sb.Append("\\r");
            else if (b < 0x20 || b >= 0x7F) AppendHex(sb, "\\x", b, 2);
            else sb.Append((char)b);
        }
        sb.Append(quote);
    }

    private static void AppendHex(StringBuilder sb, string prefix, int value, int width)
        => sb.Append(prefix).Append(value.ToString("x" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));

    private static void AppendCodePoint(StringBuilder sb, int c)
    {
        if (c < 0x10000) sb.Append((char)c);
        else sb.Append(char.ConvertFromUtf32(c));
    }

    /// <summary>Python's <c>str.isprintable</c> for one code point: not a control, format, surrogate, private-use, unassigned or separator character other than space.</summary>
    private static bool IsPrintable(int c)
    {
        if (c >= 0xD800 && c <= 0xDFFF) return false;
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
                return c == ' ';
            default:
                return true;
        }
    }
}
