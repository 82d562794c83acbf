// The AST of CPython 3.12 (Parser/Python.asdl): one class per node, fields in ASDL order.
namespace PyBuild.Compiler.Syntax;

/// <summary>The <c>Attribute</c> node: <c>Attribute(expr value, identifier attr, expr_context ctx)</c>.</summary>
public sealed class AttributeExpr : Expr
{
    /// <summary>The <c>value</c> field (<c>expr</c>).</summary>
    public Expr Value { get; set; } = null!;
    /// <summary>The <c>attr</c> field (<c>identifier</c>).</summary>
    public string Attr { get; set; } = null!;
    /// <summary>The <c>ctx</c> field (<c>expr_context</c>).</summary>
    public ExprContext Ctx { get; set; }

    /// <inheritdoc/>
    public override string AstName => "Attribute";
}

/// <summary>The <c>Await</c> node: <c>Await(expr value)</c>.</summary>
public sealed class Await : Expr
{
    /// <summary>The <c>value</c> field (<c>expr</c>).</summary>
    public Expr Value { get; set; } = null!;

    /// <inheritdoc/>
    public override string AstName => "Await";
}

/// <summary>The <c>BinOp</c> node: <c>BinOp(expr left, operator op, expr right)</c>.</summary>
public sealed class BinOp : Expr
{
    /// <summary>The <c>left</c> field (<c>expr</c>).</summary>
    public Expr Left { get; set; } = null!;
    /// <summary>The <c>op</c> field (<c>operator</c>).</summary>
    public Operator Op { get; set; }
    /// <summary>The <c>right</c> field (<c>expr</c>).</summary>
    public Expr Right { get; set; } = null!;

    /// <inheritdoc/>
    public override string AstName => "BinOp";
}

/// <summary>The <c>BoolOp</c> node: <c>BoolOp(boolop op, expr* values)</c>.</summary>
public sealed class BoolOp : Expr
{
    /// <summary>The <c>op</c> field (<c>boolop</c>).</summary>
    public BoolOperator Op { get; set; }
    /// <summary>The <c>values</c> field (<c>expr*</c>).</summary>
    public List<Expr> Values { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "BoolOp";
}

/// <summary>The <c>Call</c> node: <c>Call(expr func, expr* args, keyword* keywords)</c>.</summary>
public sealed class Call : Expr
{
    /// <summary>The <c>func</c> field (<c>expr</c>).</summary>
    public Expr Func { get; set; } = null!;
    /// <summary>The <c>args</c> field (<c>expr*</c>).</summary>
    public List<Expr> Args { get; set; } = new();
    /// <summary>The <c>keywords</c> field (<c>keyword*</c>).</summary>
    public List<Keyword> Keywords { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "Call";
}

/// <summary>The <c>Compare</c> node: <c>Compare(expr left, cmpop* ops, expr* comparators)</c>.</summary>
public sealed class Compare : Expr
{
    /// <summary>The <c>left</c> field (<c>expr</c>).</summary>
    public Expr Left { get; set; } = null!;
    /// <summary>The <c>ops</c> field (<c>cmpop*</c>).</summary>
    public List<CompareOperator> Ops { get; set; } = new();
    /// <summary>The <c>comparators</c> field (<c>expr*</c>).</summary>
    public List<Expr> Comparators { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "Compare";
}

/// <summary>The <c>Constant</c> node: <c>Constant(constant value, string? kind)</c>.</summary>
public sealed class Constant : Expr
{
    /// <summary>The <c>value</c> field (<c>constant</c>).</summary>
    public object? Value { get; set; }
    /// <summary>The <c>kind</c> field (<c>string?</c>).</summary>
    public string? Kind { get; set; }

