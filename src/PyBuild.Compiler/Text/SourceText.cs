using System.Text;

namespace PyBuild.Compiler.Text;

/// <summary>
/// Decoded Python source with its line table. The text keeps the file's own line ends (LF, CRLF or CR)
/// and has the UTF-8 BOM removed. Bytes that are not valid UTF-8 (in a UTF-8 source) are kept as lone
/// surrogates U+DC80..U+DCFF, one per byte (like Python's <c>surrogateescape</c>), so that positions stay
/// exact and the parser can report CPython's <c>(unicode error)</c> when it decodes a literal
/// (see <see cref="Utf8Text.DescribeDecodeError"/>).
/// </summary>
public sealed class SourceText
{
    private int[]? _lineStarts;

    /// <summary>Creates source text from already decoded text (as <c>compile(str)</c> does).</summary>
    public SourceText(string text, string encoding = "utf-8", string? declaredEncoding = null, bool hasUtf8Bom = false)
        : this(text, encoding, declaredEncoding, hasUtf8Bom, fromString: true)
    {
    }

    internal SourceText(string text, string encoding, string? declaredEncoding, bool hasUtf8Bom, bool fromString)
    {
        Text = text;
        Encoding = encoding;
        DeclaredEncoding = declaredEncoding;
        HasUtf8Bom = hasUtf8Bom;
        ParserErrorsUseCharacterOffsets = fromString || hasUtf8Bom || declaredEncoding != null;
    }

    /// <summary>
    /// Whether CPython's parser converts the offsets of the errors it raises to characters. It does when its
    /// tokenizer knows the encoding: source given as a str, or bytes with a BOM or a PEP 263 declaration.
    /// For other bytes (the usual .py file) those offsets stay UTF-8 byte offsets (errors raised by the
    /// tokenizer itself always use characters).
    /// </summary>
    public bool ParserErrorsUseCharacterOffsets { get; }

    /// <summary>The decoded text, BOM removed, line ends as in the file.</summary>
    public string Text { get; }

    /// <summary>CPython's normalised name of the codec used to decode (<c>utf-8</c>, <c>iso-8859-1</c>, <c>cp1252</c>...).</summary>
    public string Encoding { get; }

    /// <summary>
    /// The PEP 263 declaration as <c>tokenize.detect_encoding</c> reports it (normalised only for
    /// utf-8 and latin-1 spellings), or null when there is none.
    /// </summary>
    public string? DeclaredEncoding { get; }

    /// <summary>Whether the bytes started with the UTF-8 BOM.</summary>
    public bool HasUtf8Bom { get; }

    /// <summary>
    /// Reads source bytes as CPython's <c>compile(bytes)</c> does: BOM, PEP 263 declaration on line 1 or 2,
    /// then decoding. Throws <see cref="Diagnostics.PythonSyntaxError"/> with CPython's message for an
    /// unknown encoding or a BOM that contradicts the declaration.
    /// </summary>
    public static SourceText FromBytes(ReadOnlySpan<byte> bytes, string filename) => SourceDecoder.Decode(bytes, filename);

    /// <summary>
    /// The PEP 263 encoding name declared on line 1, or on line 2 after a blank or comment-only line 1,
    /// as written (not normalised); null when there is none. <paramref name="bytes"/> start after any BOM.
    /// </summary>
    public static string? FindEncodingDeclaration(ReadOnlySpan<byte> bytes) => SourceDecoder.FindDeclaration(bytes);

    /// <summary>Number of lines (a final line end does not start a new line; empty text has 0 lines).</summary>
    public int LineCount => LineStarts.Length - 1;

    /// <summary>Char index in <see cref="Text"/> where 1-based <paramref name="line"/> starts.</summary>
    public int GetLineStart(int line) => LineStarts[Math.Clamp(line - 1, 0, LineStarts.Length - 1)];

    /// <summary>The text of 1-based <paramref name="line"/>, with its line end when <paramref name="withLineEnd"/>.</summary>
    public string GetLineText(int line, bool withLineEnd = false)
    {
        int[] starts = LineStarts;
        if (line < 1 || line > starts.Length - 1)
        {
            return "";
        }
        int start = starts[line - 1];
        int end = starts[line];
        if (!withLineEnd)
        {
            end = TrimLineEnd(Text, start, end);
        }
        return Text.Substring(start, end - start);
    }

    /// <summary>Converts a UTF-8 byte column of 1-based <paramref name="line"/> to a code point column.</summary>
    public int ToCharColumn(int line, int byteColumn)
    {
        if (byteColumn <= 0)
        {
            return byteColumn;
        }
        int[] starts = LineStarts;
        int start = line >= 1 && line <= starts.Length - 1 ? starts[line - 1] : Text.Length;
        return Utf8Text.CharColumnOfByteColumn(Text.AsSpan(start), byteColumn);
    }

    private int[] LineStarts => _lineStarts ??= BuildLineStarts(Text);

    private static int TrimLineEnd(string text, int start, int end)
    {
        if (end > start && text[end - 1] == '\n')
        {
            end--;
        }
        if (end > start && text[end - 1] == '\r')
        {
            end--;
        }
        return end;
    }

    private static int[] BuildLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char ch = text[i];
            if (ch == '\n' || (ch == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }
        if (starts[^1] != text.Length)
        {
            starts.Add(text.Length);
        }
        return starts.ToArray();
    }

    /// <summary>Returns <paramref name="text"/> with CRLF and CR translated to LF, as CPython's parser sees it.</summary>
    public static string TranslateNewlines(string text)
    {
        if (text.IndexOf('\r') < 0)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char ch = text[i];
            if (ch == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                sb.Append(ch);
            }
        }
        return sb.ToString();
    }
}
