using System.Globalization;

namespace PyBuild.Compiler.Lexing;

public sealed partial class Tokenizer
{
    private const string TypeCommentPrefix = "# type: ";

    private Token NextRegular()
    {
        while (true)
        {
            _blankLine = false;
            if (_atBol)
            {
                ReadIndentation();
            }
            if (_pendingIndents != 0)
            {
                return PendingIndent();
            }
            Token? token = ReadToken(out bool nextLine);
            if (!nextLine)
            {
                return token!.Value;
            }
        }
    }

    /// <summary>Measures the indentation at the beginning of a line and queues INDENT/DEDENT.</summary>
    private void ReadIndentation()
    {
        _atBol = false;
        int col = 0, altcol = 0, contLineCol = 0;
        int c;
        while (true)
        {
            c = NextChar();
            if (c == ' ')
            {
                col++;
                altcol++;
            }
            else if (c == '\t')
            {
                col = (col / TabSize + 1) * TabSize;
                altcol++;
            }
            else if (c == '\f')
            {
                col = altcol = 0;
            }
            else if (c == '\\')
            {
                contLineCol = contLineCol != 0 ? contLineCol : col;
                ContinuationLine(false);
            }
            else
            {
                break;
            }
        }
        Backup(c);
        if (c == '#' || c == '\n' || c == '\r')
        {
            _blankLine = true;
        }
        if (_blankLine || _level != 0)
        {
            return;
        }
        if (contLineCol != 0)
        {
            col = altcol = contLineCol;
        }
        if (col == _indentStack[_indent])
        {
            if (altcol != _altIndentStack[_indent])
            {
                throw IndentationFailure("TabError", "inconsistent use of tabs and spaces in indentation", false);
            }
        }
        else if (col > _indentStack[_indent])
        {
            if (_indent + 1 >= MaxIndent)
            {
                throw IndentationFailure("IndentationError", "too many levels of indentation", false);
            }
            if (altcol <= _altIndentStack[_indent])
            {
                throw IndentationFailure("TabError", "inconsistent use of tabs and spaces in indentation", false);
            }
            _pendingIndents++;
            _indent++;
            _indentStack[_indent] = col;
            _altIndentStack[_indent] = altcol;
        }
        else
        {
            while (_indent > 0 && col < _indentStack[_indent])
            {
                _pendingIndents--;
                _indent--;
            }
            if (col != _indentStack[_indent])
            {
                throw IndentationFailure("IndentationError", "unindent does not match any outer indentation level", true);
            }
            if (altcol != _altIndentStack[_indent])
            {
                throw IndentationFailure("TabError", "inconsistent use of tabs and spaces in indentation", false);
            }
        }
    }

    private Token PendingIndent()
    {
        if (_pendingIndents < 0)
        {
            _pendingIndents++;
            if (_eof)
            {
                return TrailingToken(TokenKind.DEDENT);
            }
            int col = ByteColumn(_pos, _lineStart);
            return new Token(TokenKind.DEDENT, "", _lineno, col, _lineno, col);
        }
        _pendingIndents--;
        return new Token(TokenKind.INDENT, _text.Substring(_lineStart, _pos - _lineStart), _lineno, 0, _lineno, ByteColumn(_pos, _lineStart));
    }

    /// <summary>Reads one token after indentation; <paramref name="nextLine"/> asks the caller to start a new line.</summary>
    private Token? ReadToken(out bool nextLine)
    {
        nextLine = false;
        int c;
    again:
        do
        {
            c = NextChar();
        }
        while (c == ' ' || c == '\t' || c == '\f');
        _tokenStart = _pos - 1;

        if (c == '#')
        {
            Token? comment = ReadComment(ref c);
            if (comment != null)
            {
                return comment;
            }
        }

        if (c == EOF)
        {
            if (_level > 0)
            {
                throw UnexpectedEof(false);
            }
            return TrailingToken(TokenKind.ENDMARKER);
        }

        if (IsIdentifierStart(c))
        {
            return ReadNameOrPrefixedString(c);
        }

        if (c == '\r' && _extra)
        {
            c = NextChar();
        }

        if (c == '\n')
        {
            _atBol = true;
            bool commentLine = _commentNewline;
            _commentNewline = false;
            if (_blankLine || _level > 0)
            {
                if (_extra)
                {
                    return NewlineToken(TokenKind.NL);
                }
                nextLine = true;
                return null;
            }
            return NewlineToken(commentLine && _extra ? TokenKind.NL : TokenKind.NEWLINE);
        }

        if (c == '.')
        {
            int c2 = NextChar();
            if (c2 >= '0' && c2 <= '9')
            {
                return ReadNumberFraction(c2);
            }
            if (c2 == '.')
            {
                int c3 = NextChar();
                if (c3 == '.')
                {
                    return Make(TokenKind.ELLIPSIS, _tokenStart, _pos);
                }
                Backup(c3);
            }
            Backup(c2);
            return Make(TokenKind.DOT, _tokenStart, _tokenStart + 1);
        }

        if (c >= '0' && c <= '9')
        {
            return ReadNumber(c);
        }

        if (c == '\'' || c == '"')
        {
            return ReadString(c);
        }

        if (c == '\\')
        {
            ContinuationLine(true);
            goto again;
        }

        return ReadOperator(c);
    }

