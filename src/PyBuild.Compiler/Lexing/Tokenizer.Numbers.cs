namespace PyBuild.Compiler.Lexing;

public sealed partial class Tokenizer
{
    private static bool IsDigit(int c) => c >= '0' && c <= '9';

    private static bool IsHexDigit(int c) => IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    /// <summary>A number whose first digit <paramref name="c"/> has been read.</summary>
    private Token ReadNumber(int c)
    {
        if (c != '0')
        {
            c = DecimalTail();
            bool fraction = false;
            if (c == '.')
            {
                c = NextChar();
                fraction = true;
            }
            return FloatTail(c, fraction);
        }
        c = NextChar();
        if (c == 'x' || c == 'X')
        {
            c = NextChar();
            do
            {
                if (c == '_')
                {
                    c = NextChar();
                }
                if (!IsHexDigit(c))
                {
                    Backup(c);
                    throw ErrorAtCursor("invalid hexadecimal literal");
                }
                do
                {
                    c = NextChar();
                }
                while (IsHexDigit(c));
            }
            while (c == '_');
            VerifyEndOfNumber(c, "hexadecimal");
        }
        else if (c == 'o' || c == 'O')
        {
            c = RadixDigits('8', "octal");
        }
        else if (c == 'b' || c == 'B')
        {
            c = RadixDigits('2', "binary");
        }
        else
        {
            bool nonzero = false;
            while (true)
            {
                if (c == '_')
                {
                    c = NextChar();
                    if (!IsDigit(c))
                    {
                        Backup(c);
                        throw ErrorAtCursor("invalid decimal literal");
                    }
                }
                if (c != '0')
                {
                    break;
                }
                c = NextChar();
            }
            int zerosEnd = _pos;
            if (IsDigit(c))
            {
                nonzero = true;
                c = DecimalTail();
            }
            if (c == '.')
            {
                return FloatTail(NextChar(), true);
            }
            if (c == 'e' || c == 'E' || c == 'j' || c == 'J')
            {
                return FloatTail(c, false);
            }
            if (nonzero && !_extra)
            {
                Backup(c);
                throw ErrorAtByteRange(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    ByteColumn(_tokenStart, _lineStart) + 1, ByteColumn(zerosEnd, _lineStart));
            }
            VerifyEndOfNumber(c, "decimal");
        }
        Backup(c);
        return Make(TokenKind.NUMBER, _tokenStart, _pos);
    }

    /// <summary>Digits of an octal (<paramref name="limit"/> '8') or binary ('2') literal after its prefix.</summary>
    private int RadixDigits(char limit, string kind)
    {
        int c = NextChar();
        do
        {
            if (c == '_')
            {
                c = NextChar();
            }
            if (c < '0' || c >= limit)
            {
                if (IsDigit(c))
                {
                    throw ErrorAtCursor($"invalid digit '{(char)c}' in {kind} literal");
                }
                Backup(c);
                throw ErrorAtCursor($"invalid {kind} literal");
            }
            do
            {
                c = NextChar();
            }
            while (c >= '0' && c < limit);
        }
        while (c == '_');
        if (IsDigit(c))
        {
            throw ErrorAtCursor($"invalid digit '{(char)c}' in {kind} literal");
        }
        VerifyEndOfNumber(c, kind);
        return c;
    }

    /// <summary>A number that starts with '.', whose first digit <paramref name="firstDigit"/> has been read.</summary>
    private Token ReadNumberFraction(int firstDigit) => FloatTail(firstDigit, true);

    /// <summary>Fraction digits (when <paramref name="fraction"/>), exponent and imaginary suffix.</summary>
    private Token FloatTail(int c, bool fraction)
    {
        if (fraction && IsDigit(c))
        {
            c = DecimalTail();
        }
        if (c == 'e' || c == 'E')
        {
            int e = c;
            c = NextChar();
            if (c == '+' || c == '-')
            {
                c = NextChar();
                if (!IsDigit(c))
                {
                    Backup(c);
                    throw ErrorAtCursor("invalid decimal literal");
                }
            }
            else if (!IsDigit(c))
            {
                Backup(c);
                VerifyEndOfNumber(e, "decimal");
                Backup(e);
                return Make(TokenKind.NUMBER, _tokenStart, _pos);
            }
            c = DecimalTail();
        }
        if (c == 'j' || c == 'J')
        {
            c = NextChar();
            VerifyEndOfNumber(c, "imaginary");
        }
        else
        {
            VerifyEndOfNumber(c, "decimal");
        }
        Backup(c);
        return Make(TokenKind.NUMBER, _tokenStart, _pos);
    }

    /// <summary>Reads the rest of a digit run (the first digit is read) with single underscores between digits.</summary>
    private int DecimalTail()
    {
        int c;
        while (true)
        {
            do
            {
                c = NextChar();
            }
            while (IsDigit(c));
            if (c != '_')
            {
                return c;
            }
            c = NextChar();
            if (!IsDigit(c))
            {
                Backup(c);
                throw ErrorAtCursor("invalid decimal literal");
            }
        }
    }

    /// <summary>
    /// A number may not run into a name, except into a keyword that can follow it in valid code
    /// ("1if x else y"), which CPython only warns about.
    /// </summary>
    private void VerifyEndOfNumber(int c, string kind)
    {
        if (_extra)
        {
            return;
        }
        bool keyword = c switch
        {
            'a' => Lookahead("nd"),
            'e' => Lookahead("lse"),
            'f' => Lookahead("or"),
            'i' => PeekChar() is 'f' or 'n' or 's',
            'o' => Lookahead("r"),
            'n' => Lookahead("ot"),
            _ => false,
        };
        if (keyword)
        {
            SyntaxWarning?.Invoke($"invalid {kind} literal", _lineno);
        }
        else if (c >= 0 && c < 128 && IsIdentifierChar(c))
        {
            Backup(c);
            throw ErrorAtCursor($"invalid {kind} literal");
        }
    }

    private bool Lookahead(string rest)
    {
        int save = _pos;
        int i = 0;
        bool result = false;
        while (true)
        {
            int c = NextChar();
            if (i == rest.Length)
            {
                result = !IsIdentifierChar(c);
                break;
            }
            if (c != rest[i])
            {
                break;
            }
            i++;
        }
        _pos = save;
        return result;
    }
}
