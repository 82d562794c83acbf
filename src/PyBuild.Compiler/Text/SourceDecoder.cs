using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using PyBuild.Compiler.Diagnostics;

namespace PyBuild.Compiler.Text;

/// <summary>Turns source bytes into <see cref="SourceText"/> the way CPython's tokenizer decodes them.</summary>
internal static class SourceDecoder
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    public static SourceText Decode(ReadOnlySpan<byte> bytes, string filename)
    {
        bool bom = bytes.StartsWith(Bom);
        if (bom)
        {
            bytes = bytes[3..];
        }
        string? declared = FindDeclaration(bytes);
        string encoding = "utf-8";
        if (declared != null)
        {
            string normal = PythonEncodings.GetNormalName(declared);
            if (bom && normal != "utf-8")
            {
                throw FileError("encoding problem: " + normal + " with BOM", filename);
            }
            if (PythonEncodings.Lookup(normal) is null)
            {
                throw FileError("unknown encoding: " + normal, filename);
            }
            encoding = normal;
        }
        string text = encoding == "utf-8" || PythonEncodings.IsUtf8(encoding)
            ? DecodeUtf8(bytes)
            : DecodeOther(bytes, encoding, filename);
        return new SourceText(text, encoding, declared is null ? null : PythonEncodings.GetNormalName(declared), bom, fromString: false);
    }

    private static PythonSyntaxError FileError(string message, string filename) =>
        new("SyntaxError", message, filename, 0, -1, 0, 0, null);

    private static string DecodeOther(ReadOnlySpan<byte> bytes, string encoding, string filename)
    {
        Encoding enc = PythonEncodings.Lookup(encoding)!;
        try
        {
            return enc.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            int pos = Math.Max(0, e.Index);
            byte bad = e.BytesUnknown is { Length: > 0 } unknown ? unknown[0] : (byte)0;
            (string codec, string reason) = enc.CodePage switch
            {
                20127 => ("ascii", "ordinal not in range(128)"),
                1200 => ("utf-16-le", "truncated data"),
                1201 => ("utf-16-be", "truncated data"),
                12000 => ("utf-32-le", "truncated data"),
                12001 => ("utf-32-be", "truncated data"),
                932 or 936 or 949 or 950 or 20932 or 51949 or 54936 or 50220 => (encoding, "illegal multibyte sequence"),
                _ => ("charmap", "character maps to <undefined>"),
            };
            throw FileError(string.Create(CultureInfo.InvariantCulture, $"'{codec}' codec can't decode byte 0x{bad:x2} in position {pos}: {reason}"), filename);
        }
    }

    /// <summary>Decodes UTF-8, keeping each undecodable byte as a lone surrogate U+DC80+byte.</summary>
    private static string DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        char[] buffer = new char[bytes.Length];
        int written = 0;
        while (true)
        {
            OperationStatus status = Utf8.ToUtf16(bytes, buffer.AsSpan(written), out int read, out int wrote, replaceInvalidSequences: false, isFinalBlock: true);
            written += wrote;
            bytes = bytes[read..];
            if (status == OperationStatus.Done)
            {
                break;
            }
            buffer[written++] = (char)(0xDC00 + bytes[0]);
            bytes = bytes[1..];
        }
        return new string(buffer, 0, written);
    }

    /// <summary>PEP 263: a comment on line 1, or on line 2 after a blank or comment-only line 1.</summary>
    public static string? FindDeclaration(ReadOnlySpan<byte> bytes)
    {
        for (int lineNo = 0; lineNo < 2 && !bytes.IsEmpty; lineNo++)
        {
            int nl = bytes.IndexOf((byte)'\n');
            ReadOnlySpan<byte> line = nl < 0 ? bytes : bytes[..(nl + 1)];
            int i = 0;
            while (i < line.Length && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f'))
            {
                i++;
            }
            if (i < line.Length && line[i] == '#')
            {
                string? spec = CodingSpec(line[i..]);
                if (spec != null)
                {
                    return spec;
                }
            }
            else if (i < line.Length && line[i] != '\r' && line[i] != '\n')
            {
                return null;
            }
            if (nl < 0)
            {
                return null;
            }
            bytes = bytes[(nl + 1)..];
        }
        return null;
    }

    private static string? CodingSpec(ReadOnlySpan<byte> comment)
    {
        ReadOnlySpan<byte> coding = "coding"u8;
        for (int i = 0; i + 6 < comment.Length; i++)
        {
            if (!comment[i..].StartsWith(coding) || (comment[i + 6] != ':' && comment[i + 6] != '='))
            {
                continue;
            }
            int t = i + 7;
            while (t < comment.Length && (comment[t] == ' ' || comment[t] == '\t'))
            {
                t++;
            }
            int begin = t;
            while (t < comment.Length && (char.IsAsciiLetterOrDigit((char)comment[t]) || comment[t] == '-' || comment[t] == '_' || comment[t] == '.'))
            {
                t++;
            }
            if (t > begin)
            {
                return Encoding.ASCII.GetString(comment[begin..t]);
            }
        }
        return null;
    }
}
