namespace PyBuild.Compiler.Lexing;

/// <summary>Operator and delimiter spellings of Python 3.12 (Grammar/Tokens), longest match first.</summary>
public static class Operators
{
    /// <summary>One-character tokens; OP for a character that is no operator.</summary>
    public static TokenKind OneChar(int c) => c switch
    {
        '%' => TokenKind.PERCENT, '&' => TokenKind.AMPER, '(' => TokenKind.LPAR, ')' => TokenKind.RPAR,
        '*' => TokenKind.STAR, '+' => TokenKind.PLUS, ',' => TokenKind.COMMA, '-' => TokenKind.MINUS,
        '.' => TokenKind.DOT, '/' => TokenKind.SLASH, ':' => TokenKind.COLON, ';' => TokenKind.SEMI,
        '<' => TokenKind.LESS, '=' => TokenKind.EQUAL, '>' => TokenKind.GREATER, '@' => TokenKind.AT,
        '[' => TokenKind.LSQB, ']' => TokenKind.RSQB, '^' => TokenKind.CIRCUMFLEX, '{' => TokenKind.LBRACE,
        '|' => TokenKind.VBAR, '}' => TokenKind.RBRACE, '~' => TokenKind.TILDE, '!' => TokenKind.EXCLAMATION,
        _ => TokenKind.OP,
    };

    /// <summary>Two-character tokens; OP when the pair is none.</summary>
    public static TokenKind TwoChars(int c1, int c2) => (c1, c2) switch
    {
        ('!', '=') => TokenKind.NOTEQUAL, ('%', '=') => TokenKind.PERCENTEQUAL, ('&', '=') => TokenKind.AMPEREQUAL,
        ('*', '*') => TokenKind.DOUBLESTAR, ('*', '=') => TokenKind.STAREQUAL, ('+', '=') => TokenKind.PLUSEQUAL,
        ('-', '=') => TokenKind.MINEQUAL, ('-', '>') => TokenKind.RARROW, ('/', '/') => TokenKind.DOUBLESLASH,
        ('/', '=') => TokenKind.SLASHEQUAL, (':', '=') => TokenKind.COLONEQUAL, ('<', '<') => TokenKind.LEFTSHIFT,
        ('<', '=') => TokenKind.LESSEQUAL, ('<', '>') => TokenKind.NOTEQUAL, ('=', '=') => TokenKind.EQEQUAL,
        ('>', '=') => TokenKind.GREATEREQUAL, ('>', '>') => TokenKind.RIGHTSHIFT, ('@', '=') => TokenKind.ATEQUAL,
        ('^', '=') => TokenKind.CIRCUMFLEXEQUAL, ('|', '=') => TokenKind.VBAREQUAL,
        _ => TokenKind.OP,
    };

    /// <summary>Three-character tokens; OP when the triple is none.</summary>
    public static TokenKind ThreeChars(int c1, int c2, int c3) => (c1, c2, c3) switch
    {
        ('*', '*', '=') => TokenKind.DOUBLESTAREQUAL, ('.', '.', '.') => TokenKind.ELLIPSIS,
        ('/', '/', '=') => TokenKind.DOUBLESLASHEQUAL, ('<', '<', '=') => TokenKind.LEFTSHIFTEQUAL,
        ('>', '>', '=') => TokenKind.RIGHTSHIFTEQUAL,
        _ => TokenKind.OP,
    };

    /// <summary>The spelling of an operator kind (shared strings, so operator tokens allocate nothing).</summary>
    public static string? Spelling(TokenKind kind) => kind switch
    {
        TokenKind.LPAR => "(", TokenKind.RPAR => ")", TokenKind.LSQB => "[", TokenKind.RSQB => "]",
        TokenKind.COLON => ":", TokenKind.COMMA => ",", TokenKind.SEMI => ";", TokenKind.PLUS => "+",
        TokenKind.MINUS => "-", TokenKind.STAR => "*", TokenKind.SLASH => "/", TokenKind.VBAR => "|",
        TokenKind.AMPER => "&", TokenKind.LESS => "<", TokenKind.GREATER => ">", TokenKind.EQUAL => "=",
        TokenKind.DOT => ".", TokenKind.PERCENT => "%", TokenKind.LBRACE => "{", TokenKind.RBRACE => "}",
        TokenKind.EQEQUAL => "==", TokenKind.LESSEQUAL => "<=", TokenKind.GREATEREQUAL => ">=",
        TokenKind.TILDE => "~", TokenKind.CIRCUMFLEX => "^", TokenKind.LEFTSHIFT => "<<", TokenKind.RIGHTSHIFT => ">>",
        TokenKind.DOUBLESTAR => "**", TokenKind.PLUSEQUAL => "+=", TokenKind.MINEQUAL => "-=", TokenKind.STAREQUAL => "*=",
        TokenKind.SLASHEQUAL => "/=", TokenKind.PERCENTEQUAL => "%=", TokenKind.AMPEREQUAL => "&=", TokenKind.VBAREQUAL => "|=",
        TokenKind.CIRCUMFLEXEQUAL => "^=", TokenKind.LEFTSHIFTEQUAL => "<<=", TokenKind.RIGHTSHIFTEQUAL => ">>=",
        TokenKind.DOUBLESTAREQUAL => "**=", TokenKind.DOUBLESLASH => "//", TokenKind.DOUBLESLASHEQUAL => "//=",
        TokenKind.AT => "@", TokenKind.ATEQUAL => "@=", TokenKind.RARROW => "->", TokenKind.ELLIPSIS => "...",
        TokenKind.COLONEQUAL => ":=", TokenKind.EXCLAMATION => "!", TokenKind.NOTEQUAL => "!=",
        _ => null,
    };
}
