using System.Globalization;
using System.Text;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Builtins;

/// <summary>printf-style <c>str % args</c> and <c>bytes % args</c> formatting.</summary>
internal static class PercentFormat
{
    /// <summary><c>str % args</c>.</summary>
    public static string Format(string fmt, PyObject args) => Format(fmt, args, bytesMode: false);

    /// <summary>
    /// <c>bytes % args</c> (and bytearray's): the same conversions, worked on the bytes as Latin-1
    /// text, except that <c>%s</c>/<c>%b</c> insert bytes-like objects, <c>%r</c> is <c>%a</c> and
    /// <c>%c</c> takes a byte.
    /// </summary>
    public static byte[] FormatBytes(byte[] fmt, PyObject args) =>
        Encoding.Latin1.GetBytes(Format(Encoding.Latin1.GetString(fmt), args, bytesMode: true));

    private static string Format(string fmt, PyObject args, bool bytesMode)
    {
        PyObject[] items = args is PyTuple t ? t.Items : [args];
        // As in CPython, any non-tuple, non-str argument with __getitem__ counts as a mapping: %(key)s
        // indexes it, and leftover arguments are then not an error.
        PyObject? mapping = args is not (PyTuple or PyStr) && args.Type.Lookup("__getitem__") is not null ? args : null;
        int next = 0;
        var sb = new StringBuilder();
        int i = 0;
        while (i < fmt.Length)
        {
            char c = fmt[i++];
            if (c != '%')
            {
                sb.Append(c);
                continue;
            }
            if (i >= fmt.Length) throw Ops.ValueError("incomplete format");
            PyObject? keyed = null;
            if (fmt[i] == '(')
            {
                int close = fmt.IndexOf(')', i);
                if (close < 0) throw Ops.ValueError("incomplete format key");
                var key = fmt[(i + 1)..close];
                if (mapping is null) throw Ops.TypeError("format requires a mapping");
                keyed = Ops.GetItem(mapping, bytesMode ? new PyBytes(Encoding.Latin1.GetBytes(key)) : new PyStr(key));
                i = close + 1;
            }
            var flags = new StringBuilder();
            while (i < fmt.Length && fmt[i] is '-' or '+' or ' ' or '#' or '0') flags.Append(fmt[i++]);
            int width = -1;
            if (i < fmt.Length && fmt[i] == '*')
            {
                width = (int)Ops.IndexValue(items[next++]);
                i++;
            }
            else
            {
                int ws = i;
                while (i < fmt.Length && char.IsAsciiDigit(fmt[i])) i++;
                if (i > ws) width = FormatSpec.ParseCount(fmt.AsSpan(ws, i - ws), "width too big");
            }
            int prec = -1;
            if (i < fmt.Length && fmt[i] == '.')
            {
                i++;
                if (i < fmt.Length && fmt[i] == '*')
                {
                    prec = (int)Ops.IndexValue(items[next++]);
                    i++;
                }
                else
                {
                    int ps = i;
                    while (i < fmt.Length && char.IsAsciiDigit(fmt[i])) i++;
                    prec = i > ps ? FormatSpec.ParseCount(fmt.AsSpan(ps, i - ps), "precision too big") : 0;
                }
            }
            while (i < fmt.Length && fmt[i] is 'h' or 'l' or 'L') i++;
            if (i >= fmt.Length) throw Ops.ValueError("incomplete format");
            char conv = fmt[i++];
            if (conv == '%')
            {
                sb.Append('%');
                continue;
            }
            PyObject arg;
            if (keyed is not null) arg = keyed;
            else
            {
                if (next >= items.Length) throw Ops.TypeError("not enough arguments for format string");
                arg = items[next++];
            }
            string f = flags.ToString();
            bool zeroPad = f.Contains('0') && !f.Contains('-') && conv is not ('s' or 'r' or 'a' or 'c');
            string spec = (f.Contains('-') ? "<" : zeroPad ? "" : ">") + (f.Contains('+') ? "+" : f.Contains(' ') ? " " : "") + (f.Contains('#') ? "#" : "")
                + (f.Contains('0') && !f.Contains('-') && conv is not ('s' or 'r' or 'a' or 'c') ? "0" : "") + (width >= 0 ? width.ToString(CultureInfo.InvariantCulture) : "");
            string text;
            if (bytesMode && conv is 's' or 'b' or 'r' or 'c')
            {
                text = BytesConversion(arg, conv, prec);
                text = FormatSpec.Format(new PyStr(text), spec.Replace("#", "", StringComparison.Ordinal));
                sb.Append(text);
                continue;
            }
            switch (conv)
            {
                case 's': text = Ops.Str(arg); if (prec >= 0 && prec < text.Length) text = text[..prec]; text = FormatSpec.Format(new PyStr(text), spec.Replace("#", "", StringComparison.Ordinal)); break;
                case 'r': text = Ops.Repr(arg); if (prec >= 0 && prec < text.Length) text = text[..prec]; text = FormatSpec.Format(new PyStr(text), spec); break;
                case 'a': text = BuiltinFunctions.Ascii(Ops.Repr(arg)); text = FormatSpec.Format(new PyStr(text), spec); break;
                case 'd':
                case 'i':
                case 'u':
                    text = FormatSpec.Format(ToInt(arg, conv), spec + "d");
                    break;
                case 'x':
                case 'X':
                case 'o':
                    text = FormatSpec.Format(ToInt(arg, conv), spec + conv);
                    break;
                case 'e':
                case 'E':
                case 'f':
                case 'F':
                case 'g':
                case 'G':
                    text = FormatSpec.Format(ToFloat(arg, conv), spec + "." + (prec < 0 ? 6 : prec).ToString(CultureInfo.InvariantCulture) + conv);
                    break;
                case 'c':
                    text = arg is PyStr cs ? (cs.CodePointLength == 1 ? cs.Value : throw Ops.TypeError("%c requires int or char"))
                        : arg is PyInt ci ? CharOf(ci.Value) : throw Ops.TypeError("%c requires int or char");
                    text = FormatSpec.Format(new PyStr(text), spec);
                    break;
                default:
                    throw Ops.ValueError($"unsupported format character '{conv}' (0x{(int)conv:x}) at index {i - 1}");
            }
            sb.Append(text);
        }
        if (next < items.Length && mapping is null) throw Ops.TypeError($"not all arguments converted during {(bytesMode ? "bytes" : "string")} formatting");
        return sb.ToString();
    }

