// The AST of CPython 3.12 (Parser/Python.asdl): one class per node, fields in ASDL order.
namespace PyBuild.Compiler.Syntax;

/// <summary>The <c>MatchAs</c> node: <c>MatchAs(pattern? pattern, identifier? name)</c>.</summary>
public sealed class MatchAs : Pattern
{
    /// <summary>The <c>pattern</c> field (<c>pattern?</c>).</summary>
    public Pattern? Pattern { get; set; }
    /// <summary>The <c>name</c> field (<c>identifier?</c>).</summary>
    public string? Name { get; set; }

    /// <inheritdoc/>
    public override string AstName => "MatchAs";
}

/// <summary>The <c>MatchClass</c> node: <c>MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)</c>.</summary>
public sealed class MatchClass : Pattern
{
    /// <summary>The <c>cls</c> field (<c>expr</c>).</summary>
    public Expr Cls { get; set; } = null!;
    /// <summary>The <c>patterns</c> field (<c>pattern*</c>).</summary>
    public List<Pattern> Patterns { get; set; } = new();
    /// <summary>The <c>kwd_attrs</c> field (<c>identifier*</c>).</summary>
    public List<string> KwdAttrs { get; set; } = new();
    /// <summary>The <c>kwd_patterns</c> field (<c>pattern*</c>).</summary>
    public List<Pattern> KwdPatterns { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "MatchClass";
}

/// <summary>The <c>MatchMapping</c> node: <c>MatchMapping(expr* keys, pattern* patterns, identifier? rest)</c>.</summary>
public sealed class MatchMapping : Pattern
{
    /// <summary>The <c>keys</c> field (<c>expr*</c>).</summary>
    public List<Expr> Keys { get; set; } = new();
    /// <summary>The <c>patterns</c> field (<c>pattern*</c>).</summary>
    public List<Pattern> Patterns { get; set; } = new();
    /// <summary>The <c>rest</c> field (<c>identifier?</c>).</summary>
    public string? Rest { get; set; }

    /// <inheritdoc/>
    public override string AstName => "MatchMapping";
}

/// <summary>The <c>MatchOr</c> node: <c>MatchOr(pattern* patterns)</c>.</summary>
public sealed class MatchOr : Pattern
{
    /// <summary>The <c>patterns</c> field (<c>pattern*</c>).</summary>
    public List<Pattern> Patterns { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "MatchOr";
}

/// <summary>The <c>MatchSequence</c> node: <c>MatchSequence(pattern* patterns)</c>.</summary>
public sealed class MatchSequence : Pattern
{
    /// <summary>The <c>patterns</c> field (<c>pattern*</c>).</summary>
    public List<Pattern> Patterns { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "MatchSequence";
}

/// <summary>The <c>MatchSingleton</c> node: <c>MatchSingleton(constant value)</c>.</summary>
public sealed class MatchSingleton : Pattern
{
    /// <summary>The <c>value</c> field (<c>constant</c>).</summary>
    public object? Value { get; set; }

    /// <inheritdoc/>
    public override string AstName => "MatchSingleton";
}

/// <summary>The <c>MatchStar</c> node: <c>MatchStar(identifier? name)</c>.</summary>
public sealed class MatchStar : Pattern
{
    /// <summary>The <c>name</c> field (<c>identifier?</c>).</summary>
    public string? Name { get; set; }

    /// <inheritdoc/>
    public override string AstName => "MatchStar";
}

/// <summary>The <c>MatchValue</c> node: <c>MatchValue(expr value)</c>.</summary>
public sealed class MatchValue : Pattern
{
    /// <summary>The <c>value</c> field (<c>expr</c>).</summary>
    public Expr Value { get; set; } = null!;

    /// <inheritdoc/>
    public override string AstName => "MatchValue";
}

