using System.Text;
using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.Lexing;
using PyBuild.Compiler.Syntax;
using PyBuild.Compiler.Text;

namespace PyBuild.Compiler.Parsing;

/// <summary>
/// CPython 3.12's parser (Grammar/python.gram): tokens in, AST out, with CPython's node kinds,
/// field values and positions. It is a hand-written recursive-descent parser that looks ahead
/// over tokens where the PEG grammar would backtrack; syntax errors carry CPython's messages.
/// </summary>
public sealed partial class Parser
{
    // CPython raises MemoryError past this many nested rules; our rules are coarser than its
    // generated ones, so the budget is counted per nested expression or statement instead.
    private const int MaxNesting = 1000;

    private readonly TokenStream _tokens;
    private readonly string _filename;
    private readonly SourceLines _lines;
    private readonly ParserOptions _options;
    private int _pos;
    private int _nesting;

    private Parser(TokenStream tokens, SourceLines lines, string filename, ParserOptions options)
    {
        _tokens = tokens;
        _lines = lines;
        _filename = filename;
        _options = options;
    }

    /// <summary>
    /// Parses source bytes (BOM and PEP 263 declarations honoured) to an AST, as
    /// <c>ast.parse(source, filename, mode, type_comments=options.TypeComments)</c>.
    /// </summary>
    /// <param name="source">The source file's bytes.</param>
    /// <param name="filename">The file name for errors.</param>
    /// <param name="mode">What to parse: a module, an expression, one interactive statement or a function type.</param>
    /// <param name="options">Type comments and the warning sink; null for <c>compile()</c>'s defaults.</param>
    /// <exception cref="PythonSyntaxError">The source is not valid Python 3.12 (tokenizer or parser error).</exception>
    public static Mod Parse(ReadOnlySpan<byte> source, string filename, CompileMode mode, ParserOptions? options = null)
        => Parse(SourceText.FromBytes(source, filename), filename, mode, options);

    /// <summary>Parses already decoded source, as <c>ast.parse(str)</c>.</summary>
    /// <param name="source">The decoded source.</param>
    /// <param name="filename">The file name for errors.</param>
    /// <param name="mode">What to parse.</param>
    /// <param name="options">Type comments and the warning sink; null for the defaults.</param>
    /// <exception cref="PythonSyntaxError">The source is not valid Python 3.12.</exception>
    public static Mod Parse(SourceText source, string filename, CompileMode mode, ParserOptions? options = null)
    {
        options ??= ParserOptions.Default;
        var tokenizer = new Tokenizer(source, options.TypeComments ? TokenizerOptions.TypeComments : TokenizerOptions.None, filename);
        var lines = new SourceLines(SourceText.TranslateNewlines(source.Text));
        var parser = new Parser(new TokenStream(tokenizer.Next), lines, filename, options);
        return parser.ParseMod(mode);
    }

    private Mod ParseMod(CompileMode mode)
    {
        switch (mode)
        {
            case CompileMode.Eval:
            {
                Expr body = ParseStarExpressionsOrExpressions(allowStar: false);
                while (Kind == TokenKind.NEWLINE) _pos++;
                if (Kind != TokenKind.ENDMARKER) throw InvalidSyntax();
                return new Expression { Body = body };
            }
            case CompileMode.FuncType:
                return ParseFuncType();
            case CompileMode.Single:
                return new Interactive { Body = ParseInteractive() };
            default:
            {
                var module = new Module();
                while (Kind == TokenKind.NEWLINE) _pos++;
                while (Kind != TokenKind.ENDMARKER)
                {
                    ParseStatement(module.Body);
                }
                module.TypeIgnores.AddRange(_tokens.TypeIgnores);
                return module;
            }
        }
    }

    private List<Stmt> ParseInteractive()
    {
        var body = new List<Stmt>();
        if (Kind == TokenKind.NEWLINE)
        {
            Token t = Current;
            body.Add(new Pass { Lineno = t.StartLine, ColOffset = t.StartColumn, EndLineno = t.EndLine, EndColOffset = t.EndColumn });
            return body;
        }
        if (Kind == TokenKind.ENDMARKER) throw InvalidSyntax();
        bool compound = IsCompoundStart();
        ParseStatement(body);
        if (compound)
        {
            if (Kind != TokenKind.NEWLINE) throw InvalidSyntax();
            _pos++;
        }
        while (Kind == TokenKind.NEWLINE) _pos++;
        if (Kind != TokenKind.ENDMARKER) throw Error("multiple statements found while compiling a single statement", Current);
        return body;
    }

    private FunctionType ParseFuncType()
    {
        Expect(TokenKind.LPAR);
        var argtypes = new List<Expr>();
        while (Kind != TokenKind.RPAR)
        {
            if (Kind == TokenKind.STAR || Kind == TokenKind.DOUBLESTAR)
            {
                int start = _pos;
                _pos++;
                Expr value = ParseExpression();
                argtypes.Add(Finish(new Starred { Value = value, Ctx = ExprContext.Load }, start));
            }
            else
            {
                argtypes.Add(ParseExpression());
            }
            if (!Accept(TokenKind.COMMA)) break;
        }
        Expect(TokenKind.RPAR);
        Expect(TokenKind.RARROW);
        Expr returns = ParseExpression();
        while (Kind == TokenKind.NEWLINE) _pos++;
        if (Kind != TokenKind.ENDMARKER) throw InvalidSyntax();
        return new FunctionType { Argtypes = argtypes, Returns = returns };
    }

    // ---- token access ----

    private Token Current => _tokens[_pos];

    private TokenKind Kind => _tokens[_pos].Kind;

