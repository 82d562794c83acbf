using System.Globalization;
using System.Numerics;
using System.Text;
using PyBuild.Compiler.Bytecode;

namespace PyBuild.Compiler.Syntax;

/// <summary>
/// CPython's <c>repr()</c> of the compiler's constants (see <see cref="ConstTuple"/> for the value
/// convention): the text <c>ast.dump</c> and <c>dis</c> print for them.
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

    /// <summary>Appends the <c>repr()</c> of a constant value.</summary>
    public static void Append(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: sb.Append("None"); break;
            case bool b: sb.Append(b ? "True" : "False"); break;
            case BigInteger i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            case int i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            case long l: sb.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case double d: AppendFloat(sb, d); break;
            case Complex c: AppendComplex(sb, c); break;
            case string s: AppendStr(sb, s); break;
            case byte[] bytes: AppendBytes(sb, bytes); break;
            case ConstEllipsis: sb.Append("Ellipsis"); break;
            case ConstTuple t:
                sb.Append('(');
                for (int k = 0; k < t.Items.Length; k++)
                {
                    if (k > 0) sb.Append(", ");
                    Append(sb, t.Items[k]);
                }
                if (t.Items.Length == 1) sb.Append(',');
                sb.Append(')');
                break;
            case ConstFrozenSet f:
                if (f.Items.Length == 0) { sb.Append("frozenset()"); break; }
                sb.Append("frozenset({");
                for (int k = 0; k < f.Items.Length; k++)
                {
                    if (k > 0) sb.Append(", ");
                    Append(sb, f.Items[k]);
                }
                sb.Append("})");
                break;
            default: sb.Append(value.ToString()); break;
        }
    }

    /// <summary>Appends <c>repr(float)</c>: the shortest round-tripping digits, in CPython's layout.</summary>
    public static void AppendFloat(StringBuilder sb, double d) => AppendFloat(sb, d, forceDecimalPoint: true);

    /// <summary>Appends <c>repr(complex)</c>.</summary>
    public static void AppendComplex(StringBuilder sb, Complex c)
    {
        // CPython omits the real part only when it is +0.0.
        if (c.Real == 0 && !double.IsNegative(c.Real))
        {
            AppendFloat(sb, c.Imaginary, forceDecimalPoint: false);
            sb.Append('j');
            return;
        }
        sb.Append('(');
        AppendFloat(sb, c.Real, forceDecimalPoint: false);
        if (!(double.IsNegative(c.Imaginary) && !double.IsNaN(c.Imaginary))) sb.Append('+');
        AppendFloat(sb, c.Imaginary, forceDecimalPoint: false);
        sb.Append("j)");
    }

    private static void AppendFloat(StringBuilder sb, double d, bool forceDecimalPoint)
    {
        if (double.IsNaN(d)) { sb.Append("nan"); return; }
        if (double.IsInfinity(d)) { sb.Append(d > 0 ? "inf" : "-inf"); return; }
        if (d == 0) { sb.Append(double.IsNegative(d) ? "-0" : "0"); if (forceDecimalPoint) sb.Append(".0"); return; }
        // "R" gives the shortest round-trip digits (as CPython's repr); only their layout differs.
        string shortest = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        int ePos = shortest.IndexOf('E');
        int exp10 = ePos >= 0 ? int.Parse(shortest.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
        ReadOnlySpan<char> mantissa = ePos >= 0 ? shortest.AsSpan(0, ePos) : shortest.AsSpan();
        int point = mantissa.IndexOf('.');
        Span<char> digits = stackalloc char[40];
        int nd = 0;
        foreach (char ch in mantissa)
        {
            if (ch != '.') digits[nd++] = ch;
        }
        // value = 0.d1d2... * 10^decpt
        int decpt = (point < 0 ? nd : point) + exp10;
        int lead = 0;
        while (lead < nd - 1 && digits[lead] == '0') { lead++; decpt--; }
        digits = digits[lead..nd];
        nd -= lead;
        while (nd > 1 && digits[nd - 1] == '0') nd--;
        if (d < 0) sb.Append('-');
        if (decpt <= -4 || decpt > 16)
        {
            sb.Append(digits[0]);
            if (nd > 1) { sb.Append('.'); sb.Append(digits[1..nd]); }
            int e = decpt - 1;
            sb.Append('e').Append(e < 0 ? '-' : '+');
            int ae = Math.Abs(e);
            if (ae < 10) sb.Append('0');
            sb.Append(ae.ToString(CultureInfo.InvariantCulture));
            return;
        }
        if (decpt <= 0)
        {
            sb.Append("0.");
            sb.Append('0', -decpt);
            sb.Append(digits[..nd]);
            return;
        }
        if (nd <= decpt)
        {
            sb.Append(digits[..nd]);
            sb.Append('0', decpt - nd);
            if (forceDecimalPoint) sb.Append(".0");
            return;
        }
        sb.Append(digits[..decpt]);
        sb.Append('.');
        sb.Append(digits[decpt..nd]);
    }

    /// <summary>Appends <c>repr(str)</c> with CPython's choice of quotes and escapes.</summary>
    public static void AppendStr(StringBuilder sb, string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(c, s[i + 1]);
                i++;
            }
            if (cp == quote || cp == '\\') { sb.Append('\\').Append((char)cp); continue; }
            if (cp == '\t') { sb.Append("\\t"); continue; }
            if (cp == '\n') { sb.Append("\\n"); continue; }
            if (cp == '\r') { sb.Append("\\r"); continue; }
            if (cp < 0x20 || cp == 0x7f) { AppendHex(sb, 'x', cp, 2); continue; }
            if (cp < 0x7f) { sb.Append((char)cp); continue; }
            if (UnicodePrintable.IsPrintable(cp))
            {
                if (cp > 0xFFFF) sb.Append(char.ConvertFromUtf32(cp));
                else sb.Append((char)cp);
                continue;
            }
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
