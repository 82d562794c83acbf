// The AST of CPython 3.12 (Parser/Python.asdl): one class per node, fields in ASDL order.
namespace PyBuild.Compiler.Syntax;

/// <summary>The <c>AnnAssign</c> node: <c>AnnAssign(expr target, expr annotation, expr? value, int simple)</c>.</summary>
public sealed class AnnAssign : Stmt
{
    /// <summary>The <c>target</c> field (<c>expr</c>).</summary>
    public Expr Target { get; set; } = null!;
    /// <summary>The <c>annotation</c> field (<c>expr</c>).</summary>
    public Expr Annotation { get; set; } = null!;
    /// <summary>The <c>value</c> field (<c>expr?</c>).</summary>
    public Expr? Value { get; set; }
    /// <summary>The <c>simple</c> field (<c>int</c>).</summary>
    public int Simple { get; set; }

    /// <inheritdoc/>
    public override string AstName => "AnnAssign";
}

/// <summary>The <c>Assert</c> node: <c>Assert(expr test, expr? msg)</c>.</summary>
public sealed class Assert : Stmt
{
    /// <summary>The <c>test</c> field (<c>expr</c>).</summary>
    public Expr Test { get; set; } = null!;
    /// <summary>The <c>msg</c> field (<c>expr?</c>).</summary>
    public Expr? Msg { get; set; }

    /// <inheritdoc/>
    public override string AstName => "Assert";
}

/// <summary>The <c>Assign</c> node: <c>Assign(expr* targets, expr value, string? type_comment)</c>.</summary>
public sealed class Assign : Stmt
{
    /// <summary>The <c>targets</c> field (<c>expr*</c>).</summary>
    public List<Expr> Targets { get; set; } = new();
    /// <summary>The <c>value</c> field (<c>expr</c>).</summary>
    public Expr Value { get; set; } = null!;
    /// <summary>The <c>type_comment</c> field (<c>string?</c>).</summary>
    public string? TypeComment { get; set; }

    /// <inheritdoc/>
    public override string AstName => "Assign";
}

/// <summary>The <c>AsyncFor</c> node: <c>AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)</c>.</summary>
public sealed class AsyncFor : Stmt
{
    /// <summary>The <c>target</c> field (<c>expr</c>).</summary>
    public Expr Target { get; set; } = null!;
    /// <summary>The <c>iter</c> field (<c>expr</c>).</summary>
    public Expr Iter { get; set; } = null!;
    /// <summary>The <c>body</c> field (<c>stmt*</c>).</summary>
    public List<Stmt> Body { get; set; } = new();
    /// <summary>The <c>orelse</c> field (<c>stmt*</c>).</summary>
    public List<Stmt> Orelse { get; set; } = new();
    /// <summary>The <c>type_comment</c> field (<c>string?</c>).</summary>
    public string? TypeComment { get; set; }

    /// <inheritdoc/>
    public override string AstName => "AsyncFor";
}

/// <summary>The <c>AsyncFunctionDef</c> node: <c>AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment, type_param* type_params)</c>.</summary>
public sealed class AsyncFunctionDef : Stmt
{
    /// <summary>The <c>name</c> field (<c>identifier</c>).</summary>
    public string Name { get; set; } = null!;
    /// <summary>The <c>args</c> field (<c>arguments</c>).</summary>
    public Arguments Args { get; set; } = null!;
    /// <summary>The <c>body</c> field (<c>stmt*</c>).</summary>
    public List<Stmt> Body { get; set; } = new();
    /// <summary>The <c>decorator_list</c> field (<c>expr*</c>).</summary>
    public List<Expr> DecoratorList { get; set; } = new();
    /// <summary>The <c>returns</c> field (<c>expr?</c>).</summary>
    public Expr? Returns { get; set; }
    /// <summary>The <c>type_comment</c> field (<c>string?</c>).</summary>
    public string? TypeComment { get; set; }
    /// <summary>The <c>type_params</c> field (<c>type_param*</c>).</summary>
    public List<TypeParam> TypeParams { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "AsyncFunctionDef";
}

/// <summary>The <c>AsyncWith</c> node: <c>AsyncWith(withitem* items, stmt* body, string? type_comment)</c>.</summary>
public sealed class AsyncWith : Stmt
{
    /// <summary>The <c>items</c> field (<c>withitem*</c>).</summary>
    public List<WithItem> Items { get; set; } = new();
    /// <summary>The <c>body</c> field (<c>stmt*</c>).</summary>
    public List<Stmt> Body { get; set; } = new();
    /// <summary>The <c>type_comment</c> field (<c>string?</c>).</summary>
    public string? TypeComment { get; set; }

