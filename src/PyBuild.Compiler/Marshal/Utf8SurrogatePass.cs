using PyBuild.Compiler.Bytecode;

namespace PyBuild.Compiler.Marshal;

/// <summary>
/// UTF-8 with CPython's <c>surrogatepass</c> error handler, which marshal uses for strings: a lone
/// surrogate is written as its own three-byte sequence instead of failing.
/// </summary>
internal static class Utf8SurrogatePass
{
    /// <summary>Encodes a str constant (a string or a <see cref="ConstSurrogateStr"/>).</summary>
    public static void Encode(object str, MarshalWriter writer)
    {
        if (str is ConstSurrogateStr surrogates)
        {
            foreach (int cp in surrogates.CodePoints) EncodeCodePoint(cp, writer);
            return;
        }
        string s = (string)str;
        for (int i = 0; i < s.Length; i++)
        {
            int c = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                c = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            EncodeCodePoint(c, writer);
        }
    }

    private static void EncodeCodePoint(int c, MarshalWriter writer)
    {
        if (c < 0x80)
        {
            writer.WriteByte((byte)c);
        }
        else if (c < 0x800)
        {
            writer.WriteByte((byte)(0xC0 | (c >> 6)));
            writer.WriteByte((byte)(0x80 | (c & 0x3F)));
        }
        else if (c < 0x10000)
        {
            writer.WriteByte((byte)(0xE0 | (c >> 12)));
            writer.WriteByte((byte)(0x80 | ((c >> 6) & 0x3F)));
            writer.WriteByte((byte)(0x80 | (c & 0x3F)));
        }
        else
        {
            writer.WriteByte((byte)(0xF0 | (c >> 18)));
            writer.WriteByte((byte)(0x80 | ((c >> 12) & 0x3F)));
            writer.WriteByte((byte)(0x80 | ((c >> 6) & 0x3F)));
            writer.WriteByte((byte)(0x80 | (c & 0x3F)));
        }
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/> to a str constant (a string, or a <see cref="ConstSurrogateStr"/>
    /// when an encoded high surrogate is followed by an encoded low one), or returns null when they are
    /// not (surrogate-tolerant) UTF-8.
    /// </summary>
    public static object? Decode(ReadOnlySpan<byte> bytes)
    {
        // One UTF-16 unit per byte is an upper bound on the decoded length.
        var chars = bytes.Length <= 256 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        int n = 0;
        int i = 0;
        bool afterHighSurrogate = false;
        while (i < bytes.Length)
        {
            int cp = NextCodePoint(bytes, ref i);
            if (cp < 0) return null;
            if (afterHighSurrogate && cp is >= 0xDC00 and <= 0xDFFF) return DecodeCodePoints(bytes);
            afterHighSurrogate = cp is >= 0xD800 and <= 0xDBFF;
            if (cp < 0x10000)
            {
                chars[n++] = (char)cp;
            }
            else
            {
                cp -= 0x10000;
                chars[n++] = (char)(0xD800 + (cp >> 10));
                chars[n++] = (char)(0xDC00 + (cp & 0x3FF));
            }
        }
        return new string(chars[..n]);
    }

    private static object DecodeCodePoints(ReadOnlySpan<byte> bytes)
    {
        var codePoints = new List<int>(bytes.Length);
        int i = 0;
        while (i < bytes.Length) codePoints.Add(NextCodePoint(bytes, ref i));
        return StrConstant.FromCodePoints(codePoints.ToArray());
    }

    /// <summary>Decodes the code point at <paramref name="i"/> and moves past it; -1 when the bytes are not UTF-8.</summary>
    private static int NextCodePoint(ReadOnlySpan<byte> bytes, ref int i)
    {
        int b = bytes[i];
        int cp;
        int extra;
        if (b < 0x80) { cp = b; extra = 0; }
        else if (b >= 0xC2 && b < 0xE0) { cp = b & 0x1F; extra = 1; }
        else if (b >= 0xE0 && b < 0xF0) { cp = b & 0x0F; extra = 2; }
        else if (b >= 0xF0 && b < 0xF5) { cp = b & 0x07; extra = 3; }
        else return -1;
        if (i + extra >= bytes.Length) return -1;
        for (int k = 1; k <= extra; k++)
        {
            int cont = bytes[i + k];
            if ((cont & 0xC0) != 0x80) return -1;
            cp = (cp << 6) | (cont & 0x3F);
        }
        if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF))) return -1;
        i += extra + 1;
        return cp;
    }
}
