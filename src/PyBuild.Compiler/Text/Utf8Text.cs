using System.Globalization;

namespace PyBuild.Compiler.Text;

/// <summary>
/// UTF-8 measurements over decoded text in which lone surrogates U+DC80..U+DCFF stand for undecodable
/// bytes (one byte each), and CPython's description of UTF-8 decoding errors.
/// </summary>
public static class Utf8Text
{
    /// <summary>Whether <paramref name="ch"/> stands for one undecodable source byte.</summary>
    public static bool IsEscapedByte(char ch) => ch >= '\uDC80' && ch <= '\uDCFF';

    /// <summary>Number of UTF-8 bytes the source used for <paramref name="text"/>.</summary>
    public static int ByteLength(ReadOnlySpan<char> text)
    {
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char ch = text[i];
            if (ch < 0x80)
            {
                n++;
            }
            else
            {
                n += NonAsciiWidth(text, ref i);
            }
        }
        return n;
    }

    /// <summary>Number of code points (Python characters) in <paramref name="text"/>.</summary>
    public static int CodePointCount(ReadOnlySpan<char> text)
    {
        int n = text.Length;
        for (int i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                n--;
                i++;
            }
        }
        return n;
    }

    /// <summary>The code point column reached after <paramref name="byteColumn"/> UTF-8 bytes of <paramref name="line"/>.</summary>
    public static int CharColumnOfByteColumn(ReadOnlySpan<char> line, int byteColumn)
    {
        int bytes = 0;
        int chars = 0;
        for (int i = 0; i < line.Length && bytes < byteColumn; i++)
        {
            char ch = line[i];
            bytes += ch < 0x80 ? 1 : NonAsciiWidth(line, ref i);
            chars++;
        }
        return chars + Math.Max(0, byteColumn - bytes);
    }

    /// <summary>UTF-8 width of the non-ASCII char at <paramref name="i"/>; advances past a surrogate pair.</summary>
    internal static int NonAsciiWidth(ReadOnlySpan<char> text, ref int i)
    {
        char ch = text[i];
        if (ch < 0x800)
        {
            return 2;
        }
        if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            i++;
            return 4;
        }
        return IsEscapedByte(ch) ? 1 : 3;
    }

    /// <summary>
    /// If <paramref name="text"/> holds undecodable bytes, returns CPython's UTF-8 codec message for the first
    /// error, with byte positions relative to the start of <paramref name="text"/>, e.g.
    /// <c>'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte</c>; otherwise null.
    /// </summary>
    public static string? DescribeDecodeError(ReadOnlySpan<char> text)
    {
        int first = -1;
        for (int i = 0; i < text.Length; i++)
        {
            if (IsEscapedByte(text[i]))
            {
                first = i;
                break;
            }
        }
        if (first < 0)
        {
            return null;
        }
        int pos = ByteLength(text[..first]);
        int run = 1;
        while (first + run < text.Length && IsEscapedByte(text[first + run]))
        {
            run++;
        }
        Span<byte> bytes = run <= 256 ? stackalloc byte[run] : new byte[run];
        for (int k = 0; k < run; k++)
        {
            bytes[k] = (byte)(text[first + k] - 0xDC00);
        }
        bool atEnd = first + run == text.Length;
        int length = ErrorLength(bytes, atEnd, out string reason);
        return length == 1
            ? string.Create(CultureInfo.InvariantCulture, $"'utf-8' codec can't decode byte 0x{bytes[0]:x2} in position {pos}: {reason}")
            : string.Create(CultureInfo.InvariantCulture, $"'utf-8' codec can't decode bytes in position {pos}-{pos + length - 1}: {reason}");
    }

    private static int ErrorLength(ReadOnlySpan<byte> bytes, bool atEnd, out string reason)
    {
        byte b = bytes[0];
        int need;
        byte lo = 0x80, hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) { need = 1; }
        else if (b == 0xE0) { need = 2; lo = 0xA0; }
        else if (b == 0xED) { need = 2; hi = 0x9F; }
        else if (b >= 0xE1 && b <= 0xEF) { need = 2; }
        else if (b == 0xF0) { need = 3; lo = 0x90; }
        else if (b >= 0xF1 && b <= 0xF3) { need = 3; }
        else if (b == 0xF4) { need = 3; hi = 0x8F; }
        else
        {
            reason = "invalid start byte";
            return 1;
        }
        int k = 1;
        while (k <= need && k < bytes.Length)
        {
            byte c = bytes[k];
            bool ok = k == 1 ? c >= lo && c <= hi : c >= 0x80 && c <= 0xBF;
            if (!ok)
            {
                reason = "invalid continuation byte";
                return k;
            }
            k++;
        }
        reason = atEnd && k == bytes.Length ? "unexpected end of data" : "invalid continuation byte";
        return k;
    }
}
