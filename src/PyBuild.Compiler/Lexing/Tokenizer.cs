using PyBuild.Compiler.Text;

namespace PyBuild.Compiler.Lexing;

/// <summary>
/// CPython 3.12's tokenizer over decoded source. Call <see cref="Next"/> until it returns ENDMARKER
/// (it keeps returning ENDMARKER after that). Lexical errors are thrown as
/// <see cref="Diagnostics.PythonSyntaxError"/> with CPython's class, message and position; in
/// <see cref="TokenizerOptions.ExtraTokens"/> mode the position is the one the <c>tokenize</c> module reports.
/// Token columns are UTF-8 byte offsets (see <see cref="Token"/>). In parser mode, as in CPython, DEDENTs and
/// ENDMARKER at the end of input are on the last line with column -1, and NEWLINE ends one column after its
/// line end and has the text of a comment before it. Unlike CPython's C tokenizer, which has no columns for
/// INDENT/DEDENT and gives <c>async</c>/<c>await</c> the types ASYNC/AWAIT, INDENT spans the indentation
/// (its text), DEDENT sits where the line's code starts, and <c>async</c>/<c>await</c> are NAME, as the
/// <c>tokenize</c> module shows them (the parser matches keywords by their text).
/// In <see cref="TokenizerOptions.ExtraTokens"/> mode positions and texts are those of the <c>tokenize</c> module.
/// </summary>
public sealed partial class Tokenizer
{
    private const int EOF = -1;
    private const int TabSize = 8;
    private const int MaxIndent = 100;
    private const int MaxLevel = 200;
    private const int MaxFStringLevel = 150;
    private const int MaxExprNesting = 3;

    private readonly string _text;
    private readonly int _length;
    private readonly bool _implicitNewline;
    private readonly bool _extra;
    private readonly bool _typeComments;
    private readonly string _filename;
    private readonly int _nulLine;

    private int _pos;
    private int _lineno;
    private int _lineStart;
    private int _nextLineStart;
    private bool _eof;
    private bool _done;

    private int _anchorPos;
    private int _anchorByteColumn;

    private bool _atBol = true;
    private int _pendingIndents;
    private int _indent;
    private readonly int[] _indentStack = new int[MaxIndent];
    private readonly int[] _altIndentStack = new int[MaxIndent];

    private int _level;
    private readonly char[] _parenStack = new char[MaxLevel];
    private readonly int[] _parenLine = new int[MaxLevel];
    private readonly int[] _parenPos = new int[MaxLevel];
    private readonly int[] _parenLineStart = new int[MaxLevel];

    private bool _blankLine;
    private bool _commentNewline;

    private int _tokenStart;
    private int _firstLineno;
    private int _multiLineStart;

    private readonly Mode[] _modes = new Mode[MaxFStringLevel + 1];
    private int _modeIndex;

    /// <summary>Creates a tokenizer over <paramref name="source"/>.</summary>
    /// <param name="source">The decoded source.</param>
    /// <param name="options">Parser mode (default), type comments, or the <c>tokenize</c> module's extra tokens.</param>
    /// <param name="filename">The file name put into errors.</param>
    public Tokenizer(SourceText source, TokenizerOptions options = TokenizerOptions.None, string filename = "<unknown>")
    {
        Source = source;
        Options = options;
        _extra = (options & TokenizerOptions.ExtraTokens) != 0;
        _typeComments = (options & TokenizerOptions.TypeComments) != 0;
        _filename = filename;
        string text = _extra ? source.Text : SourceText.TranslateNewlines(source.Text);
        if (text.Length > 0 && text[^1] != '\n')
        {
            text += "\n";
            _implicitNewline = true;
        }
        _text = text;
        _length = text.Length;
        int nul = text.IndexOf('\0');
        _nulLine = nul < 0 ? -1 : LineNumberOf(text, nul);
        _modes[0] = new Mode { Regular = true };
    }

    /// <summary>The source being tokenized.</summary>
    public SourceText Source { get; }

    /// <summary>The options given at construction.</summary>
    public TokenizerOptions Options { get; }

    /// <summary>
    /// The line the tokenizer has read up to (CPython's <c>tok-&gt;lineno</c>); with <see cref="CursorColumn"/>,
    /// what CPython's parser uses to place an error on a token without a column (INDENT, DEDENT, ENDMARKER).
    /// </summary>
    public int CursorLine => _lineno;

    /// <summary>UTF-8 byte column the tokenizer has read up to on <see cref="CursorLine"/> (<c>tok-&gt;cur - tok-&gt;line_start</c>).</summary>
    public int CursorColumn => Utf8Text.ByteLength(_text.AsSpan(_lineStart, Math.Max(0, _pos - _lineStart)));

    /// <summary>
    /// Receives CPython's tokenizer SyntaxWarnings (message, line): <c>invalid escape sequence '\{'</c> in an
    /// f-string, and in parser mode <c>invalid decimal literal</c> and the like before a keyword (<c>1if x</c>).
    /// </summary>
    public Action<string, int>? SyntaxWarning { get; set; }

