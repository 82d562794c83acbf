namespace PyBuild.Compiler.Lexing;

/// <summary>Token types with CPython 3.12's numbers (Lib/token.py). Operators carry their exact type.</summary>
public enum TokenKind : byte
{
    /// <summary><c>ENDMARKER</c></summary>
    ENDMARKER = 0,
    /// <summary><c>NAME</c></summary>
    NAME = 1,
    /// <summary><c>NUMBER</c></summary>
    NUMBER = 2,
    /// <summary><c>STRING</c></summary>
    STRING = 3,
    /// <summary><c>NEWLINE</c></summary>
    NEWLINE = 4,
    /// <summary><c>INDENT</c></summary>
    INDENT = 5,
    /// <summary><c>DEDENT</c></summary>
    DEDENT = 6,
    /// <summary><c>LPAR</c></summary>
    LPAR = 7,
    /// <summary><c>RPAR</c></summary>
    RPAR = 8,
    /// <summary><c>LSQB</c></summary>
    LSQB = 9,
    /// <summary><c>RSQB</c></summary>
    RSQB = 10,
    /// <summary><c>COLON</c></summary>
    COLON = 11,
    /// <summary><c>COMMA</c></summary>
    COMMA = 12,
    /// <summary><c>SEMI</c></summary>
    SEMI = 13,
    /// <summary><c>PLUS</c></summary>
    PLUS = 14,
    /// <summary><c>MINUS</c></summary>
    MINUS = 15,
    /// <summary><c>STAR</c></summary>
    STAR = 16,
    /// <summary><c>SLASH</c></summary>
    SLASH = 17,
    /// <summary><c>VBAR</c></summary>
    VBAR = 18,
    /// <summary><c>AMPER</c></summary>
    AMPER = 19,
    /// <summary><c>LESS</c></summary>
    LESS = 20,
    /// <summary><c>GREATER</c></summary>
    GREATER = 21,
    /// <summary><c>EQUAL</c></summary>
    EQUAL = 22,
    /// <summary><c>DOT</c></summary>
    DOT = 23,
    /// <summary><c>PERCENT</c></summary>
    PERCENT = 24,
    /// <summary><c>LBRACE</c></summary>
    LBRACE = 25,
    /// <summary><c>RBRACE</c></summary>
    RBRACE = 26,
    /// <summary><c>EQEQUAL</c></summary>
    EQEQUAL = 27,
    /// <summary><c>NOTEQUAL</c></summary>
    NOTEQUAL = 28,
    /// <summary><c>LESSEQUAL</c></summary>
    LESSEQUAL = 29,
    /// <summary><c>GREATEREQUAL</c></summary>
    GREATEREQUAL = 30,
    /// <summary><c>TILDE</c></summary>
    TILDE = 31,
    /// <summary><c>CIRCUMFLEX</c></summary>
    CIRCUMFLEX = 32,
    /// <summary><c>LEFTSHIFT</c></summary>
    LEFTSHIFT = 33,
    /// <summary><c>RIGHTSHIFT</c></summary>
    RIGHTSHIFT = 34,
    /// <summary><c>DOUBLESTAR</c></summary>
    DOUBLESTAR = 35,
    /// <summary><c>PLUSEQUAL</c></summary>
    PLUSEQUAL = 36,
    /// <summary><c>MINEQUAL</c></summary>
    MINEQUAL = 37,
    /// <summary><c>STAREQUAL</c></summary>
    STAREQUAL = 38,
    /// <summary><c>SLASHEQUAL</c></summary>
    SLASHEQUAL = 39,
    /// <summary><c>PERCENTEQUAL</c></summary>
    PERCENTEQUAL = 40,
    /// <summary><c>AMPEREQUAL</c></summary>
    AMPEREQUAL = 41,
    /// <summary><c>VBAREQUAL</c></summary>
    VBAREQUAL = 42,
    /// <summary><c>CIRCUMFLEXEQUAL</c></summary>
    CIRCUMFLEXEQUAL = 43,
    /// <summary><c>LEFTSHIFTEQUAL</c></summary>
    LEFTSHIFTEQUAL = 44,
    /// <summary><c>RIGHTSHIFTEQUAL</c></summary>
    RIGHTSHIFTEQUAL = 45,
    /// <summary><c>DOUBLESTAREQUAL</c></summary>
    DOUBLESTAREQUAL = 46,
    /// <summary><c>DOUBLESLASH</c></summary>
    DOUBLESLASH = 47,
    /// <summary><c>DOUBLESLASHEQUAL</c></summary>
    DOUBLESLASHEQUAL = 48,
    /// <summary><c>AT</c></summary>
    AT = 49,
    /// <summary><c>ATEQUAL</c></summary>
    ATEQUAL = 50,
    /// <summary><c>RARROW</c></summary>
    RARROW = 51,
    /// <summary><c>ELLIPSIS</c></summary>
    ELLIPSIS = 52,
    /// <summary><c>COLONEQUAL</c></summary>
    COLONEQUAL = 53,
    /// <summary><c>EXCLAMATION</c></summary>
    EXCLAMATION = 54,
    /// <summary><c>OP</c></summary>
    OP = 55,
    /// <summary><c>AWAIT</c></summary>
    AWAIT = 56,
    /// <summary><c>ASYNC</c></summary>
    ASYNC = 57,
    /// <summary><c>TYPE_IGNORE</c></summary>
    TYPE_IGNORE = 58,
    /// <summary><c>TYPE_COMMENT</c></summary>
    TYPE_COMMENT = 59,
    /// <summary><c>SOFT_KEYWORD</c></summary>
    SOFT_KEYWORD = 60,
    /// <summary><c>FSTRING_START</c></summary>
    FSTRING_START = 61,
    /// <summary><c>FSTRING_MIDDLE</c></summary>
    FSTRING_MIDDLE = 62,
    /// <summary><c>FSTRING_END</c></summary>
    FSTRING_END = 63,
    /// <summary><c>COMMENT</c></summary>
    COMMENT = 64,
    /// <summary><c>NL</c></summary>
    NL = 65,
    /// <summary><c>ERRORTOKEN</c></summary>
    ERRORTOKEN = 66,
    /// <summary><c>ENCODING</c></summary>
    ENCODING = 67,
}
