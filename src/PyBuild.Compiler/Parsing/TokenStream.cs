using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.Lexing;
using PyBuild.Compiler.Syntax;

namespace PyBuild.Compiler.Parsing;

/// <summary>
/// The tokens the grammar sees, fetched lazily so that a tokenizer error surfaces only when the
/// parser reaches it, as in CPython. COMMENT, NL and ENCODING tokens are dropped; TYPE_IGNORE
/// tokens become <c>TypeIgnore</c> nodes, as CPython's token fill does.
/// </summary>
internal sealed class TokenStream
{
    // The token buffers of the last parse on this thread, kept for the next one: growing them anew
    // for every file was a quarter of all the bytes a compile allocated. Very large ones are dropped.
    [ThreadStatic] private static List<Token>? s_spareTokens;
    [ThreadStatic] private static List<int>? s_spareLevels;
    private const int MaxSpareCapacity = 1 << 18;

    private readonly Func<Token> _next;
    private readonly List<Token> _tokens;
    private readonly List<int> _levels;
    private bool _ended;
    private int _level;

    public TokenStream(Func<Token> next)
    {
        _next = next;
        _tokens = s_spareTokens ?? new List<Token>(1024);
        _levels = s_spareLevels ?? new List<int>(1024);
        s_spareTokens = null;
        s_spareLevels = null;
    }

    /// <summary>Hands the buffers back for the next parse on this thread; the stream is not used after.</summary>
    public void Release()
    {
        if (_tokens.Capacity > MaxSpareCapacity) return;
        _tokens.Clear();
        _levels.Clear();
        s_spareTokens = _tokens;
        s_spareLevels = _levels;
    }

    /// <summary>The <c># type: ignore</c> comments seen so far.</summary>
    public List<TypeIgnoreBase> TypeIgnores { get; } = new();

    public Token this[int index]
    {
        get
        {
            while (index >= _tokens.Count)
            {
                if (_ended) return _tokens[^1];
                Fetch();
            }
            return _tokens[index];
        }
    }

    /// <summary>The error the tokenizer threw, if it did (it then ends the stream).</summary>
    public PythonSyntaxError? TokenizerError { get; private set; }

    /// <summary>The line of the last token fetched so far.</summary>
    public int LastFetchedLine => _tokens.Count > 0 ? _tokens[^1].StartLine : 1;

    private void Fetch()
    {
        Token t;
        try
        {
            t = _next();
        }
        catch (PythonSyntaxError e)
        {
            TokenizerError = e;
            throw;
        }
        switch (t.Kind)
        {
            case TokenKind.ENCODING:
            case TokenKind.NL:
            case TokenKind.COMMENT:
                return;
            case TokenKind.TYPE_IGNORE:
                TypeIgnores.Add(new TypeIgnore { Lineno = t.StartLine, Tag = t.Text });
                return;
            case TokenKind.ENDMARKER:
                _ended = true;
                break;
            case TokenKind.LPAR: case TokenKind.LSQB: case TokenKind.LBRACE:
                _level++;
                break;
            case TokenKind.RPAR: case TokenKind.RSQB: case TokenKind.RBRACE:
                if (_level > 0) _level--;
                break;
        }
        _tokens.Add(t);
        _levels.Add(_level);
    }

    /// <summary>The bracket nesting level just after the token at <paramref name="index"/> (CPython's <c>tok-&gt;level</c>).</summary>
    public int LevelAt(int index)
    {
        _ = this[index]; // fetch up to the token first
        return _levels[Math.Min(index, _levels.Count - 1)];
    }

    /// <summary>
    /// Tokenizes the rest of the source, as CPython does before reporting a generic syntax error,
    /// and returns the tokenizer's error if there is one.
    /// </summary>
    public PythonSyntaxError? FirstError()
    {
        try
        {
            while (!_ended) Fetch();
            return null;
        }
        catch (PythonSyntaxError e)
        {
            _ended = true;
            if (_tokens.Count == 0) _tokens.Add(new Token(TokenKind.ENDMARKER, "", 1, 0, 1, 0));
            return e;
        }
    }
}
