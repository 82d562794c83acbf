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
    private readonly Func<Token> _next;
    private readonly List<Token> _tokens = new();
    private bool _ended;

    public TokenStream(Func<Token> next) => _next = next;

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

    private void Fetch()
    {
        Token t = _next();
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
        }
        _tokens.Add(t);
    }
}
