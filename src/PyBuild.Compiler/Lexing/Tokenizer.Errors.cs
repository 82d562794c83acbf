using System.Globalization;
using System.Text;
using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.Text;

namespace PyBuild.Compiler.Lexing;

public sealed partial class Tokenizer
{
    /// <summary>
    /// The line starting at <paramref name="lineStart"/>, undecodable bytes shown as U+FFFD; with its <c>\n</c>
    /// (even the one CPython adds to a last line) when <paramref name="withNewline"/>.
    /// </summary>
    private string LineTextAt(int lineStart, bool withNewline)
    {
        int nl = _text.IndexOf('\n', Math.Min(lineStart, _length));
        int end = nl < 0 ? _length : nl;
        if (withNewline && nl >= 0)
        {
            end++;
        }
        string line = _text.Substring(lineStart, end - lineStart);
        foreach (char ch in line)
        {
            if (Utf8Text.IsEscapedByte(ch))
            {
                var sb = new StringBuilder(line.Length);
                foreach (char c in line)
                {
                    sb.Append(Utf8Text.IsEscapedByte(c) ? '\uFFFD' : c);
                }
                return sb.ToString();
            }
        }
        return line;
    }

    /// <summary>
    /// The text CPython's parser attaches to errors it raises for the tokenizer, when it cannot read the
    /// line from a file of that name: the line being read with its newline, or an earlier line without it.
    /// (When the file exists CPython reads the line from it instead; that is the compiler's to do.)
    /// </summary>
    private string ParserErrorText(int lineno, int lineStart) => LineTextAt(lineStart, lineno >= _lineno);

    /// <summary>Code points from <paramref name="lineStart"/> to the end of its line, counting its <c>\n</c>.</summary>
    private int LineLengthWithNewline(int lineStart)
    {
        int nl = _text.IndexOf('\n', Math.Min(lineStart, _length));
        int end = nl < 0 ? _length : nl + 1;
        return Utf8Text.CodePointCount(_text.AsSpan(lineStart, end - lineStart));
    }

    /// <summary>An offset in an error CPython's parser raises: characters or bytes, see <see cref="SourceText.ParserErrorsUseCharacterOffsets"/>.</summary>
    private int ParserOffset(int lineStart, int pos)
    {
        ReadOnlySpan<char> span = _text.AsSpan(lineStart, pos - lineStart);
        return Source.ParserErrorsUseCharacterOffsets ? Utf8Text.CodePointCount(span) : Utf8Text.ByteLength(span);
    }

    private int LineEnd(int lineStart)
    {
        int nl = _text.IndexOf('\n', Math.Min(lineStart, _length));
        return nl < 0 ? _length : nl + 1;
    }

    /// <summary>CPython's tokenizer <c>syntaxerror()</c>: the offset is the position just read.</summary>
    private PythonSyntaxError ErrorAtCursor(string message) => ErrorAt(message, _lineno, _lineStart, _pos);

    private PythonSyntaxError ErrorAt(string message, int lineno, int lineStart, int pos)
    {
        int offset = Utf8Text.CodePointCount(_text.AsSpan(lineStart, pos - lineStart));
        return new PythonSyntaxError("SyntaxError", message, _filename, lineno, offset, lineno, offset, LineTextAt(lineStart, false));
    }

    private PythonSyntaxError ErrorAtByteRange(string message, int offset, int endOffset) =>
        new("SyntaxError", message, _filename, _lineno, offset, _lineno, endOffset, LineTextAt(_lineStart, false));

    /// <summary>TabError and IndentationError, positioned as the parser (or <c>tokenize</c>) reports them.</summary>
    private PythonSyntaxError IndentationFailure(string errorType, string message, bool dedent)
    {
        string text = ParserErrorText(_lineno, _lineStart);
        if (_extra)
        {
            return new PythonSyntaxError(errorType, message, _filename, _lineno, LineLengthWithNewline(_lineStart), _lineno, -1, text);
        }
        if (dedent)
        {
            return new PythonSyntaxError(errorType, message, _filename, _lineno, ParserOffset(_lineStart, LineEnd(_lineStart)), _lineno, -1, text);
        }
        return new PythonSyntaxError(errorType, message, _filename, _lineno, 1, _lineno, 0, text);
    }

