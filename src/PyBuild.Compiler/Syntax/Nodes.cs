// The AST of CPython 3.12 (Parser/Python.asdl): one class per node, fields in ASDL order.
namespace PyBuild.Compiler.Syntax;

/// <summary>The <c>ExceptHandler</c> node: <c>ExceptHandler(expr? type, identifier? name, stmt* body)</c>.</summary>
public sealed class ExceptHandler : ExceptHandlerBase
{
    /// <summary>The <c>type</c> field (<c>expr?</c>).</summary>
    public Expr? Type { get; set; }
    /// <summary>The <c>name</c> field (<c>identifier?</c>).</summary>
    public string? Name { get; set; }
    /// <summary>The <c>body</c> field (<c>stmt*</c>).</summary>
    public List<Stmt> Body { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "ExceptHandler";
}

/// <summary>The <c>Expression</c> node: <c>Expression(expr body)</c>.</summary>
public sealed class Expression : Mod
{
    /// <summary>The <c>body</c> field (<c>expr</c>).</summary>
    public Expr Body { get; set; } = null!;

    /// <inheritdoc/>
    public override string AstName => "Expression";
}

/// <summary>The <c>FunctionType</c> node: <c>FunctionType(expr* argtypes, expr returns)</c>.</summary>
public sealed class FunctionType : Mod
{
    /// <summary>The <c>argtypes</c> field (<c>expr*</c>).</summary>
    public List<Expr> Argtypes { get; set; } = new();
    /// <summary>The <c>returns</c> field (<c>expr</c>).</summary>
    public Expr Returns { get; set; } = null!;

    /// <inheritdoc/>
    public override string AstName => "FunctionType";
}

/// <summary>The <c>Interactive</c> node: <c>Interactive(stmt* body)</c>.</summary>
public sealed class Interactive : Mod
{
    /// <summary>The <c>body</c> field (<c>stmt*</c>).</summary>
    public List<Stmt> Body { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "Interactive";
}

/// <summary>The <c>Module</c> node: <c>Module(stmt* body, type_ignore* type_ignores)</c>.</summary>
public sealed class Module : Mod
{
    /// <summary>The <c>body</c> field (<c>stmt*</c>).</summary>
    public List<Stmt> Body { get; set; } = new();
    /// <summary>The <c>type_ignores</c> field (<c>type_ignore*</c>).</summary>
    public List<TypeIgnoreBase> TypeIgnores { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "Module";
}

/// <summary>The <c>ParamSpec</c> node: <c>ParamSpec(identifier name)</c>.</summary>
public sealed class ParamSpec : TypeParam
{
    /// <summary>The <c>name</c> field (<c>identifier</c>).</summary>
    public string Name { get; set; } = null!;

    /// <inheritdoc/>
    public override string AstName => "ParamSpec";
}

/// <summary>The <c>TypeVar</c> node: <c>TypeVar(identifier name, expr? bound)</c>.</summary>
public sealed class TypeVar : TypeParam
{
    /// <summary>The <c>name</c> field (<c>identifier</c>).</summary>
    public string Name { get; set; } = null!;
    /// <summary>The <c>bound</c> field (<c>expr?</c>).</summary>
    public Expr? Bound { get; set; }

    /// <inheritdoc/>
    public override string AstName => "TypeVar";
}

/// <summary>The <c>TypeVarTuple</c> node: <c>TypeVarTuple(identifier name)</c>.</summary>
public sealed class TypeVarTuple : TypeParam
{
    /// <summary>The <c>name</c> field (<c>identifier</c>).</summary>
    public string Name { get; set; } = null!;

    /// <inheritdoc/>
    public override string AstName => "TypeVarTuple";
}

/// <summary>The <c>TypeIgnore</c> node: <c>TypeIgnore(int lineno, string tag)</c>.</summary>
public sealed class TypeIgnore : TypeIgnoreBase
{
    /// <summary>The <c>lineno</c> field (<c>int</c>).</summary>
    public int Lineno { get; set; }
    /// <summary>The <c>tag</c> field (<c>string</c>).</summary>
    public string Tag { get; set; } = null!;

    /// <inheritdoc/>
    public override string AstName => "TypeIgnore";
}

/// <summary>The <c>alias</c> node: <c>alias(identifier name, identifier? asname)</c>.</summary>
public sealed class Alias : LocatedNode
{
    /// <summary>The <c>name</c> field (<c>identifier</c>).</summary>
    public string Name { get; set; } = null!;
    /// <summary>The <c>asname</c> field (<c>identifier?</c>).</summary>
    public string? Asname { get; set; }