    /// <inheritdoc/>
    public override string AstName => "Constant";
}

/// <summary>The <c>Dict</c> node: <c>Dict(expr* keys, expr* values)</c>.</summary>
public sealed class DictExpr : Expr
{
    /// <summary>The <c>keys</c> field (<c>expr*</c>).</summary>
    public List<Expr?> Keys { get; set; } = new();
    /// <summary>The <c>values</c> field (<c>expr*</c>).</summary>
    public List<Expr> Values { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "Dict";
}

/// <summary>The <c>DictComp</c> node: <c>DictComp(expr key, expr value, comprehension* generators)</c>.</summary>
public sealed class DictComp : Expr
{
    /// <summary>The <c>key</c> field (<c>expr</c>).</summary>
    public Expr Key { get; set; } = null!;
    /// <summary>The <c>value</c> field (<c>expr</c>).</summary>
    public Expr Value { get; set; } = null!;
    /// <summary>The <c>generators</c> field (<c>comprehension*</c>).</summary>
    public List<Comprehension> Generators { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "DictComp";
}

/// <summary>The <c>FormattedValue</c> node: <c>FormattedValue(expr value, int conversion, expr? format_spec)</c>.</summary>
public sealed class FormattedValue : Expr
{
    /// <summary>The <c>value</c> field (<c>expr</c>).</summary>
    public Expr Value { get; set; } = null!;
    /// <summary>The <c>conversion</c> field (<c>int</c>).</summary>
    public int Conversion { get; set; }
    /// <summary>The <c>format_spec</c> field (<c>expr?</c>).</summary>
    public Expr? FormatSpec { get; set; }

    /// <inheritdoc/>
    public override string AstName => "FormattedValue";
}

/// <summary>The <c>GeneratorExp</c> node: <c>GeneratorExp(expr elt, comprehension* generators)</c>.</summary>
public sealed class GeneratorExp : Expr
{
    /// <summary>The <c>elt</c> field (<c>expr</c>).</summary>
    public Expr Elt { get; set; } = null!;
    /// <summary>The <c>generators</c> field (<c>comprehension*</c>).</summary>
    public List<Comprehension> Generators { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "GeneratorExp";
}

/// <summary>The <c>IfExp</c> node: <c>IfExp(expr test, expr body, expr orelse)</c>.</summary>
public sealed class IfExp : Expr
{
    /// <summary>The <c>test</c> field (<c>expr</c>).</summary>
    public Expr Test { get; set; } = null!;
    /// <summary>The <c>body</c> field (<c>expr</c>).</summary>
    public Expr Body { get; set; } = null!;
    /// <summary>The <c>orelse</c> field (<c>expr</c>).</summary>
    public Expr Orelse { get; set; } = null!;

    /// <inheritdoc/>
    public override string AstName => "IfExp";
}

/// <summary>The <c>JoinedStr</c> node: <c>JoinedStr(expr* values)</c>.</summary>
public sealed class JoinedStr : Expr
{
    /// <summary>The <c>values</c> field (<c>expr*</c>).</summary>
    public List<Expr> Values { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "JoinedStr";
}

/// <summary>The <c>Lambda</c> node: <c>Lambda(arguments args, expr body)</c>.</summary>
public sealed class Lambda : Expr
{
    /// <summary>The <c>args</c> field (<c>arguments</c>).</summary>
    public Arguments Args { get; set; } = null!;
    /// <summary>The <c>body</c> field (<c>expr</c>).</summary>
    public Expr Body { get; set; } = null!;

    /// <inheritdoc/>
    public override string AstName => "Lambda";
}

/// <summary>The <c>List</c> node: <c>List(expr* elts, expr_context ctx)</c>.</summary>
public sealed class ListExpr : Expr
{
    /// <summary>The <c>elts</c> field (<c>expr*</c>).</summary>
    public List<Expr> Elts { get; set; } = new();
    /// <summary>The <c>ctx</c> field (<c>expr_context</c>).</summary>
    public ExprContext Ctx { get; set; }

    /// <inheritdoc/>
    public override string AstName => "List";
}

/// <summary>The <c>ListComp</c> node: <c>ListComp(expr elt, comprehension* generators)</c>.</summary>
public sealed class ListComp : Expr
{
    /// <summary>The <c>elt</c> field (<c>expr</c>).</summary>
    public Expr Elt { get; set; } = null!;
    /// <summary>The <c>generators</c> field (<c>comprehension*</c>).</summary>
    public List<Comprehension> Generators { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "ListComp";
}

/// <summary>The <c>Name</c> node: <c>Name(identifier id, expr_context ctx)</c>.</summary>
public sealed class Name : Expr
{
    /// <summary>The <c>id</c> field (<c>identifier</c>).</summary>
    public string Id { get; set; } = null!;
    /// <summary>The <c>ctx</c> field (<c>expr_context</c>).</summary>
    public ExprContext Ctx { get; set; }

    /// <inheritdoc/>
    public override string AstName => "Name";
}

/// <summary>The <c>NamedExpr</c> node: <c>NamedExpr(expr target, expr value)</c>.</summary>
public sealed class NamedExpr : Expr
{
    /// <summary>The <c>target</c> field (<c>expr</c>).</summary>
    public Expr Target { get; set; } = null!;
    /// <summary>The <c>value</c> field (<c>expr</c>).</summary>
    public Expr Value { get; set; } = null!;