    /// <summary>Whether the tokenizer is inside an f-string (CPython's <c>tok_mode_stack_index &gt; 0</c>).</summary>
    public bool InFString => _modeIndex > 0;

    /// <summary>Current bracket nesting level (CPython's <c>tok-&gt;level</c>).</summary>
    public int Level => _level;

    /// <summary>
    /// The text of 1-based <paramref name="line"/> as the tokenizer sees it (CRLF read as LF in parser
    /// mode), with its <c>\n</c> when <paramref name="withNewline"/> and the source has one.
    /// </summary>
    public string GetLineText(int line, bool withNewline = false)
    {
        int start = 0;
        for (int l = 1; l < line; l++)
        {
            int nl = _text.IndexOf('\n', start);
            if (nl < 0)
            {
                return "";
            }
            start = nl + 1;
        }
        return LineTextAt(start, withNewline);
    }

    /// <summary>Returns the next token; throws <see cref="Diagnostics.PythonSyntaxError"/> for a lexical error.</summary>
    public Token Next()
    {
        if (_done)
        {
            return TrailingToken(TokenKind.ENDMARKER);
        }
        if (_nulLine >= 0 && !_extra)
        {
            throw new Diagnostics.PythonSyntaxError("SyntaxError", "source code string cannot contain null bytes", _filename, 0, 0, 0, 0, null);
        }
        Token token = _modes[_modeIndex].Regular ? NextRegular() : NextInFString();
        if (token.Kind == TokenKind.ENDMARKER)
        {
            _done = true;
        }
        return token;
    }

    private static int LineNumberOf(string text, int index)
    {
        int line = 1;
        for (int i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }
        return line;
    }

    private int NextChar()
    {
        if (_pos >= _length)
        {
            _eof = true;
            return EOF;
        }
        if (_pos == _nextLineStart)
        {
            StartLine();
        }
        char ch = _text[_pos++];
        if (ch == '\n')
        {
            _nextLineStart = _pos;
        }
        return ch;
    }

    private void StartLine()
    {
        _lineno++;
        _lineStart = _pos;
        _nextLineStart = -1;
        _anchorPos = _pos;
        _anchorByteColumn = 0;
        if (_lineno == _nulLine)
        {
            throw new Diagnostics.PythonSyntaxError("SyntaxError", "source code cannot contain null bytes", _filename, _lineno, 0, _lineno, 0, null);
        }
    }

    private void Backup(int c)
    {
        if (c != EOF)
        {
            _pos--;
        }
    }

    private int PeekChar()
    {
        int c = NextChar();
        Backup(c);
        return c;
    }

    /// <summary>UTF-8 byte column of char index <paramref name="pos"/> on the line starting at <paramref name="lineStart"/>.</summary>
    private int ByteColumn(int pos, int lineStart)
    {
        if (lineStart != _lineStart || pos < _anchorPos)
        {
            return Utf8Text.ByteLength(_text.AsSpan(lineStart, pos - lineStart));
        }
        int col = _anchorByteColumn;
        for (int i = _anchorPos; i < pos; i++)
        {
            col += _text[i] < 0x80 ? 1 : Utf8Text.NonAsciiWidth(_text.AsSpan(0, pos), ref i);
        }
        _anchorPos = pos;
        _anchorByteColumn = col;
        return col;
    }

    private Token Make(TokenKind kind, int start, int end, string? text = null)
    {
        text ??= kind != TokenKind.NOTEQUAL && Operators.Spelling(kind) is { } shared ? shared : _text.Substring(start, end - start);
        int col = ByteColumn(start, _lineStart);
        return new Token(kind, text, _lineno, col, _lineno, ByteColumn(end, _lineStart));
    }

    /// <summary>A token that may span lines: it starts at <paramref name="start"/> on line <see cref="_firstLineno"/>.</summary>
    private Token MakeMultiLine(TokenKind kind, int start, int end)
    {
        string text = _text.Substring(start, end - start);
        int startCol = ByteColumn(start, _multiLineStart);
        return new Token(kind, text, _firstLineno, startCol, _lineno, ByteColumn(end, _lineStart));
    }

    /// <summary>DEDENT and ENDMARKER at the end: CPython puts them at no column of the last line, <c>tokenize</c> on the next line.</summary>
    private Token TrailingToken(TokenKind kind) =>
        _extra ? new(kind, "", _lineno + 1, 0, _lineno + 1, 0) : new(kind, "", _lineno, -1, _lineno, -1);

    private struct Mode
    {
        public bool Regular;
        public char Quote;
        public int QuoteSize;
        public bool Raw;
        public int Start;
        public int StartLineStart;
        public int StartLine;
        public int CurlyDepth;
        public int ExprStartDepth;
        public int LastExprEnd;
        public int ExprStart;
        public bool Debug;
    }
}