    private Token NewlineToken(TokenKind kind)
    {
        int start = _tokenStart;
        int col = ByteColumn(start, _lineStart);
        if (!_extra)
        {
            // As in CPython, a NEWLINE after a comment starts at the comment and carries its text.
            int newline = _pos - 1;
            return new Token(kind, _text.Substring(start, newline - start), _lineno, col, _lineno, ByteColumn(newline, _lineStart) + 1);
        }
        // tokenize shows the line end; at a line end CPython added, the token's own (empty) text, as CPython does.
        bool implicitNl = _implicitNewline && _pos == _length;
        string text = implicitNl ? (kind == TokenKind.NL ? "" : _text.Substring(start, _pos - 1 - start))
            : _text[start] == '\r' ? "\r\n" : "\n";
        return new Token(kind, text, _lineno, col, _lineno, col + (_pos - start));
    }

    private Token? ReadComment(ref int c)
    {
        while (c != EOF && c != '\n' && c != '\r')
        {
            c = NextChar();
        }
        if (_typeComments)
        {
            Token? typeComment = TypeComment(c);
            if (typeComment != null)
            {
                return typeComment;
            }
        }
        if (_extra)
        {
            Backup(c);
            _commentNewline = _blankLine;
            return Make(TokenKind.COMMENT, _tokenStart, _pos);
        }
        return null;
    }

    private Token? TypeComment(int c)
    {
        int end = c == EOF ? _pos : _pos - 1;
        int p = _tokenStart;
        foreach (char pc in TypeCommentPrefix)
        {
            if (p >= end)
            {
                return null;
            }
            if (pc == ' ')
            {
                while (p < end && (_text[p] == ' ' || _text[p] == '\t'))
                {
                    p++;
                }
            }
            else if (_text[p] == pc)
            {
                p++;
            }
            else
            {
                return null;
            }
        }
        Backup(c);
        int ignoreEnd = p + 6;
        bool isIgnore = end >= ignoreEnd && string.CompareOrdinal(_text, p, "ignore", 0, 6) == 0
            && !(end > ignoreEnd && (_text[ignoreEnd] >= 128 || char.IsAsciiLetterOrDigit(_text[ignoreEnd])));
        // The token is the text after the prefix (after "ignore" for TYPE_IGNORE), where CPython's parser places its errors.
        if (isIgnore)
        {
            Token t = Make(TokenKind.TYPE_IGNORE, ignoreEnd, end);
            if (_blankLine)
            {
                NextChar();
                _atBol = true;
            }
            return t;
        }
        return Make(TokenKind.TYPE_COMMENT, p, end);
    }

    /// <summary>After a backslash: the next character must end the line, and the file must go on.</summary>
    private void ContinuationLine(bool inLine)
    {
        int c = NextChar();
        if (c == '\r' && _extra)
        {
            c = NextChar();
        }
        if (c != '\n')
        {
            throw LineContinuationError();
        }
        c = NextChar();
        if (c == EOF)
        {
            throw UnexpectedEof(inLine);
        }
        Backup(c);
    }