    /// <inheritdoc/>
    public override string AstName => "AsyncWith";
}

/// <summary>The <c>AugAssign</c> node: <c>AugAssign(expr target, operator op, expr value)</c>.</summary>
public sealed class AugAssign : Stmt
{
    /// <summary>The <c>target</c> field (<c>expr</c>).</summary>
    public Expr Target { get; set; } = null!;
    /// <summary>The <c>op</c> field (<c>operator</c>).</summary>
    public Operator Op { get; set; }
    /// <summary>The <c>value</c> field (<c>expr</c>).</summary>
    public Expr Value { get; set; } = null!;

    /// <inheritdoc/>
    public override string AstName => "AugAssign";
}

/// <summary>The <c>Break</c> node: <c>Break()</c>.</summary>
public sealed class Break : Stmt
{

    /// <inheritdoc/>
    public override string AstName => "Break";
}

/// <summary>The <c>ClassDef</c> node: <c>ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list, type_param* type_params)</c>.</summary>
public sealed class ClassDef : Stmt
{
    /// <summary>The <c>name</c> field (<c>identifier</c>).</summary>
    public string Name { get; set; } = null!;
    /// <summary>The <c>bases</c> field (<c>expr*</c>).</summary>
    public List<Expr> Bases { get; set; } = new();
    /// <summary>The <c>keywords</c> field (<c>keyword*</c>).</summary>
    public List<Keyword> Keywords { get; set; } = new();
    /// <summary>The <c>body</c> field (<c>stmt*</c>).</summary>
    public List<Stmt> Body { get; set; } = new();
    /// <summary>The <c>decorator_list</c> field (<c>expr*</c>).</summary>
    public List<Expr> DecoratorList { get; set; } = new();
    /// <summary>The <c>type_params</c> field (<c>type_param*</c>).</summary>
    public List<TypeParam> TypeParams { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "ClassDef";
}

/// <summary>The <c>Continue</c> node: <c>Continue()</c>.</summary>
public sealed class Continue : Stmt
{

    /// <inheritdoc/>
    public override string AstName => "Continue";
}

/// <summary>The <c>Delete</c> node: <c>Delete(expr* targets)</c>.</summary>
public sealed class Delete : Stmt
{
    /// <summary>The <c>targets</c> field (<c>expr*</c>).</summary>
    public List<Expr> Targets { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "Delete";
}

/// <summary>The <c>Expr</c> node: <c>Expr(expr value)</c>.</summary>
public sealed class ExprStmt : Stmt
{
    /// <summary>The <c>value</c> field (<c>expr</c>).</summary>
    public Expr Value { get; set; } = null!;

    /// <inheritdoc/>
    public override string AstName => "Expr";
}

/// <summary>The <c>For</c> node: <c>For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)</c>.</summary>
public sealed class For : Stmt
{
    /// <summary>The <c>target</c> field (<c>expr</c>).</summary>
    public Expr Target { get; set; } = null!;
    /// <summary>The <c>iter</c> field (<c>expr</c>).</summary>
    public Expr Iter { get; set; } = null!;
    /// <summary>The <c>body</c> field (<c>stmt*</c>).</summary>
    public List<Stmt> Body { get; set; } = new();
    /// <summary>The <c>orelse</c> field (<c>stmt*</c>).</summary>
    public List<Stmt> Orelse { get; set; } = new();
    /// <summary>The <c>type_comment</c> field (<c>string?</c>).</summary>
    public string? TypeComment { get; set; }

