using System.Globalization;
using System.Text;
using PyBuild.Compiler.Bytecode;

namespace PyBuild.Compiler.Parsing;

/// <summary>Decoding of string and bytes literal bodies: prefixes, quotes and backslash escapes.</summary>
internal static class StringLiteral
{
    /// <summary>The parts of a STRING token's text.</summary>
    public readonly record struct Parts(bool IsBytes, bool IsRaw, bool HasU, int BodyStart, int BodyLength);

    /// <summary>Splits a STRING token's text into prefix flags and the body between the quotes.</summary>
    public static Parts Split(string text)
    {
        int i = 0;
        bool isBytes = false, isRaw = false, hasU = false;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c is 'b' or 'B') isBytes = true;
            else if (c is 'r' or 'R') isRaw = true;
            else if (c is 'u' or 'U') hasU = true;
            else if (c is 'f' or 'F') { }
            else break;
        }
        int quoteLength = text.Length - i >= 6 && text[i + 1] == text[i] && text[i + 2] == text[i] ? 3 : 1;
        return new Parts(isBytes, isRaw, hasU, i + quoteLength, text.Length - i - 2 * quoteLength);
    }

    /// <summary>
    /// Decodes a str body with escapes (unless raw) to a str constant (see <see cref="StrConstant"/>).
    /// Invalid escapes stay as written; the first invalid one is returned in
    /// <paramref name="invalidEscape"/> for CPython's SyntaxWarning.
    /// </summary>
    public static object DecodeStr(ReadOnlySpan<char> body, bool raw, out string? invalidEscape, out string? error)
    {
        invalidEscape = null;
        error = null;
        if (raw || body.IndexOf('\\') < 0) return body.ToString();
        var sb = new StringBuilder(body.Length);
        // Where \u and \U escapes put surrogate code points: one escaped high surrogate followed by a
        // low one are two code points, which the UTF-16 text alone would read as one character.
        List<int>? escapedSurrogates = null;
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c != '\\' || i + 1 >= body.Length)
            {
                sb.Append(c);
                continue;
            }
            char e = body[++i];
            switch (e)
            {
                case '\n': break;
                case '\r': if (i + 1 < body.Length && body[i + 1] == '\n') i++; break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case >= '0' and <= '7':
                {
                    int value = e - '0';
                    int n = 1;
                    while (n < 3 && i + 1 < body.Length && body[i + 1] is >= '0' and <= '7')
                    {
                        value = value * 8 + (body[++i] - '0');
                        n++;
                    }
                    if (value > 0xFF) invalidEscape ??= "invalid octal escape sequence '\\" + Convert.ToString(value, 8) + "'";
                    StrConstant.AppendCodePoint(sb, value);
                    break;
                }
                case 'x':
                case 'u':
                case 'U':
                {
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    if (!TryHex(body, i + 1, digits, out int value))
                    {
                        error = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 1) + "-" + (i + CountHex(body, i + 1, digits)) + ": truncated " + (e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX") + " escape";
                        return "";
                    }
                    if (value > 0x10FFFF)
                    {
                        error = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 1) + "-" + (i + digits) + ": illegal Unicode character";
                        return "";
                    }
                    i += digits;
                    if (value is >= 0xD800 and <= 0xDFFF) (escapedSurrogates ??= []).Add(sb.Length);
                    StrConstant.AppendCodePoint(sb, value);
                    break;
                }
                case 'N':
                {
                    int close = i + 1 < body.Length && body[i + 1] == '{' ? body[(i + 2)..].IndexOf('}') : -1;
                    string? ch = close > 0 ? UnicodeNames.Lookup(body.Slice(i + 2, close).ToString()) : null;
                    if (ch == null)
                    {
                        error = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 1) + "-" + (close > 0 ? i + 2 + close : i) + ": " + (close > 0 ? "unknown Unicode character name" : "malformed \\N character escape");
                        return "";
                    }
                    sb.Append(ch);
                    i += close + 2;
                    break;
                }
                default:
                    // CPython reads a backslash before a non-ASCII character as a plain backslash, silently.
                    if (e < 0x80) invalidEscape ??= "invalid escape sequence '\\" + e + "'";
                    sb.Append('\\').Append(e);
                    break;
            }
        }
        return escapedSurrogates == null ? sb.ToString() : WithEscapedSurrogates(sb, escapedSurrogates);
    }

    /// <summary>
    /// The str constant for decoded text in which the surrogates at <paramref name="escaped"/> (in
    /// increasing order) came from escapes and so are code points of their own.
    /// </summary>
    private static object WithEscapedSurrogates(StringBuilder sb, List<int> escaped)
    {
        var codePoints = new int[sb.Length];
        int n = 0, next = 0;
        for (int i = 0; i < sb.Length; i++)
        {
            char c = sb[i];
            bool isEscaped = next < escaped.Count && escaped[next] == i;
            if (isEscaped) next++;
            if (!isEscaped && char.IsHighSurrogate(c) && i + 1 < sb.Length && char.IsLowSurrogate(sb[i + 1]))
            {
                codePoints[n++] = char.ConvertToUtf32(c, sb[++i]);
            }
            else
            {
                codePoints[n++] = c;
            }
        }
        return StrConstant.FromCodePoints(codePoints[..n]);
    }

    /// <summary>Decodes a bytes body (ASCII only, checked by the caller) with escapes unless raw.</summary>
    public static byte[] DecodeBytes(ReadOnlySpan<char> body, bool raw, out string? invalidEscape, out string? error)
    {
        invalidEscape = null;
        error = null;
        var bytes = new List<byte>(body.Length);
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (raw || c != '\\' || i + 1 >= body.Length)
            {
                bytes.Add((byte)c);
                continue;
            }
            char e = body[++i];
            switch (e)
            {
                case '\n': break;
                case '\r': if (i + 1 < body.Length && body[i + 1] == '\n') i++; break;
                case '\\': bytes.Add((byte)'\\'); break;
                case '\'': bytes.Add((byte)'\''); break;
                case '"': bytes.Add((byte)'"'); break;
                case 'a': bytes.Add(7); break;
                case 'b': bytes.Add(8); break;
                case 'f': bytes.Add(12); break;
                case 'n': bytes.Add(10); break;
                case 'r': bytes.Add(13); break;
                case 't': bytes.Add(9); break;
                case 'v': bytes.Add(11); break;
                case >= '0' and <= '7':
                {
                    int value = e - '0';
                    int n = 1;
                    while (n < 3 && i + 1 < body.Length && body[i + 1] is >= '0' and <= '7')
                    {
                        value = value * 8 + (body[++i] - '0');
                        n++;
                    }
                    if (value > 0xFF) invalidEscape ??= "invalid octal escape sequence '\\" + Convert.ToString(value, 8) + "'";
                    bytes.Add((byte)value);
                    break;
                }
                case 'x':
                    if (!TryHex(body, i + 1, 2, out int hex))
                    {
                        error = "(value error) invalid \\x escape at position " + (i - 1);
                        return [];
                    }
                    i += 2;
                    bytes.Add((byte)hex);
                    break;
                default:
                    invalidEscape ??= "invalid escape sequence '\\" + e + "'";
                    bytes.Add((byte)'\\');
                    bytes.Add((byte)e);
                    break;
            }
        }
        return bytes.ToArray();
    }

    private static bool TryHex(ReadOnlySpan<char> s, int at, int digits, out int value)
    {
        value = 0;
        if (at + digits > s.Length) return false;
        return int.TryParse(s.Slice(at, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value)
            && s.Slice(at, digits).IndexOfAny('+', '-') < 0;
    }

    private static int CountHex(ReadOnlySpan<char> s, int at, int max)
    {
        int n = 0;
        while (n < max && at + n < s.Length && char.IsAsciiHexDigit(s[at + n])) n++;
        return n;
    }

}