    private static bool IsIdentifierStart(int c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;

    private static bool IsIdentifierChar(int c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128;

    private Token ReadNameOrPrefixedString(int c)
    {
        bool sawB = false, sawR = false, sawU = false, sawF = false;
        while (true)
        {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B'))
            {
                sawB = true;
            }
            else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'))
            {
                sawU = true;
            }
            else if (!(sawR || sawU) && (c == 'r' || c == 'R'))
            {
                sawR = true;
            }
            else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F'))
            {
                sawF = true;
            }
            else
            {
                break;
            }
            c = NextChar();
            if (c == '"' || c == '\'')
            {
                return sawF ? StartFString(c) : ReadString(c);
            }
        }
        bool nonAscii = false;
        while (IsIdentifierChar(c))
        {
            nonAscii |= c >= 128;
            c = NextChar();
        }
        Backup(c);
        if (nonAscii && !_extra)
        {
            VerifyIdentifier();
        }
        return Make(TokenKind.NAME, _tokenStart, _pos, NameTable.Get(_text.AsSpan(_tokenStart, _pos - _tokenStart)));
    }

    private Token ReadOperator(int c)
    {
        string? debugText = null;
        if ((c == ':' || c == '}' || c == '!' || c == '{') && _modeIndex > 0)
        {
            ref Mode mode = ref _modes[_modeIndex];
            if (mode.ExprStartDepth >= 0)
            {
                int cursor = mode.CurlyDepth - (c != '{' ? 1 : 0);
                if (cursor == 0 && c == '{')
                {
                    mode.LastExprEnd = -1;
                    mode.ExprStart = _pos;
                }
                else if (cursor == 0)
                {
                    if (mode.LastExprEnd < 0)
                    {
                        mode.LastExprEnd = _tokenStart;
                    }
                    if (mode.Debug)
                    {
                        debugText = DebugText(mode.ExprStart, mode.LastExprEnd);
                    }
                }
                if (c == ':' && cursor == mode.ExprStartDepth)
                {
                    mode.Regular = false;
                    return Make(TokenKind.COLON, _tokenStart, _pos) with { Metadata = debugText };
                }
            }
        }

        int c2 = NextChar();
        TokenKind two = Operators.TwoChars(c, c2);
        if (two != TokenKind.OP)
        {
            int c3 = NextChar();
            TokenKind three = Operators.ThreeChars(c, c2, c3);
            if (three != TokenKind.OP)
            {
                two = three;
            }
            else
            {
                Backup(c3);
            }
            return Make(two, _tokenStart, _pos);
        }
        Backup(c2);

        switch (c)
        {
            case '(':
            case '[':
            case '{':
                if (_level >= MaxLevel)
                {
                    throw ErrorAtCursor("too many nested parentheses");
                }
                _parenStack[_level] = (char)c;
                _parenLine[_level] = _lineno;
                _parenPos[_level] = _tokenStart;
                _parenLineStart[_level] = _lineStart;
                _level++;
                if (_modeIndex > 0)
                {
                    _modes[_modeIndex].CurlyDepth++;
                }
                break;
            case ')':
            case ']':
            case '}':
                CloseBracket((char)c);
                break;
        }

        if (c < 128 && !IsPrintableAscii(c))
        {
            throw ErrorAtCursor(string.Create(CultureInfo.InvariantCulture, $"invalid non-printable character U+{c:X4}"));
        }
        if (c == '=' && _modeIndex > 0 && _modes[_modeIndex].ExprStartDepth >= 0)
        {
            _modes[_modeIndex].Debug = true;
        }
        Token token = Make(Operators.OneChar(c), _tokenStart, _pos);
        return debugText is null ? token : token with { Metadata = debugText };
    }

    private static bool IsPrintableAscii(int c) => c >= 0x20 && c < 0x7F;

    private void CloseBracket(char c)
    {
        bool inFString = _modeIndex > 0;
        if (inFString && _modes[_modeIndex].CurlyDepth == 0 && c == '}')
        {
            throw ErrorAtCursor("f-string: single '}' is not allowed");
        }
        if (!_extra && _level == 0)
        {
            throw ErrorAtCursor($"unmatched '{c}'");
        }
        if (_level > 0)
        {
            _level--;
            char opening = _parenStack[_level];
            if (!_extra && !((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}')))
            {
                if (inFString && opening == '{' && _modes[_modeIndex].CurlyDepth - 1 == _modes[_modeIndex].ExprStartDepth)
                {
                    throw ErrorAtCursor($"f-string: unmatched '{c}'");
                }
                throw _parenLine[_level] != _lineno
                    ? ErrorAtCursor(string.Create(CultureInfo.InvariantCulture, $"closing parenthesis '{c}' does not match opening parenthesis '{opening}' on line {_parenLine[_level]}"))
                    : ErrorAtCursor($"closing parenthesis '{c}' does not match opening parenthesis '{opening}'");
            }
        }
        if (inFString)
        {
            ref Mode mode = ref _modes[_modeIndex];
            mode.CurlyDepth--;
            if (c == '}' && mode.CurlyDepth == mode.ExprStartDepth)
            {
                mode.ExprStartDepth--;
                mode.Regular = false;
                mode.Debug = false;
            }
        }
    }
}
