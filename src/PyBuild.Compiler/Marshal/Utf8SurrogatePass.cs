namespace PyBuild.Compiler.Marshal;

/// <summary>
/// UTF-8 with CPython's <c>surrogatepass</c> error handler, which marshal uses for strings: a lone
/// surrogate is written as its own three-byte sequence instead of failing.
/// </summary>
internal static class Utf8SurrogatePass
{
    public static void Encode(string s, MarshalWriter writer)
    {
        for (int i = 0; i < s.Length; i++)
        {
            int c = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                c = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
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
    }

    /// <summary>Decodes <paramref name="bytes"/>, or returns null when they are not (surrogate-tolerant) UTF-8.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes)
    {
        // One UTF-16 unit per byte is an upper bound on the decoded length.
        var chars = bytes.Length <= 256 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        int n = 0;
        int i = 0;
        while (i < bytes.Length)
        {
            int b = bytes[i];
            int cp;
            int extra;
            if (b < 0x80) { cp = b; extra = 0; }
            else if (b >= 0xC2 && b < 0xE0) { cp = b & 0x1F; extra = 1; }
            else if (b >= 0xE0 && b < 0xF0) { cp = b & 0x0F; extra = 2; }
            else if (b >= 0xF0 && b < 0xF5) { cp = b & 0x07; extra = 3; }
            else return null;
            if (i + extra >= bytes.Length) return null;
            for (int k = 1; k <= extra; k++)
            {
                int cont = bytes[i + k];
                if ((cont & 0xC0) != 0x80) return null;
                cp = (cp << 6) | (cont & 0x3F);
            }
            if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF))) return null;
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
            i += extra + 1;
        }
        return new string(chars[..n]);
    }
}