    /// <inheritdoc/>
    public override string AstName => "alias";
}

/// <summary>The <c>arg</c> node: <c>arg(identifier arg, expr? annotation, string? type_comment)</c>.</summary>
public sealed class Arg : LocatedNode
{
    /// <summary>The <c>arg</c> field (<c>identifier</c>): the parameter name.</summary>
    public string Name { get; set; } = null!;
    /// <summary>The <c>annotation</c> field (<c>expr?</c>).</summary>
    public Expr? Annotation { get; set; }
    /// <summary>The <c>type_comment</c> field (<c>string?</c>).</summary>
    public string? TypeComment { get; set; }

    /// <inheritdoc/>
    public override string AstName => "arg";
}

/// <summary>The <c>arguments</c> node: <c>arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)</c>.</summary>
public sealed class Arguments : Node
{
    /// <summary>The <c>posonlyargs</c> field (<c>arg*</c>).</summary>
    public List<Arg> Posonlyargs { get; set; } = new();
    /// <summary>The <c>args</c> field (<c>arg*</c>).</summary>
    public List<Arg> Args { get; set; } = new();
    /// <summary>The <c>vararg</c> field (<c>arg?</c>).</summary>
    public Arg? Vararg { get; set; }
    /// <summary>The <c>kwonlyargs</c> field (<c>arg*</c>).</summary>
    public List<Arg> Kwonlyargs { get; set; } = new();
    /// <summary>The <c>kw_defaults</c> field (<c>expr*</c>).</summary>
    public List<Expr?> KwDefaults { get; set; } = new();
    /// <summary>The <c>kwarg</c> field (<c>arg?</c>).</summary>
    public Arg? Kwarg { get; set; }
    /// <summary>The <c>defaults</c> field (<c>expr*</c>).</summary>
    public List<Expr> Defaults { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "arguments";
}

/// <summary>The <c>comprehension</c> node: <c>comprehension(expr target, expr iter, expr* ifs, int is_async)</c>.</summary>
public sealed class Comprehension : Node
{
    /// <summary>The <c>target</c> field (<c>expr</c>).</summary>
    public Expr Target { get; set; } = null!;
    /// <summary>The <c>iter</c> field (<c>expr</c>).</summary>
    public Expr Iter { get; set; } = null!;
    /// <summary>The <c>ifs</c> field (<c>expr*</c>).</summary>
    public List<Expr> Ifs { get; set; } = new();
    /// <summary>The <c>is_async</c> field (<c>int</c>).</summary>
    public int IsAsync { get; set; }

    /// <inheritdoc/>
    public override string AstName => "comprehension";
}

/// <summary>The <c>keyword</c> node: <c>keyword(identifier? arg, expr value)</c>.</summary>
public sealed class Keyword : LocatedNode
{
    /// <summary>The <c>arg</c> field (<c>identifier?</c>).</summary>
    public string? Arg { get; set; }
    /// <summary>The <c>value</c> field (<c>expr</c>).</summary>
    public Expr Value { get; set; } = null!;

    /// <inheritdoc/>
    public override string AstName => "keyword";
}

/// <summary>The <c>match_case</c> node: <c>match_case(pattern pattern, expr? guard, stmt* body)</c>.</summary>
public sealed class MatchCase : Node
{
    /// <summary>The <c>pattern</c> field (<c>pattern</c>).</summary>
    public Pattern Pattern { get; set; } = null!;
    /// <summary>The <c>guard</c> field (<c>expr?</c>).</summary>
    public Expr? Guard { get; set; }
    /// <summary>The <c>body</c> field (<c>stmt*</c>).</summary>
    public List<Stmt> Body { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "match_case";
}

/// <summary>The <c>withitem</c> node: <c>withitem(expr context_expr, expr? optional_vars)</c>.</summary>
public sealed class WithItem : Node
{
    /// <summary>The <c>context_expr</c> field (<c>expr</c>).</summary>
    public Expr ContextExpr { get; set; } = null!;
    /// <summary>The <c>optional_vars</c> field (<c>expr?</c>).</summary>
    public Expr? OptionalVars { get; set; }

    /// <inheritdoc/>
    public override string AstName => "withitem";
}