    private Token Peek(int k) => _tokens[_pos + k];

    private bool IsKeyword(string keyword)
    {
        Token t = _tokens[_pos];
        return t.Kind == TokenKind.NAME && t.Text == keyword;
    }

    private bool PeekIsKeyword(int k, string keyword)
    {
        Token t = _tokens[_pos + k];
        return t.Kind == TokenKind.NAME && t.Text == keyword;
    }

    private bool Accept(TokenKind kind)
    {
        if (_tokens[_pos].Kind != kind) return false;
        _pos++;
        return true;
    }

    private bool AcceptKeyword(string keyword)
    {
        if (!IsKeyword(keyword)) return false;
        _pos++;
        return true;
    }

    private Token Expect(TokenKind kind)
    {
        Token t = _tokens[_pos];
        if (t.Kind != kind)
        {
            throw kind == TokenKind.COLON ? Error("expected ':'", _tokens[_pos - 1 >= 0 ? _pos - 1 : 0], afterToken: true) : InvalidSyntax();
        }
        _pos++;
        return t;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!AcceptKeyword(keyword)) throw InvalidSyntax();
    }

    /// <summary>A NAME token that is not a keyword: an identifier, NFKC-normalized as CPython does.</summary>
    private bool IsName => Kind == TokenKind.NAME && !Keywords.IsKeyword(Current.Text);

    private string ExpectName()
    {
        Token t = Current;
        if (t.Kind != TokenKind.NAME || Keywords.IsKeyword(t.Text)) throw InvalidSyntax();
        _pos++;
        return Identifier(t.Text);
    }

    private static string Identifier(string text)
    {
        foreach (char c in text)
        {
            if (c >= 0x80) return text.Normalize(NormalizationForm.FormKC);
        }
        return text;
    }

    // ---- positions ----

    /// <summary>Sets the node's range from token <paramref name="start"/> to the last consumed token that is not NEWLINE, INDENT or DEDENT.</summary>
    private T Finish<T>(T node, int start) where T : LocatedNode
    {
        Token first = _tokens[start];
        int last = _pos - 1;
        while (last > start && IsWhitespaceToken(_tokens[last].Kind)) last--;
        Token end = _tokens[last];
        node.Lineno = first.StartLine;
        node.ColOffset = first.StartColumn;
        node.EndLineno = end.EndLine;
        node.EndColOffset = end.EndColumn;
        return node;
    }

    private static bool IsWhitespaceToken(TokenKind kind)
        => kind == TokenKind.NEWLINE || kind == TokenKind.INDENT || kind == TokenKind.DEDENT || kind == TokenKind.ENDMARKER;

    private static T At<T>(T node, Token token) where T : LocatedNode
    {
        node.Lineno = token.StartLine;
        node.ColOffset = token.StartColumn;
        node.EndLineno = token.EndLine;
        node.EndColOffset = token.EndColumn;
        return node;
    }

    private static T Span<T>(T node, LocatedNode first, LocatedNode last) where T : LocatedNode
    {
        node.Lineno = first.Lineno;
        node.ColOffset = first.ColOffset;
        node.EndLineno = last.EndLineno;
        node.EndColOffset = last.EndColOffset;
        return node;
    }

    private void Enter()
    {
        if (++_nesting > MaxNesting) throw TooComplex();
    }

    private void Leave() => _nesting--;

    // ---- errors ----

    private void Warn(string message, Token token)
        => _options.Warnings?.Add(new ParserWarning("SyntaxWarning", message, token.StartLine));

    private PythonSyntaxError TooComplex()
    {
        Token t = Current;
        return Error("too many nested parentheses", t);
    }

    /// <summary>CPython's generic error: "invalid syntax" at the token the parser stopped on.</summary>
    private PythonSyntaxError InvalidSyntax()
    {
        Token t = Current;
        if (t.Kind == TokenKind.INDENT) return Error("unexpected indent", t, errorType: "IndentationError");
        if (t.Kind == TokenKind.DEDENT) return Error("unindent does not match any outer indentation level", t, errorType: "IndentationError");
        if (t.Kind == TokenKind.ENDMARKER)
        {
            return Error("invalid syntax", t);
        }
        return Error("invalid syntax", t);
    }

    private PythonSyntaxError Error(string message, Token token, bool afterToken = false, string errorType = "SyntaxError")
    {
        if (afterToken)
        {
            return ErrorAt(message, token.EndLine, token.EndColumn, token.EndLine, token.EndColumn, errorType);
        }
        return ErrorAt(message, token.StartLine, token.StartColumn, token.EndLine, token.EndColumn, errorType);
    }

    private PythonSyntaxError Error(string message, LocatedNode node, string errorType = "SyntaxError")
        => ErrorAt(message, node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset, errorType);

    private PythonSyntaxError Error(string message, Token first, Token last)
        => ErrorAt(message, first.StartLine, first.StartColumn, last.EndLine, last.EndColumn, "SyntaxError");

    private PythonSyntaxError Error(string message, LocatedNode first, LocatedNode last)
        => ErrorAt(message, first.Lineno, first.ColOffset, last.EndLineno, last.EndColOffset, "SyntaxError");

    /// <summary>An error at byte columns, reported (as CPython does) in 1-based character offsets.</summary>
    private PythonSyntaxError ErrorAt(string message, int line, int byteCol, int endLine, int endByteCol, string errorType)
    {
        string? text = _lines.LineText(line);
        int offset = _lines.CharOffset(line, byteCol) + 1;
        int endOffset = _lines.CharOffset(endLine, endByteCol) + 1;
        return new PythonSyntaxError(errorType, message, _filename, line, offset, endLine, endOffset, text);
    }
}