    private PythonSyntaxError LineContinuationError()
    {
        const string message = "unexpected character after line continuation character";
        string text = ParserErrorText(_lineno, _lineStart);
        int offset = _extra ? LineLengthWithNewline(_lineStart) : ParserOffset(_lineStart, _pos);
        return new PythonSyntaxError("SyntaxError", message, _filename, _lineno, offset, _lineno, 0, text);
    }

    /// <summary>End of file inside brackets or after a line continuation.</summary>
    /// <param name="continuationInLine">A backslash after the start of a line's tokens (not in its indentation).</param>
    private PythonSyntaxError UnexpectedEof(bool continuationInLine)
    {
        if (_extra)
        {
            // tokenize reports how much of the input CPython still buffers: the rest of a continued line, or
            // everything from the line where an open f-string began; nothing otherwise.
            int buffered = _modeIndex > 0 ? _modes[1].StartLineStart : continuationInLine ? _lineStart : _length;
            int offset = Utf8Text.ByteLength(_text.AsSpan(buffered, _length - buffered));
            return new PythonSyntaxError("SyntaxError", "unexpected EOF in multi-line statement", _filename, _lineno, offset, _lineno, offset, null);
        }
        if (_level > 0)
        {
            int at = _parenPos[_level - 1];
            int lineStart = _parenLineStart[_level - 1];
            int line = _parenLine[_level - 1];
            int col = ParserOffset(lineStart, at) + 1;
            return new PythonSyntaxError("SyntaxError", $"'{_parenStack[_level - 1]}' was never closed", _filename, line, col, line, 0, ParserErrorText(line, lineStart));
        }
        return new PythonSyntaxError("SyntaxError", "unexpected EOF while parsing", _filename, _lineno, ParserOffset(_lineStart, LineEnd(_lineStart)), _lineno, -1, ParserErrorText(_lineno, _lineStart));
    }

    /// <summary>A name with non-ASCII characters must be undecodable-free and a valid identifier (PEP 3131).</summary>
    private void VerifyIdentifier()
    {
        ReadOnlySpan<char> name = _text.AsSpan(_tokenStart, _pos - _tokenStart);
        string? decodeError = Utf8Text.DescribeDecodeError(name);
        if (decodeError != null)
        {
            int offset = ParserOffset(_lineStart, _pos);
            throw new PythonSyntaxError("SyntaxError", "(unicode error) " + decodeError, _filename, _lineno, offset, _lineno, -1, ParserErrorText(_lineno, _lineStart));
        }
        int i = 0;
        bool first = true;
        while (i < name.Length)
        {
            Rune.DecodeFromUtf16(name[i..], out Rune rune, out int used);
            bool ok = first ? rune.Value == '_' || IsXidStart(rune) : IsXidContinue(rune);
            if (!ok)
            {
                _pos = _tokenStart + i + used;
                string message = IsPrintable(rune)
                    ? string.Create(CultureInfo.InvariantCulture, $"invalid character '{rune}' (U+{rune.Value:X4})")
                    : string.Create(CultureInfo.InvariantCulture, $"invalid non-printable character U+{rune.Value:X4}");
                throw ErrorAtCursor(message);
            }
            first = false;
            i += used;
        }
    }

    private static bool IsXidStart(Rune r)
    {
        switch (Rune.GetUnicodeCategory(r))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                return r.Value is not (0x2E2F or 0x037A or 0x0E33 or 0x0EB3 or 0x309B or 0x309C) && !(r.Value >= 0xFF9E && r.Value <= 0xFF9F) && !(r.Value >= 0xFC5E && r.Value <= 0xFC63);
            default:
                return r.Value is 0x1885 or 0x1886 or 0x2118 or 0x212E;
        }
    }

    private static bool IsXidContinue(Rune r)
    {
        if (IsXidStart(r))
        {
            return true;
        }
        switch (Rune.GetUnicodeCategory(r))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.ConnectorPunctuation:
                return true;
            default:
                return r.Value is 0x00B7 or 0x0387 or (>= 0x1369 and <= 0x1371) or 0x19DA or 0x0E33 or 0x0EB3 or 0xFF9E or 0xFF9F;
        }
    }

    /// <summary>Python's <c>str.isprintable</c> for one character.</summary>
    private static bool IsPrintable(Rune r)
    {
        if (r.Value == ' ')
        {
            return true;
        }
        switch (Rune.GetUnicodeCategory(r))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
                return false;
            default:
                return true;
        }
    }
}