    // %s/%b, %r and %c of bytes formatting, as Latin-1 text.
    private static string BytesConversion(PyObject arg, char conv, int prec)
    {
        string text;
        switch (conv)
        {
            case 'r':
                text = BuiltinFunctions.Ascii(Ops.Repr(arg));
                break;
            case 'c':
                if (arg is PyInt or PyBool)
                {
                    long v = Ops.IndexValue(arg);
                    if (v < 0 || v > 255) throw Ops.Error(Exceptions.ExceptionTypes.OverflowError, "%c arg not in range(256)");
                    return ((char)v).ToString();
                }
                if (BytesLike.ToArrayOrNull(arg) is [var single]) return ((char)single).ToString();
                throw Ops.TypeError("%c requires an integer in range(256) or a single byte");
            default:
                var data = BytesLike.ToArrayOrNull(arg)
                    ?? (arg.Type.Lookup("__bytes__") is { } toBytes ? BytesLike.ToArrayOrNull(Ops.CallWithSelf(toBytes, arg, [], null)) : null)
                    ?? throw Ops.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{arg.Type.Name}'");
                text = Encoding.Latin1.GetString(data);
                break;
        }
        return prec >= 0 && prec < text.Length ? text[..prec] : text;
    }

    private static PyObject ToInt(PyObject arg, char conv)
    {
        if (arg is PyInt) return arg;
        if (arg is PyFloat f && conv is 'd' or 'i' or 'u') return NumberConstructors.FloatToInt(f.Value);
        if (Ops.TryIndex(arg, out var i)) return i;
        throw Ops.TypeError($"%{conv} format: {(conv is 'd' or 'i' or 'u' ? "a real number" : "an integer")} is required, not {arg.Type.Name}");
    }

    private static PyObject ToFloat(PyObject arg, char conv)
    {
        if (arg is PyFloat) return arg;
        if (arg is PyInt i) return PyFloat.From(i.ToDouble());
        return NumberConstructors.Float([arg], null) is PyFloat pf ? pf : throw Ops.TypeError($"must be real number, not {arg.Type.Name}");
    }

    /// <summary>The character <c>%c</c> and format type <c>c</c> make of a code point (lone surrogates included).</summary>
    internal static string CharOf(System.Numerics.BigInteger v) =>
        v >= 0 && v < 0x110000 ? PyStr.FromChar((int)v).Value : throw Ops.Error(Exceptions.ExceptionTypes.OverflowError, "%c arg not in range(0x110000)");
}
