using System.Globalization;
using System.Numerics;
using System.Text;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Builtins;

/// <summary>The format specification mini-language of <c>format()</c>, f-strings and <c>str.format</c>.</summary>
internal static class FormatSpec
{
    /// <summary>A parsed <c>[[fill]align][sign][z][#][0][width][grouping][.precision][type]</c>.</summary>
    private sealed class Spec
    {
        public char Fill = ' ';
        public char Align;
        public char Sign = '-';
        public bool NoNegZero;
        public bool Alternate;
        public int Width = -1;
        public char Grouping;
        public int Precision = -1;
        public char Type;
    }

    private static Spec Parse(string s, PyObject value)
    {
        var spec = new Spec();
        int i = 0;
        if (s.Length >= 2 && s[1] is '<' or '>' or '=' or '^')
        {
            spec.Fill = s[0];
            spec.Align = s[1];
            i = 2;
        }
        else if (s.Length >= 1 && s[0] is '<' or '>' or '=' or '^')
        {
            spec.Align = s[0];
            i = 1;
        }
        if (i < s.Length && s[i] is '+' or '-' or ' ') spec.Sign = s[i++];
        if (i < s.Length && s[i] == 'z') { spec.NoNegZero = true; i++; }
        if (i < s.Length && s[i] == '#') { spec.Alternate = true; i++; }
        if (i < s.Length && s[i] == '0')
        {
            if (spec.Align == 0) { spec.Fill = '0'; spec.Align = '='; }
            i++;
        }
        int start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i > start) spec.Width = ParseCount(s.AsSpan(start, i - start), "Too many decimal digits in format string");
        if (i < s.Length && s[i] is ',' or '_') spec.Grouping = s[i++];
        if (i < s.Length && s[i] == '.')
        {
            i++;
            start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            if (i == start) throw Ops.ValueError("Format specifier missing precision");
            spec.Precision = ParseCount(s.AsSpan(start, i - start), "Too many decimal digits in format string");
        }
        if (i < s.Length) spec.Type = s[i++];
        if (i < s.Length) throw Ops.ValueError("Invalid format specifier '" + s + "' for object of type '" + value.Type.Name + "'");
        return spec;
    }

    /// <summary>
    /// A width or precision written in decimal digits. CPython reads it as a Py_ssize_t: beyond that it
    /// raises ValueError <paramref name="overflowMessage"/>; a count that fits but exceeds what a string
    /// can hold here fails as CPython's allocation would, with MemoryError.
    /// </summary>
    internal static int ParseCount(ReadOnlySpan<char> digits, string overflowMessage)
    {
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long n)) throw Ops.ValueError(overflowMessage);
        if (n > int.MaxValue) throw Ops.Error(Exceptions.ExceptionTypes.MemoryError, "");
        return (int)n;
    }

    public static string Format(PyObject value, string spec)
    {
        if (spec.Length == 0) return Ops.Str(value);
        switch (value)
        {
            case PyStr s: return FormatStr(s.Value, Parse(spec, value));
            case PyInt i: return FormatInt(i, Parse(spec, value));
            case PyFloat f: return FormatFloat(f.Value, Parse(spec, value));
        }
        throw Ops.TypeError($"unsupported format string passed to {value.Type.Name}.__format__");
    }

    private static string FormatStr(string s, Spec spec)
    {
        if (spec.Type is not ('\0' or 's')) throw Ops.ValueError($"Unknown format code '{spec.Type}' for object of type 'str'");
        if (spec.Sign != '-') throw Ops.ValueError("Sign not allowed in string format specifier");
        if (spec.Align == '=') throw Ops.ValueError("'=' alignment not allowed in string format specifier");
        if (spec.Precision >= 0 && spec.Precision < s.Length) s = s[..spec.Precision];
        return Pad(s, "", spec, '<');
    }

    private static string Pad(string body, string sign, Spec spec, char defaultAlign)
    {
        int len = body.Length + sign.Length;
        if (spec.Width <= len) return sign + body;
        int pad = spec.Width - len;
        char align = spec.Align == 0 ? defaultAlign : spec.Align;
        string fill(int n) => new(spec.Fill, n);
        return align switch
        {
            '<' => sign + body + fill(pad),
            '>' => fill(pad) + sign + body,
            '^' => fill(pad / 2) + sign + body + fill(pad - pad / 2),
            _ => sign + fill(pad) + body,
        };
    }

    private static string Group(string digits, char sep, int every)
    {
        if (sep == 0 || digits.Length <= every) return digits;
        var sb = new StringBuilder();
        int first = digits.Length % every;
        if (first > 0) sb.Append(digits, 0, first);
        for (int i = first; i < digits.Length; i += every)
        {
            if (sb.Length > 0) sb.Append(sep);
            sb.Append(digits, i, every);
        }
        return sb.ToString();
    }

    private static string SignOf(bool negative, Spec spec) => negative ? "-" : spec.Sign switch { '+' => "+", ' ' => " ", _ => "" };

    private static string FormatInt(PyInt i, Spec spec)
    {
        char type = spec.Type;
        if (type is 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%') return FormatFloat(i.ToDouble(), spec);
        if (spec.Precision >= 0) throw Ops.ValueError("Precision not allowed in integer format specifier");
        var v = i.Value;
        bool neg = v.Sign < 0;
        var abs = BigInteger.Abs(v);
        string digits, prefix = "";
        switch (type)
        {
            case '\0':
            case 'd':
            case 'n':
                digits = PyInt.From(abs).Repr();
                digits = Group(digits, spec.Grouping, 3);
                break;
            case 'b':
                digits = ToBase(abs, 2);
                prefix = spec.Alternate ? "0b" : "";
                digits = Group(digits, spec.Grouping, 4);
                break;
            case 'o':
                digits = ToBase(abs, 8);
                prefix = spec.Alternate ? "0o" : "";
                digits = Group(digits, spec.Grouping, 4);
                break;
            case 'x':
            case 'X':
                digits = ToBase(abs, 16);
                if (type == 'X') digits = digits.ToUpperInvariant();
                prefix = spec.Alternate ? (type == 'X' ? "0X" : "0x") : "";
                digits = Group(digits, spec.Grouping, 4);
                break;
            case 'c':
                digits = PercentFormat.CharOf(v);
                return Pad(digits, "", spec, '<');
            default:
                throw Ops.ValueError($"Unknown format code '{type}' for object of type 'int'");
        }
        var sign = SignOf(neg, spec) + prefix;
        if (spec.Align == '=' && spec.Fill == '0' && spec.Grouping != 0)
        {
            int width = spec.Width - sign.Length;
            var raw = digits.Replace(spec.Grouping.ToString(), "", StringComparison.Ordinal);
            while (digits.Length < width)
            {
                raw = "0" + raw;
                digits = Group(raw, spec.Grouping, type is 'x' or 'X' or 'b' or 'o' ? 4 : 3);
            }
            return sign + digits;
        }
        return Pad(digits, sign, spec, '>');
    }

    public static string ToBase(BigInteger v, int radix)
    {
        if (v.IsZero) return "0";
        var sb = new StringBuilder();
        while (!v.IsZero)
        {
            int d = (int)(v % radix);
            sb.Insert(0, (char)(d < 10 ? '0' + d : 'a' + d - 10));
            v /= radix;
        }
        return sb.ToString();
    }

    private static string FormatFloat(double d, Spec spec)
    {
        char type = spec.Type;
        bool neg = d < 0 || (d == 0 && double.IsNegative(d));
        double a = Math.Abs(d);
        string body;
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            body = double.IsNaN(d) ? "nan" : "inf";
            if (type is 'E' or 'F' or 'G') body = body.ToUpperInvariant();
            if (type == '%') body += "%";
            neg = !double.IsNaN(d) && d < 0;
            return Pad(body, SignOf(neg, spec), spec, '>');
        }
        int prec = spec.Precision;
        switch (type)
        {
            case 'f':
            case 'F':
                body = FixedDigits(a, prec < 0 ? 6 : prec);
                if (spec.Alternate && !body.Contains('.')) body += ".";
                break;
            case '%':
                body = FixedDigits(a * 100, prec < 0 ? 6 : prec) + "%";
                break;
            case 'e':
            case 'E':
                body = Scientific(a, prec < 0 ? 6 : prec, spec.Alternate);
                if (type == 'E') body = body.ToUpperInvariant();
                break;
            case 'g':
            case 'G':
            case 'n':
                body = General(a, prec < 0 ? 6 : prec == 0 ? 1 : prec, spec.Alternate, false);
                if (type == 'G') body = body.ToUpperInvariant();
                break;
            case '\0':
                body = prec < 0 ? PyFloat.FormatRepr(a) : General(a, prec == 0 ? 1 : prec, spec.Alternate, true);
                break;
            default:
                throw Ops.ValueError($"Unknown format code '{type}' for object of type 'float'");
        }
        if (spec.NoNegZero && neg && IsZeroText(body)) neg = false;
        if (spec.Grouping != 0)
        {
            int dot = body.IndexOfAny(['.', 'e', 'E', '%']);
            string intPart = dot < 0 ? body : body[..dot];
            body = Group(intPart, spec.Grouping, 3) + (dot < 0 ? "" : body[dot..]);
        }
        var sign = SignOf(neg, spec);
        if (spec.Align == '=' && spec.Fill == '0' && spec.Grouping != 0)
        {
            int dot = body.IndexOfAny(['.', 'e', 'E', '%']);
            string intPart = (dot < 0 ? body : body[..dot]).Replace(spec.Grouping.ToString(), "", StringComparison.Ordinal);
            string rest = dot < 0 ? "" : body[dot..];
            string grouped = Group(intPart, spec.Grouping, 3);
            while (sign.Length + grouped.Length + rest.Length < spec.Width)
            {
                intPart = "0" + intPart;
                grouped = Group(intPart, spec.Grouping, 3);
            }
            return sign + grouped + rest;
        }
        return Pad(body, sign, spec, '>');
    }

    private static bool IsZeroText(string body)
    {
        foreach (var c in body)
        {
            if (c is >= '1' and <= '9') return false;
            if (c is 'e' or 'E') break;
        }
        return true;
    }

    public static string FixedDigits(double a, int prec) => a.ToString("F" + prec.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Scientific(double a, int prec, bool alternate)
    {
        var t = a.ToString("E" + prec.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int ePos = t.IndexOf('E');
        string mant = t[..ePos];
        int exp = int.Parse(t[(ePos + 1)..], CultureInfo.InvariantCulture);
        if (alternate && prec == 0) mant += ".";
        return mant + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>The 'g' presentation: scientific when the exponent is below -4 or at least the precision.</summary>
    public static string General(double a, int prec, bool alternate, bool noType)
    {
        if (a == 0)
        {
            if (alternate) return "0." + new string('0', Math.Max(prec - 1, 0));
            return noType ? "0.0" : "0";
        }
        var sci = a.ToString("E" + (prec - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int exp = int.Parse(sci[(sci.IndexOf('E') + 1)..], CultureInfo.InvariantCulture);
        string r;
        if (exp >= -4 && exp < (noType ? prec - 1 : prec))
        {
            r = FixedDigits(a, Math.Max(prec - 1 - exp, 0));
            if (!alternate) r = TrimZeros(r);
            if (noType && !r.Contains('.')) r += ".0";
        }
        else
        {
            r = Scientific(a, prec - 1, alternate);
            if (!alternate)
            {
                int e = r.IndexOf('e');
                r = TrimZeros(r[..e]) + r[e..];
            }
        }
        return r;
    }

    private static string TrimZeros(string s)
    {
        if (!s.Contains('.')) return s;
        s = s.TrimEnd('0');
        return s.EndsWith('.') ? s[..^1] : s;
    }
}
