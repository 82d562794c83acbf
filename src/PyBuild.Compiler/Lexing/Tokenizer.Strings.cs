namespace PyBuild.Compiler.Lexing;

public sealed partial class Tokenizer
{
    /// <summary>A string or bytes literal; <paramref name="quote"/> has just been read.</summary>
    private Token ReadString(int quote)
    {
        _firstLineno = _lineno;
        _multiLineStart = _lineStart;
        int quoteSize = 1;
        int endQuoteSize = 0;
        int c = NextChar();
        if (c == quote)
        {
            c = NextChar();
            if (c == quote)
            {
                quoteSize = 3;
            }
            else
            {
                endQuoteSize = 1;
            }
        }
        if (c != quote)
        {
            Backup(c);
        }
        while (endQuoteSize != quoteSize)
        {
            c = NextChar();
            if (c == EOF || (quoteSize == 1 && c == '\n'))
            {
                throw UnterminatedString(quote, quoteSize);
            }
            if (c == quote)
            {
                endQuoteSize++;
            }
            else
            {
                endQuoteSize = 0;
                if (c == '\\')
                {
                    NextChar();
                }
            }
        }
        return MakeMultiLine(TokenKind.STRING, _tokenStart, _pos);
    }

    private Diagnostics.PythonSyntaxError UnterminatedString(int quote, int quoteSize)
    {
        int detectedAt = _lineno;
        if (_modeIndex > 0 && _modes[_modeIndex].Quote == quote && _modes[_modeIndex].QuoteSize == quoteSize)
        {
            return ErrorAt("f-string: expecting '}'", _firstLineno, _multiLineStart, _tokenStart + 1);
        }
        string message = quoteSize == 3
            ? $"unterminated triple-quoted string literal (detected at line {detectedAt})"
            : $"unterminated string literal (detected at line {detectedAt})";
        return ErrorAt(message, _firstLineno, _multiLineStart, _tokenStart + 1);
    }

    /// <summary>FSTRING_START; <paramref name="quote"/> has just been read after the prefix.</summary>
    private Token StartFString(int quote)
    {
        _firstLineno = _lineno;
        _multiLineStart = _lineStart;
        int quoteSize = 1;
        int after = NextChar();
        if (after == quote)
        {
            int afterAfter = NextChar();
            if (afterAfter == quote)
            {
                quoteSize = 3;
            }
            else
            {
                Backup(afterAfter);
                Backup(after);
            }
        }
        else
        {
            Backup(after);
        }
        if (_modeIndex + 1 >= MaxFStringLevel)
        {
            throw ErrorAtCursor("too many nested f-strings");
        }
        bool raw = false;
        for (int i = _tokenStart; i < _pos; i++)
        {
            raw |= _text[i] == 'r' || _text[i] == 'R';
        }
        _modes[++_modeIndex] = new Mode
        {
            Regular = false,
            Quote = (char)quote,
            QuoteSize = quoteSize,
            Raw = raw,
            Start = _tokenStart,
            StartLineStart = _lineStart,
            StartLine = _lineno,
            CurlyDepth = 0,
            ExprStartDepth = -1,
            LastExprEnd = -1,
        };
        return Make(TokenKind.FSTRING_START, _tokenStart, _pos);
    }