    /// <inheritdoc/>
    public override string AstName => "NamedExpr";
}

/// <summary>The <c>Set</c> node: <c>Set(expr* elts)</c>.</summary>
public sealed class SetExpr : Expr
{
    /// <summary>The <c>elts</c> field (<c>expr*</c>).</summary>
    public List<Expr> Elts { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "Set";
}

/// <summary>The <c>SetComp</c> node: <c>SetComp(expr elt, comprehension* generators)</c>.</summary>
public sealed class SetComp : Expr
{
    /// <summary>The <c>elt</c> field (<c>expr</c>).</summary>
    public Expr Elt { get; set; } = null!;
    /// <summary>The <c>generators</c> field (<c>comprehension*</c>).</summary>
    public List<Comprehension> Generators { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "SetComp";
}

/// <summary>The <c>Slice</c> node: <c>Slice(expr? lower, expr? upper, expr? step)</c>.</summary>
public sealed class Slice : Expr
{
    /// <summary>The <c>lower</c> field (<c>expr?</c>).</summary>
    public Expr? Lower { get; set; }
    /// <summary>The <c>upper</c> field (<c>expr?</c>).</summary>
    public Expr? Upper { get; set; }
    /// <summary>The <c>step</c> field (<c>expr?</c>).</summary>
    public Expr? Step { get; set; }

    /// <inheritdoc/>
    public override string AstName => "Slice";
}

/// <summary>The <c>Starred</c> node: <c>Starred(expr value, expr_context ctx)</c>.</summary>
public sealed class Starred : Expr
{
    /// <summary>The <c>value</c> field (<c>expr</c>).</summary>
    public Expr Value { get; set; } = null!;
    /// <summary>The <c>ctx</c> field (<c>expr_context</c>).</summary>
    public ExprContext Ctx { get; set; }

    /// <inheritdoc/>
    public override string AstName => "Starred";
}

/// <summary>The <c>Subscript</c> node: <c>Subscript(expr value, expr slice, expr_context ctx)</c>.</summary>
public sealed class Subscript : Expr
{
    /// <summary>The <c>value</c> field (<c>expr</c>).</summary>
    public Expr Value { get; set; } = null!;
    /// <summary>The <c>slice</c> field (<c>expr</c>).</summary>
    public Expr Slice { get; set; } = null!;
    /// <summary>The <c>ctx</c> field (<c>expr_context</c>).</summary>
    public ExprContext Ctx { get; set; }

    /// <inheritdoc/>
    public override string AstName => "Subscript";
}

/// <summary>The <c>Tuple</c> node: <c>Tuple(expr* elts, expr_context ctx)</c>.</summary>
public sealed class TupleExpr : Expr
{
    /// <summary>The <c>elts</c> field (<c>expr*</c>).</summary>
    public List<Expr> Elts { get; set; } = new();
    /// <summary>The <c>ctx</c> field (<c>expr_context</c>).</summary>
    public ExprContext Ctx { get; set; }

    /// <inheritdoc/>
    public override string AstName => "Tuple";
}

/// <summary>The <c>UnaryOp</c> node: <c>UnaryOp(unaryop op, expr operand)</c>.</summary>
public sealed class UnaryOp : Expr
{
    /// <summary>The <c>op</c> field (<c>unaryop</c>).</summary>
    public UnaryOperator Op { get; set; }
    /// <summary>The <c>operand</c> field (<c>expr</c>).</summary>
    public Expr Operand { get; set; } = null!;

    /// <inheritdoc/>
    public override string AstName => "UnaryOp";
}

/// <summary>The <c>Yield</c> node: <c>Yield(expr? value)</c>.</summary>
public sealed class Yield : Expr
{
    /// <summary>The <c>value</c> field (<c>expr?</c>).</summary>
    public Expr? Value { get; set; }

    /// <inheritdoc/>
    public override string AstName => "Yield";
}

/// <summary>The <c>YieldFrom</c> node: <c>YieldFrom(expr value)</c>.</summary>
public sealed class YieldFrom : Expr
{
    /// <summary>The <c>value</c> field (<c>expr</c>).</summary>
    public Expr Value { get; set; } = null!;

    /// <inheritdoc/>
    public override string AstName => "YieldFrom";
}

