using System.Globalization;
using System.Numerics;
using System.Text;
using PyBuild.Compiler.Bytecode;

namespace PyBuild.Compiler.Syntax;

/// <summary>
/// CPython's <c>repr()</c> of the compiler's constants (see <see cref="ConstTuple"/> for the value
/// convention): the text <c>ast.dump</c>, <c>dis</c> and the unparser print for them.
/// </summary>
public static class ConstantRepr
{
    /// <summary>The <c>repr()</c> of a constant value.</summary>
    public static string Repr(object? value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    /// <summary>
    /// Appends the <c>repr()</c> of a constant value; nested code objects are named by
    /// <paramref name="codeRepr"/> (dis prints their address).
    /// </summary>
    public static void Append(StringBuilder sb, object? value, Func<CodeObject, string>? codeRepr = null)
    {
        switch (value)
        {
            case null: sb.Append("None"); break;
            case bool b: sb.Append(b ? "True" : "False"); break;
            case BigInteger i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            case int i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            case long l: sb.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case double d: AppendFloat(sb, d, addDotZero: true, sign: false); break;
            case Complex c: AppendComplex(sb, c); break;
            case string or ConstSurrogateStr: AppendStr(sb, value); break;
            case byte[] bytes: AppendBytes(sb, bytes); break;
            case ConstEllipsis: sb.Append("Ellipsis"); break;
            case CodeObject code when codeRepr != null: sb.Append(codeRepr(code)); break;
            case ConstTuple t:
                sb.Append('(');
                AppendItems(sb, t.Items, codeRepr);
                if (t.Items.Length == 1) sb.Append(',');
                sb.Append(')');
                break;
            case ConstFrozenSet f:
                if (f.Items.Length == 0) { sb.Append("frozenset()"); break; }
                sb.Append("frozenset({");
                AppendItems(sb, f.Items, codeRepr);
                sb.Append("})");
                break;
            default: sb.Append(value.ToString()); break;
        }
    }

    private static void AppendItems(StringBuilder sb, object?[] items, Func<CodeObject, string>? codeRepr)
    {
        for (int k = 0; k < items.Length; k++)
        {
            if (k > 0) sb.Append(", ");
            Append(sb, items[k], codeRepr);
        }
    }

    /// <summary>Appends <c>repr(complex)</c>.</summary>
    public static void AppendComplex(StringBuilder sb, Complex c)
    {
        // CPython omits the real part only when it is +0.0.
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
    private static void AppendFloat(StringBuilder sb, double d, bool addDotZero, bool sign)
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

    /// <summary>Appends <c>repr(str)</c> of a str constant with CPython's choice of quotes and escapes.</summary>
    public static void AppendStr(StringBuilder sb, object str)
    {
        string text = str as string ?? str.ToString()!;
        char quote = text.Contains('\'') && !text.Contains('"') ? '"' : '\'';
        sb.Append(quote);
        foreach (int cp in StrConstant.CodePoints(str))
        {
            if (cp == quote || cp == '\\') { sb.Append('\\').Append((char)cp); continue; }
            if (cp == '\t') { sb.Append("\\t"); continue; }
            if (cp == '\n') { sb.Append("\\n"); continue; }
            if (cp == '\r') { sb.Append("\\r"); continue; }
            if (cp < 0x20 || cp == 0x7f) { AppendHex(sb, 'x', cp, 2); continue; }
            if (cp < 0x7f) { sb.Append((char)cp); continue; }
            if (UnicodePrintable.IsPrintable(cp)) { StrConstant.AppendCodePoint(sb, cp); continue; }
            if (cp <= 0xff) AppendHex(sb, 'x', cp, 2);
            else if (cp <= 0xffff) AppendHex(sb, 'u', cp, 4);
            else AppendHex(sb, 'U', cp, 8);
        }
        sb.Append(quote);
    }

    /// <summary>Appends <c>repr(bytes)</c>.</summary>
    public static void AppendBytes(StringBuilder sb, byte[] bytes)
    {
        char quote = Array.IndexOf(bytes, (byte)'\'') >= 0 && Array.IndexOf(bytes, (byte)'"') < 0 ? '"' : '\'';
        sb.Append('b').Append(quote);
        foreach (byte b in bytes)
        {
            if (b == quote || b == '\\') sb.Append('\\').Append((char)b);
            else if (b == '\t') sb.Append("\\t");
            else if (b == '\n') sb.Append("\\n");
            else if (b == '\r') sb.Append("\\r");
            else if (b < 0x20 || b >= 0x7f) AppendHex(sb, 'x', b, 2);
            else sb.Append((char)b);
        }
        sb.Append(quote);
    }

    private static void AppendHex(StringBuilder sb, char kind, int value, int width)
    {
        sb.Append('\\').Append(kind);
        sb.Append(value.ToString(width == 2 ? "x2" : width == 4 ? "x4" : "x8", CultureInfo.InvariantCulture));
    }
}
