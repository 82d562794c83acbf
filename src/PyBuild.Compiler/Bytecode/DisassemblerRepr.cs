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
    /// <summary>
    /// Inclusive code point ranges, in pairs, that .NET's Unicode tables assign but Unicode 15.0 (the
    /// version of CPython 3.12's <c>unicodedata</c>) leaves unassigned, so Python escapes them in a
    /// repr. Found by comparing .NET's categories with <c>str.isprintable</c> of CPython 3.12.1 for
    /// every code point.
    /// </summary>
    private static readonly int[] AssignedAfterUnicode15 =
    [
        0x897, 0x897, 0x1B4E, 0x1B4F, 0x1B7F, 0x1B7F, 0x1C89, 0x1C8A, 0x2427, 0x2429, 0x2FFC, 0x2FFF,
        0x31E4, 0x31E5, 0x31EF, 0x31EF, 0xA7CB, 0xA7CD, 0xA7DA, 0xA7DC, 0x105C0, 0x105F3, 0x10D40, 0x10D65,
        0x10D69, 0x10D85, 0x10D8E, 0x10D8F, 0x10EC2, 0x10EC4, 0x10EFC, 0x10EFC, 0x11380, 0x11389, 0x1138B, 0x1138B,
        0x1138E, 0x1138E, 0x11390, 0x113B5, 0x113B7, 0x113C0, 0x113C2, 0x113C2, 0x113C5, 0x113C5, 0x113C7, 0x113CA,
        0x113CC, 0x113D5, 0x113D7, 0x113D8, 0x113E1, 0x113E2, 0x116D0, 0x116E3, 0x11BC0, 0x11BE1, 0x11BF0, 0x11BF9,
        0x11F5A, 0x11F5A, 0x13460, 0x143FA, 0x16100, 0x16139, 0x16D40, 0x16D79, 0x18CFF, 0x18CFF, 0x1CC00, 0x1CCF9,
        0x1CD00, 0x1CEB3, 0x1E5D0, 0x1E5FA, 0x1E5FF, 0x1E5FF, 0x1F8B2, 0x1F8BB, 0x1F8C0, 0x1F8C1, 0x1FA89, 0x1FA89,
        0x1FA8F, 0x1FA8F, 0x1FABE, 0x1FABE, 0x1FAC6, 0x1FAC6, 0x1FADC, 0x1FADC, 0x1FADF, 0x1FADF, 0x1FAE9, 0x1FAE9,
        0x1FBCB, 0x1FBEF, 0x2EBF0, 0x2EE5D,
    ];

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
        string r = ShortestDigits(Math.Abs(d));
        int e = r.IndexOf('E');
        int exponent = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        string mantissa = r[..e];
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

    /// <summary>
    /// The shortest scientific form that reads back as <paramref name="d"/>, nearest to it among those of
    /// its length, as Python's repr finds it. .NET's "R" is not always shortest next to powers of two, so
    /// each length is tried in turn: the correctly rounded digits, then (at a tie that does not read back)
    /// their neighbours one unit away in the last digit.
    /// </summary>
    private static string ShortestDigits(double d)
    {
        for (int precision = 0; precision < 16; precision++)
        {
            string candidate = d.ToString("E" + precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            if (ReadsBackAs(candidate, d)) return candidate;
            string up = StepLastDigit(candidate, +1);
            if (ReadsBackAs(up, d)) return up;
            string down = StepLastDigit(candidate, -1);
            if (ReadsBackAs(down, d)) return down;
        }
        return d.ToString("E16", CultureInfo.InvariantCulture);
    }

    private static bool ReadsBackAs(string text, double d)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && value == d;

    /// <summary>Adds <paramref name="step"/> (±1) to the last mantissa digit of "D.DDDE±XXX", carrying as needed.</summary>
    private static string StepLastDigit(string scientific, int step)
    {
        int e = scientific.IndexOf('E');
        var chars = scientific.ToCharArray(0, e);
        int i = chars.Length - 1;
        while (i >= 0)
        {
            if (chars[i] == '.') { i--; continue; }
            int digit = chars[i] - '0' + step;
            if (digit >= 0 && digit <= 9)
            {
                chars[i] = (char)('0' + digit);
                return new string(chars) + scientific[e..];
            }
            chars[i] = step > 0 ? '0' : '9';
            i--;
        }
        // Carried out of the first digit: "9.99" + 1 is "10.00", which still parses.
        return (step > 0 ? "1" : "") + new string(chars) + scientific[e..];
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
        for (int i = 0; i < AssignedAfterUnicode15.Length; i += 2)
        {
            if (c < AssignedAfterUnicode15[i]) break;
            if (c <= AssignedAfterUnicode15[i + 1]) return false;
        }
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