    /// <inheritdoc/>
    public override string AstName => "For";
}

/// <summary>The <c>FunctionDef</c> node: <c>FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment, type_param* type_params)</c>.</summary>
public sealed class FunctionDef : Stmt
{
    /// <summary>The <c>name</c> field (<c>identifier</c>).</summary>
    public string Name { get; set; } = null!;
    /// <summary>The <c>args</c> field (<c>arguments</c>).</summary>
    public Arguments Args { get; set; } = null!;
    /// <summary>The <c>body</c> field (<c>stmt*</c>).</summary>
    public List<Stmt> Body { get; set; } = new();
    /// <summary>The <c>decorator_list</c> field (<c>expr*</c>).</summary>
    public List<Expr> DecoratorList { get; set; } = new();
    /// <summary>The <c>returns</c> field (<c>expr?</c>).</summary>
    public Expr? Returns { get; set; }
    /// <summary>The <c>type_comment</c> field (<c>string?</c>).</summary>
    public string? TypeComment { get; set; }
    /// <summary>The <c>type_params</c> field (<c>type_param*</c>).</summary>
    public List<TypeParam> TypeParams { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "FunctionDef";
}

/// <summary>The <c>Global</c> node: <c>Global(identifier* names)</c>.</summary>
public sealed class Global : Stmt
{
    /// <summary>The <c>names</c> field (<c>identifier*</c>).</summary>
    public List<string> Names { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "Global";
}

/// <summary>The <c>If</c> node: <c>If(expr test, stmt* body, stmt* orelse)</c>.</summary>
public sealed class If : Stmt
{
    /// <summary>The <c>test</c> field (<c>expr</c>).</summary>
    public Expr Test { get; set; } = null!;
    /// <summary>The <c>body</c> field (<c>stmt*</c>).</summary>
    public List<Stmt> Body { get; set; } = new();
    /// <summary>The <c>orelse</c> field (<c>stmt*</c>).</summary>
    public List<Stmt> Orelse { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "If";
}

/// <summary>The <c>Import</c> node: <c>Import(alias* names)</c>.</summary>
public sealed class Import : Stmt
{
    /// <summary>The <c>names</c> field (<c>alias*</c>).</summary>
    public List<Alias> Names { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "Import";
}

/// <summary>The <c>ImportFrom</c> node: <c>ImportFrom(identifier? module, alias* names, int? level)</c>.</summary>
public sealed class ImportFrom : Stmt
{
    /// <summary>The <c>module</c> field (<c>identifier?</c>).</summary>
    public string? Module { get; set; }
    /// <summary>The <c>names</c> field (<c>alias*</c>).</summary>
    public List<Alias> Names { get; set; } = new();
    /// <summary>The <c>level</c> field (<c>int?</c>).</summary>
    public int? Level { get; set; }

    /// <inheritdoc/>
    public override string AstName => "ImportFrom";
}

/// <summary>The <c>Match</c> node: <c>Match(expr subject, match_case* cases)</c>.</summary>
public sealed class Match : Stmt
{
    /// <summary>The <c>subject</c> field (<c>expr</c>).</summary>
    public Expr Subject { get; set; } = null!;
    /// <summary>The <c>cases</c> field (<c>match_case*</c>).</summary>
    public List<MatchCase> Cases { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "Match";
}

/// <summary>The <c>Nonlocal</c> node: <c>Nonlocal(identifier* names)</c>.</summary>
public sealed class Nonlocal : Stmt
{
    /// <summary>The <c>names</c> field (<c>identifier*</c>).</summary>
    public List<string> Names { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "Nonlocal";
}

/// <summary>The <c>Pass</c> node: <c>Pass()</c>.</summary>
public sealed class Pass : Stmt
{