    /// <summary>Inside an f-string's literal part: FSTRING_MIDDLE, FSTRING_END, or the start of a replacement field.</summary>
    private Token NextInFString()
    {
        ref Mode mode = ref _modes[_modeIndex];
        _tokenStart = _pos;
        _firstLineno = _lineno;
        _multiLineStart = _lineStart;

        int first = NextChar();
        if (first == '{')
        {
            int peek = NextChar();
            Backup(peek);
            Backup(first);
            if (peek != '{')
            {
                EnterReplacementField(ref mode);
                return NextRegular();
            }
        }
        else
        {
            Backup(first);
        }

        bool atEnd = true;
        for (int i = 0; i < mode.QuoteSize; i++)
        {
            int q = NextChar();
            if (q != mode.Quote)
            {
                Backup(q);
                atEnd = false;
                break;
            }
        }
        if (atEnd)
        {
            Token end = Make(TokenKind.FSTRING_END, _tokenStart, _pos);
            _modeIndex--;
            return end;
        }

        _firstLineno = _lineno;
        _multiLineStart = _lineStart;
        int endQuoteSize = 0;
        bool unicodeEscape = false;
        while (endQuoteSize != mode.QuoteSize)
        {
            int c = NextChar();
            bool inFormatSpec = mode.LastExprEnd != -1 && mode.ExprStartDepth >= 0;
            if (c == EOF || (mode.QuoteSize == 1 && c == '\n'))
            {
                if (inFormatSpec && c == '\n')
                {
                    Backup(c);
                    mode.Regular = true;
                    return MakeMultiLine(TokenKind.FSTRING_MIDDLE, _tokenStart, _pos);
                }
                string message = mode.QuoteSize == 3
                    ? $"unterminated triple-quoted f-string literal (detected at line {_lineno})"
                    : $"unterminated f-string literal (detected at line {_lineno})";
                throw ErrorAt(message, mode.StartLine, mode.StartLineStart, mode.Start + 1);
            }
            if (c == mode.Quote)
            {
                endQuoteSize++;
                continue;
            }
            endQuoteSize = 0;
            if (c == '{')
            {
                int peek = NextChar();
                if (peek != '{' || inFormatSpec)
                {
                    Backup(peek);
                    Backup(c);
                    EnterReplacementField(ref mode);
                    return MakeMultiLine(TokenKind.FSTRING_MIDDLE, _tokenStart, _pos);
                }
                return MakeMultiLine(TokenKind.FSTRING_MIDDLE, _tokenStart, _pos - 1);
            }
            if (c == '}')
            {
                if (unicodeEscape)
                {
                    return MakeMultiLine(TokenKind.FSTRING_MIDDLE, _tokenStart, _pos);
                }
                int peek = NextChar();
                if (peek == '}' && !inFormatSpec)
                {
                    return MakeMultiLine(TokenKind.FSTRING_MIDDLE, _tokenStart, _pos - 1);
                }
                Backup(peek);
                Backup(c);
                mode.Regular = true;
                return MakeMultiLine(TokenKind.FSTRING_MIDDLE, _tokenStart, _pos);
            }
            if (c == '\\')
            {
                int peek = NextChar();
                if (peek == '\r' && _extra)
                {
                    peek = NextChar();
                }
                if (peek == '{' || peek == '}')
                {
                    if (!mode.Raw)
                    {
                        SyntaxWarning?.Invoke($"invalid escape sequence '\\{(char)peek}'", _lineno);
                    }
                    Backup(peek);
                    continue;
                }
                if (!mode.Raw && peek == 'N')
                {
                    peek = NextChar();
                    if (peek == '{')
                    {
                        unicodeEscape = true;
                    }
                    else
                    {
                        Backup(peek);
                    }
                }
            }
        }
        _pos -= mode.QuoteSize;
        return MakeMultiLine(TokenKind.FSTRING_MIDDLE, _tokenStart, _pos);
    }

    private void EnterReplacementField(ref Mode mode)
    {
        mode.ExprStartDepth++;
        if (mode.ExprStartDepth >= MaxExprNesting)
        {
            throw ErrorAtCursor("f-string: expressions nested too deeply");
        }
        mode.Regular = true;
    }

    /// <summary>The debug text of an f-string field: the source from after '{' to <paramref name="end"/>, with comments cut to their line end.</summary>
    private string DebugText(int start, int end)
    {
        ReadOnlySpan<char> expr = _text.AsSpan(start, end - start);
        if (expr.IndexOf('#') < 0)
        {
            return expr.ToString();
        }
        var sb = new System.Text.StringBuilder(expr.Length);
        for (int i = 0; i < expr.Length; i++)
        {
            if (expr[i] != '#')
            {
                sb.Append(expr[i]);
                continue;
            }
            while (i < expr.Length && expr[i] != '\n')
            {
                i++;
            }
            if (i < expr.Length)
            {
                sb.Append('\n');
            }
        }
        return sb.ToString();
    }
}
