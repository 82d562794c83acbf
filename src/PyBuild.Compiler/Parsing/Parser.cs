using System.Runtime.CompilerServices;
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
    // CPython's parser raises MemoryError when its rules nest 6000 deep. Our rules are coarser, so
    // each recursion is charged what CPython's chain of rules costs there (a unary operator or
    // 'not' 1, a lambda or '**' 2), less the 30 rules above the first expression.
    private const int MaxNesting = 5970;

    private readonly TokenStream _tokens;
    private readonly string _filename;
    private readonly SourceLines _lines;
    private readonly ParserOptions _options;
    private int _pos;
    private int _nesting;
    private readonly bool _charOffsets;
    private int _fstringFields;

    // Set while parsing ahead for an error message (CPython's *_without_invalid rules): no nested error rules.
    private bool _speculating;

    private Parser(TokenStream tokens, SourceLines lines, string filename, ParserOptions options, bool charOffsets)
    {
        _charOffsets = charOffsets;
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
        IList<ParserWarning>? warnings = options.Warnings;
        if (warnings != null) tokenizer.SyntaxWarning = (message, line) => warnings.Add(new ParserWarning("SyntaxWarning", message, line));
        var lines = new SourceLines(SourceText.TranslateNewlines(source.Text));
        var tokens = new TokenStream(tokenizer.Next);
        var parser = new Parser(tokens, lines, filename, options, source.ParserErrorsUseCharacterOffsets);
        try
        {
            return parser.ParseMod(mode);
        }
        catch (PythonSyntaxError e) when (e.ErrorType != "MemoryError" && tokens.TokenizerError == null && !IsUnexpectedIndentation(e))
        {
            // As CPython, a parser error gives way to a tokenizer error anywhere in the rest of the
            // source (except the bare unexpected-indentation errors, reported without looking
            // further); an unclosed bracket only when opened on a line before the last token read.
            int lastLine = tokens.LastFetchedLine;
            PythonSyntaxError? later = tokens.FirstError();
            // Errors CPython's tokenizer signals by state rather than raising (indentation, a
            // character after a line continuation) do not count in that scan.
            if (later == null || later.ErrorType != "SyntaxError" || later.Message == "unexpected character after line continuation character") throw;
            if (later.Message.EndsWith("was never closed", StringComparison.Ordinal) && later.Lineno >= lastLine) throw;
            throw later;
        }
        finally
        {
            tokens.Release();
        }
    }

    private static bool IsUnexpectedIndentation(PythonSyntaxError e)
        => e.ErrorType == "IndentationError" && e.Message is "unexpected indent" or "unexpected unindent";

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
        if (compound) Accept(TokenKind.NEWLINE);
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
            // type_expressions: '*' and '**' mark the kinds of arguments but leave no trace in the AST.
            if (Kind == TokenKind.STAR || Kind == TokenKind.DOUBLESTAR) _pos++;
            argtypes.Add(ParseExpression());
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
            throw InvalidSyntax();
        }
        _pos++;
        return t;
    }

    /// <summary>A forced token (<c>&amp;&amp;':'</c> in the grammar): "expected ':'" at whatever stands there.</summary>
    private void ExpectForced(TokenKind kind, string text)
    {
        if (Kind != kind) throw ErrorAtToken("expected '" + text + "'", Current, knownLocation: true);
        _pos++;
    }

    /// <summary>A block's ':' where the grammar's invalid_* rule says "expected ':'" only before a NEWLINE.</summary>
    private void ExpectColon()
    {
        if (Kind == TokenKind.COLON) { _pos++; return; }
        if (Kind == TokenKind.NEWLINE) throw ErrorAtToken("expected ':'", Current);
        throw InvalidSyntax();
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
            if (c >= 0x80) return UnicodeNames.Nfkc(text);
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
        if (++_nesting > MaxNesting || !RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw TooComplex();
    }

    private void Leave() => _nesting--;

    // ---- errors ----

    private void Warn(string message, Token token)
        => _options.Warnings?.Add(new ParserWarning("SyntaxWarning", message, token.StartLine));

    /// <summary>CPython's MemoryError for source nested too deeply for its parser (no position).</summary>
    private PythonSyntaxError TooComplex()
        => new("MemoryError", "Parser stack overflowed - Python source too complex to parse", _filename, 0, 0, 0, 0, null);

    /// <summary>
    /// CPython's generic error at the token the parser stopped on: "invalid syntax", or an
    /// IndentationError when that token is an INDENT or DEDENT.
    /// </summary>
    private PythonSyntaxError InvalidSyntax()
    {
        Token t = Current;
        if (t.Kind == TokenKind.INDENT) return ErrorAtToken("unexpected indent", t, "IndentationError");
        if (t.Kind == TokenKind.DEDENT) return ErrorAtToken("unexpected unindent", t, "IndentationError");
        return ErrorAtToken("invalid syntax", t, knownLocation: true);
    }

    /// <summary>
    /// An error at a token, as CPython places it. INDENT, DEDENT and ENDMARKER have no text: an
    /// error raised at such a token as a known location (the generic "invalid syntax", forced
    /// tokens) gets column 0 and end 0; otherwise CPython reports the tokenizer's column on the
    /// token's line and no end.
    /// </summary>
    private PythonSyntaxError ErrorAtToken(string message, Token t, string errorType = "SyntaxError", bool knownLocation = false)
    {
        if (t.Kind is TokenKind.INDENT or TokenKind.DEDENT or TokenKind.ENDMARKER)
        {
            // The tokenizer gives the end-of-file DEDENT and ENDMARKER CPython's column -1, on the last line.
            bool atEnd = t.StartColumn < 0 || t.StartLine > _lines.LineCount;
            int line = atEnd ? Math.Clamp(t.StartLine, 1, Math.Max(1, _lines.LineCount)) : t.StartLine;
            if (knownLocation && t.Kind != TokenKind.INDENT)
            {
                return new PythonSyntaxError(errorType, message, _filename, line, 0, line, 0, _lines.LineText(line));
            }
            int offset = t.Kind == TokenKind.INDENT ? Column(line, t.EndColumn)
                : atEnd ? Column(line, _lines.LineByteLength(line)) + 1
                : Column(line, t.StartColumn);
            return new PythonSyntaxError(errorType, message, _filename, line, offset, line, -1, _lines.LineText(line));
        }
        return Error(message, t, errorType: errorType);
    }

    private PythonSyntaxError Error(string message, Token token, string errorType = "SyntaxError")
        => ErrorAt(message, token.StartLine, token.StartColumn, token.EndLine, token.EndColumn, errorType);

    private PythonSyntaxError Error(string message, LocatedNode node, string errorType = "SyntaxError")
        => ErrorAt(message, node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset, errorType);

    private PythonSyntaxError Error(string message, Token first, Token last)
        => last.Kind is TokenKind.NEWLINE or TokenKind.ENDMARKER or TokenKind.DEDENT or TokenKind.INDENT
            ? ErrorAt(message, first.StartLine, first.StartColumn, last.EndLine, last.EndColumn, "SyntaxError")
            : ErrorAt(message, first.StartLine, first.StartColumn, last.EndLine, last.EndColumn, "SyntaxError");

    private PythonSyntaxError Error(string message, LocatedNode first, LocatedNode last)
        => ErrorAt(message, first.Lineno, first.ColOffset, last.EndLineno, last.EndColOffset, "SyntaxError");

    /// <summary>
    /// The 0-based column CPython reports for a byte column: in characters when its tokenizer knows
    /// the encoding (str source, BOM or declaration), otherwise the UTF-8 byte column itself.
    /// </summary>
    private int Column(int line, int byteCol) => _charOffsets ? _lines.CharOffset(line, byteCol) : byteCol;

    /// <summary>An error at byte columns, reported in CPython's 1-based offsets.</summary>
    private PythonSyntaxError ErrorAt(string message, int line, int byteCol, int endLine, int endByteCol, string errorType)
    {
        string? text = _lines.LineText(line);
        int offset = Column(line, byteCol) + 1;
        // A negative end is CPython's "no end column" (-1), which it reports as 0.
        int endOffset = endByteCol < 0 ? endByteCol + 1 : Column(endLine, endByteCol) + 1;
        return new PythonSyntaxError(errorType, message, _filename, line, offset, endLine, endOffset, text);
    }
}