    /// <inheritdoc/>
    public override string AstName => "Pass";
}

/// <summary>The <c>Raise</c> node: <c>Raise(expr? exc, expr? cause)</c>.</summary>
public sealed class Raise : Stmt
{
    /// <summary>The <c>exc</c> field (<c>expr?</c>).</summary>
    public Expr? Exc { get; set; }
    /// <summary>The <c>cause</c> field (<c>expr?</c>).</summary>
    public Expr? Cause { get; set; }

    /// <inheritdoc/>
    public override string AstName => "Raise";
}

/// <summary>The <c>Return</c> node: <c>Return(expr? value)</c>.</summary>
public sealed class Return : Stmt
{
    /// <summary>The <c>value</c> field (<c>expr?</c>).</summary>
    public Expr? Value { get; set; }

    /// <inheritdoc/>
    public override string AstName => "Return";
}

/// <summary>The <c>Try</c> node: <c>Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)</c>.</summary>
public sealed class Try : Stmt
{
    /// <summary>The <c>body</c> field (<c>stmt*</c>).</summary>
    public List<Stmt> Body { get; set; } = new();
    /// <summary>The <c>handlers</c> field (<c>excepthandler*</c>).</summary>
    public List<ExceptHandlerBase> Handlers { get; set; } = new();
    /// <summary>The <c>orelse</c> field (<c>stmt*</c>).</summary>
    public List<Stmt> Orelse { get; set; } = new();
    /// <summary>The <c>finalbody</c> field (<c>stmt*</c>).</summary>
    public List<Stmt> Finalbody { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "Try";
}

/// <summary>The <c>TryStar</c> node: <c>TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)</c>.</summary>
public sealed class TryStar : Stmt
{
    /// <summary>The <c>body</c> field (<c>stmt*</c>).</summary>
    public List<Stmt> Body { get; set; } = new();
    /// <summary>The <c>handlers</c> field (<c>excepthandler*</c>).</summary>
    public List<ExceptHandlerBase> Handlers { get; set; } = new();
    /// <summary>The <c>orelse</c> field (<c>stmt*</c>).</summary>
    public List<Stmt> Orelse { get; set; } = new();
    /// <summary>The <c>finalbody</c> field (<c>stmt*</c>).</summary>
    public List<Stmt> Finalbody { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "TryStar";
}

/// <summary>The <c>TypeAlias</c> node: <c>TypeAlias(expr name, type_param* type_params, expr value)</c>.</summary>
public sealed class TypeAlias : Stmt
{
    /// <summary>The <c>name</c> field (<c>expr</c>).</summary>
    public Expr Name { get; set; } = null!;
    /// <summary>The <c>type_params</c> field (<c>type_param*</c>).</summary>
    public List<TypeParam> TypeParams { get; set; } = new();
    /// <summary>The <c>value</c> field (<c>expr</c>).</summary>
    public Expr Value { get; set; } = null!;

    /// <inheritdoc/>
    public override string AstName => "TypeAlias";
}

/// <summary>The <c>While</c> node: <c>While(expr test, stmt* body, stmt* orelse)</c>.</summary>
public sealed class While : Stmt
{
    /// <summary>The <c>test</c> field (<c>expr</c>).</summary>
    public Expr Test { get; set; } = null!;
    /// <summary>The <c>body</c> field (<c>stmt*</c>).</summary>
    public List<Stmt> Body { get; set; } = new();
    /// <summary>The <c>orelse</c> field (<c>stmt*</c>).</summary>
    public List<Stmt> Orelse { get; set; } = new();

    /// <inheritdoc/>
    public override string AstName => "While";
}

/// <summary>The <c>With</c> node: <c>With(withitem* items, stmt* body, string? type_comment)</c>.</summary>
public sealed class With : Stmt
{
    /// <summary>The <c>items</c> field (<c>withitem*</c>).</summary>
    public List<WithItem> Items { get; set; } = new();
    /// <summary>The <c>body</c> field (<c>stmt*</c>).</summary>
    public List<Stmt> Body { get; set; } = new();
    /// <summary>The <c>type_comment</c> field (<c>string?</c>).</summary>
    public string? TypeComment { get; set; }

    /// <inheritdoc/>
    public override string AstName => "With";
}

