using System.Globalization;
using System.Text;
using PyBuild.Compiler.Syntax;

namespace PyBuild.Compiler.CodeGen;

/// <summary>
/// <c>'...%s...' % (a, b)</c> with only <c>%s</c>, <c>%r</c> and <c>%a</c> units (optionally with
/// width and precision) becomes an f-string, as CPython 3.12's AST optimiser does (<c>optimize_format</c>).
/// </summary>
internal static class PercentFormat
{
    /// <summary>The equivalent JoinedStr, or <see langword="null"/> when the format is not that simple.</summary>
    public static JoinedStr? TryOptimize(BinOp node, string format, List<Expr> args)
    {
        var values = new List<Expr>();
        int pos = 0, count = 0;
        while (true)
        {
            var literal = ParseLiteral(format, ref pos);
            if (literal is not null) values.Add(literal);
            if (pos >= format.Length) break;
            if (count >= args.Count) return null;
            pos++;
            var formatted = ParseUnit(format, ref pos, args[count]);
            count++;
            if (formatted is null) return null;
            values.Add(formatted);
        }
        if (count < args.Count) return null;
        var joined = new JoinedStr { Values = values };
        joined.CopyLocation(node);
        return joined;
    }

    private static Constant? ParseLiteral(string format, ref int pos)
    {
        int start = pos;
        bool hasPercents = false;
        while (pos < format.Length)
        {
            if (format[pos] != '%') pos++;
            else if (pos + 1 < format.Length && format[pos + 1] == '%')
            {
                hasPercents = true;
                pos += 2;
            }
            else break;
        }
        if (pos == start) return null;
        string text = format[start..pos];
        if (hasPercents) text = text.Replace("%%", "%", StringComparison.Ordinal);
        return new Constant { Value = text, Lineno = -1, ColOffset = -1, EndLineno = -1, EndColOffset = -1 };
    }

    private const int MaxDigits = 3;

    private static FormattedValue? ParseUnit(string format, ref int pos, Expr arg)
    {
        bool leftJustify = false;
        int width = -1, precision = -1;
        char ch;
        while (true)
        {
            if (pos >= format.Length) return null;
            ch = format[pos++];
            if (ch == '-') { leftJustify = true; continue; }
            if (ch is '+' or ' ' or '#' or '0') continue;
            break;
        }
        // CPython gives up on widths and precisions of three digits or more.
        if (ch is >= '0' and <= '9')
        {
            width = 0;
            int digits = 0;
            while (ch is >= '0' and <= '9')
            {
                width = width * 10 + (ch - '0');
                if (pos >= format.Length) return null;
                ch = format[pos++];
                if (++digits >= MaxDigits) return null;
            }
        }
        if (ch == '.')
        {
            if (pos >= format.Length) return null;
            ch = format[pos++];
            precision = 0;
            int digits = 0;
            while (ch is >= '0' and <= '9')
            {
                precision = precision * 10 + (ch - '0');
                if (pos >= format.Length) return null;
                ch = format[pos++];
                if (++digits >= MaxDigits) return null;
            }
        }
        if (ch is not ('s' or 'r' or 'a')) return null;
        var spec = new StringBuilder();
        if (!leftJustify && width > 0) spec.Append('>');
        if (width >= 0) spec.Append(width.ToString(CultureInfo.InvariantCulture));
        if (precision >= 0) spec.Append('.').Append(precision.ToString(CultureInfo.InvariantCulture));
        Expr? formatSpec = spec.Length > 0
            ? new Constant { Value = spec.ToString(), Lineno = -1, ColOffset = -1, EndLineno = -1, EndColOffset = -1 }
            : null;
        var value = new FormattedValue { Value = arg, Conversion = ch, FormatSpec = formatSpec };
        value.CopyLocation(arg);
        return value;
    }
}
