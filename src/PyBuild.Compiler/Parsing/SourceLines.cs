using PyBuild.Compiler.Text;

namespace PyBuild.Compiler.Parsing;

/// <summary>
/// The source's lines as the tokenizer reads them, for error texts, 1-based character offsets
/// and f-string debug texts. Token columns are UTF-8 byte offsets; this maps them back to text.
/// </summary>
internal sealed class SourceLines
{
    private readonly string _text;
    private List<int>? _starts;

    public SourceLines(string text) => _text = text;

    private List<int> Starts
    {
        get
        {
            if (_starts != null) return _starts;
            var starts = new List<int> { 0 };
            for (int i = 0; i < _text.Length; i++)
            {
                if (_text[i] == '\n') starts.Add(i + 1);
            }
            _starts = starts;
            return starts;
        }
    }

    private (int Start, int End) LineRange(int line)
    {
        List<int> starts = Starts;
        if (line < 1 || line > starts.Count) return (_text.Length, _text.Length);
        int start = starts[line - 1];
        int end = line < starts.Count ? starts[line] - 1 : _text.Length;
        return (start, end);
    }

    /// <summary>The number of lines (a final newline ends the last line rather than starting one).</summary>
    public int LineCount => Starts[^1] == _text.Length ? Starts.Count - 1 : Starts.Count;

    /// <summary>The length in UTF-8 bytes of a 1-based line, without its newline.</summary>
    public int LineByteLength(int line)
    {
        (int start, int end) = LineRange(line);
        return Utf8Text.ByteLength(_text.AsSpan(start, end - start));
    }

    /// <summary>The text of a 1-based line with a "\n" ending, as <c>SyntaxError.text</c>; null past the end.</summary>
    public string? LineText(int line)
    {
        if (line < 1 || line > Starts.Count) return null;
        (int start, int end) = LineRange(line);
        if (start == end && start == _text.Length) return null;
        return _text.Substring(start, end - start) + "\n";
    }

    /// <summary>The char index in the text of a (line, byte column) position.</summary>
    private int CharIndex(int line, int byteCol, out int codePoints)
    {
        (int start, int end) = LineRange(line);
        int bytes = 0;
        codePoints = 0;
        int i = start;
        while (i < end && bytes < byteCol)
        {
            char c = _text[i];
            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(_text[i + 1]))
            {
                bytes += 4;
                i += 2;
            }
            else
            {
                bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Utf8Text.IsEscapedByte(c) ? 1 : 3;
                i++;
            }
            codePoints++;
        }
        codePoints += Math.Max(0, byteCol - bytes);
        return i;
    }

    /// <summary>The 0-based code-point column of a byte column.</summary>
    public int CharOffset(int line, int byteCol)
    {
        CharIndex(line, byteCol, out int codePoints);
        return codePoints;
    }

    /// <summary>The source text between two positions (line, byte column).</summary>
    public string Slice(int line, int col, int endLine, int endCol)
    {
        int a = CharIndex(line, col, out _);
        int b = CharIndex(endLine, endCol, out _);
        return b <= a ? "" : _text.Substring(a, b - a);
    }
}
