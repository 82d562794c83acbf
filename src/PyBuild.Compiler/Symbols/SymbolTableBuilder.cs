using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.Syntax;

namespace PyBuild.Compiler.Symbols;

/// <summary>
/// Walks the AST once to record every binding and use per scope, then resolves each name to
/// local, global, free or cell, as CPython's symtable.c does in its two passes.
/// </summary>
internal sealed class SymbolTableBuilder
{
    private readonly string _filename;
    private readonly bool _futureAnnotations;
    private Scope _current = null!;
    /// <summary>The class whose name private names are mangled with (CPython's <c>st_private</c>).</summary>
    private string? _private;
    private SymbolTable _table = null!;

    private SymbolTableBuilder(string filename, bool futureAnnotations)
    {
        _filename = filename;
        _futureAnnotations = futureAnnotations;
    }

    public static SymbolTable Build(Mod module, string filename, bool futureAnnotations)
    {
        var builder = new SymbolTableBuilder(filename, futureAnnotations);
        var top = new Scope("top", ScopeKind.Module, module, 0, null);
        builder._table = new SymbolTable(top);
        builder._table.Register(top);
        builder._current = top;
        switch (module)
        {
            case Module m: builder.VisitBody(m.Body); break;
            case Interactive i: builder.VisitBody(i.Body); break;
            case Expression e: builder.VisitExpr(e.Body); break;
            default: throw new NotSupportedException($"not supported yet: symbol table for {module.AstName}");
        }
        ScopeAnalyzer.Analyze(top, filename);
        return builder._table;
    }

    private Scope Enter(string name, ScopeKind kind, Node node, int lineno)
    {
        var scope = new Scope(name, kind, node, lineno, _current)
        {
            IsNested = _current.IsNested || _current.IsFunctionLike,
        };
        // Under `from __future__ import annotations` annotations compile to strings, so their scopes
        // take no part in the analysis: CPython leaves them out of the tree.
        if (kind != ScopeKind.Annotation) _current.Children.Add(scope);
        _table.Register(scope);
        _current = scope;
        return scope;
    }

    private void Leave() => _current = _current.Parent!;

    private void AddDef(string name, SymbolFlags flags, LocatedNode? at) => AddDef(_current, name, flags, at);

    private void AddDef(Scope scope, string name, SymbolFlags flags, LocatedNode? at)
    {
        string mangled = Mangling.Mangle(_private, name);
        if ((flags & SymbolFlags.Local) != 0 && scope.InCompIterTarget) flags |= SymbolFlags.ComprehensionIter;
        var old = scope.FlagsOf(mangled);
        if ((flags & SymbolFlags.Param) != 0 && (old & SymbolFlags.Param) != 0)
        {
            throw Error($"duplicate argument '{name}' in function definition", at);
        }
        if ((flags & SymbolFlags.TypeParam) != 0 && (old & SymbolFlags.TypeParam) != 0)
        {
            throw Error($"duplicate type parameter '{name}'", at);
        }
        scope.AddFlags(mangled, flags);
        if ((flags & SymbolFlags.Param) != 0)
        {
            scope.VarNames.Add(mangled);
        }
        if ((flags & SymbolFlags.Global) != 0 && scope != _table.Top)
        {
            _table.Top.AddFlags(mangled, flags);
        }
    }

    private PythonSyntaxError Error(string message, LocatedNode? at) =>
        new("SyntaxError", message, _filename, at?.Lineno ?? 0, (at?.ColOffset ?? -1) + 1, at?.EndLineno ?? 0, (at?.EndColOffset ?? -1) + 1, null);

    private void VisitBody(List<Stmt> body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    private void VisitStmt(Stmt s)
    {
        switch (s)
        {
            case FunctionDef f:
                AddDef(f.Name, SymbolFlags.Local, f);
                VisitFunction(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, f.TypeParams, isAsync: false);
                break;
            case AsyncFunctionDef f:
                AddDef(f.Name, SymbolFlags.Local, f);
                VisitFunction(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, f.TypeParams, isAsync: true);
                break;
            case ClassDef c: VisitClassDef(c); break;
            case TypeAlias t: VisitTypeAlias(t); break;
            case Return r:
                if (r.Value is not null) VisitExpr(r.Value);
                break;
            case Delete d: VisitExprs(d.Targets); break;
            case Assign a: VisitExprs(a.Targets); VisitExpr(a.Value); break;
            case AugAssign a: VisitExpr(a.Target); VisitExpr(a.Value); break;
            case AnnAssign a:
                if (a.Target is Name n)
                {
                    if (a.Simple != 0) AddDef(n.Id, SymbolFlags.Annotated | SymbolFlags.Local, n);
                    else if (a.Value is not null) AddDef(n.Id, SymbolFlags.Local, n);
                }
                else
                {
                    VisitExpr(a.Target);
                }
                VisitAnnotation(a.Annotation);
                if (a.Value is not null) VisitExpr(a.Value);
                break;
            case For f: VisitExpr(f.Target); VisitExpr(f.Iter); VisitBody(f.Body); VisitBody(f.Orelse); break;
            case AsyncFor f: VisitExpr(f.Target); VisitExpr(f.Iter); VisitBody(f.Body); VisitBody(f.Orelse); break;
            case While w: VisitExpr(w.Test); VisitBody(w.Body); VisitBody(w.Orelse); break;
            case If i: VisitExpr(i.Test); VisitBody(i.Body); VisitBody(i.Orelse); break;
            case With w: VisitWithItems(w.Items); VisitBody(w.Body); break;
            case AsyncWith w: VisitWithItems(w.Items); VisitBody(w.Body); break;
            case Raise r:
                if (r.Exc is not null) VisitExpr(r.Exc);
                if (r.Cause is not null) VisitExpr(r.Cause);
                break;
            case Try t: VisitTry(t.Body, t.Handlers, t.Orelse, t.Finalbody); break;
            case TryStar t: VisitTry(t.Body, t.Handlers, t.Orelse, t.Finalbody); break;
            case Assert a:
                VisitExpr(a.Test);
                if (a.Msg is not null) VisitExpr(a.Msg);
                break;
            case Import i: foreach (var alias in i.Names) VisitAlias(alias); break;
            case ImportFrom i: foreach (var alias in i.Names) VisitAlias(alias); break;
            case Global g: VisitGlobalOrNonlocal(g, g.Names, SymbolFlags.Global, "global"); break;
            case Nonlocal nl: VisitGlobalOrNonlocal(nl, nl.Names, SymbolFlags.Nonlocal, "nonlocal"); break;
            case ExprStmt e: VisitExpr(e.Value); break;
            case Pass or Break or Continue: break;
            case Match m:
                VisitExpr(m.Subject);
                foreach (var c in m.Cases)
                {
                    VisitPattern(c.Pattern);
                    if (c.Guard is not null) VisitExpr(c.Guard);
                    VisitBody(c.Body);
                }
                break;
            default:
                throw new NotSupportedException($"not supported yet: {s.AstName} statements");
        }
    }

    private void VisitTry(List<Stmt> body, List<ExceptHandlerBase> handlers, List<Stmt> orelse, List<Stmt> finalbody)
    {
        VisitBody(body);
        foreach (ExceptHandler h in handlers)
        {
            if (h.Type is not null) VisitExpr(h.Type);
            if (h.Name is not null) AddDef(h.Name, SymbolFlags.Local, h);
            VisitBody(h.Body);
        }
        VisitBody(orelse);
        VisitBody(finalbody);
    }

    private void VisitWithItems(List<WithItem> items)
    {
        foreach (var item in items)
        {
            VisitExpr(item.ContextExpr);
            if (item.OptionalVars is not null) VisitExpr(item.OptionalVars);
        }
    }

    private void VisitAlias(Alias alias)
    {
        string stored = alias.Asname ?? alias.Name;
        int dot = stored.IndexOf('.');
        if (dot >= 0) stored = stored[..dot];
        if (stored == "*")
        {
            if (_current.Kind != ScopeKind.Module) throw Error("import * only allowed at module level", alias);
            return;
        }
        AddDef(stored, SymbolFlags.Import, alias);
    }

    private void VisitGlobalOrNonlocal(Stmt s, List<string> names, SymbolFlags flag, string keyword)
    {
        foreach (var name in names)
        {
            string mangled = Mangling.Mangle(_private, name);
            var cur = _current.FlagsOf(mangled);
            if ((cur & (SymbolFlags.Param | SymbolFlags.Local | SymbolFlags.Use | SymbolFlags.Annotated)) != 0)
            {
                string what = (cur & SymbolFlags.Param) != 0 ? "is parameter and"
                    : (cur & SymbolFlags.Use) != 0 ? "is used prior to"
                    : (cur & SymbolFlags.Annotated) != 0 ? "is annotated" : "is assigned to before";
                string message = (cur & SymbolFlags.Annotated) != 0 && (cur & (SymbolFlags.Param | SymbolFlags.Use)) == 0
                    ? $"annotated name '{name}' can't be {keyword}"
                    : (cur & SymbolFlags.Param) != 0 ? $"name '{name}' is parameter and {keyword}"
                    : $"name '{name}' {what} {keyword} declaration";
                throw Error(message, s);
            }
            if (flag == SymbolFlags.Nonlocal && _current.Kind == ScopeKind.Module)
            {
                throw Error("nonlocal declaration not allowed at module level", s);
            }
            AddDef(name, flag, s);
            _current.AddDirective(mangled, s);
        }
    }

    private void VisitClassDef(ClassDef c)
    {
        AddDef(c.Name, SymbolFlags.Local, c);
        VisitExprs(c.DecoratorList);
        bool isGeneric = c.TypeParams.Count > 0;
        if (isGeneric)
        {
            EnterTypeParamBlock(c.Name, c, hasDefaults: false, hasKwDefaults: false);
            VisitTypeParams(c.TypeParams);
        }
        VisitExprs(c.Bases);
        foreach (var k in c.Keywords) VisitExpr(k.Value);
        Enter(c.Name, ScopeKind.Class, c, c.Lineno);
        // Saved only now: as in CPython, a generic class's name stays in force for mangling after it.
        string? outerPrivate = _private;
        _private = c.Name;
        if (isGeneric)
        {
            var at = c.TypeParams[0];
            AddDef("__type_params__", SymbolFlags.Local, at);
            AddDef(".type_params", SymbolFlags.Use, at);
        }
        VisitBody(c.Body);
        Leave();
        if (isGeneric) Leave();
        _private = outerPrivate;
    }

    /// <summary><c>type X[T] = value</c>: the value is evaluated lazily in a scope of its own.</summary>
    private void VisitTypeAlias(TypeAlias t)
    {
        VisitExpr(t.Name);
        string name = ((Name)t.Name).Id;
        bool inClass = _current.Kind == ScopeKind.Class;
        bool isGeneric = t.TypeParams.Count > 0;
        if (isGeneric)
        {
            EnterTypeParamBlock(name, t, hasDefaults: false, hasKwDefaults: false);
            VisitTypeParams(t.TypeParams);
        }
        var scope = Enter(name, ScopeKind.TypeAlias, t, t.Lineno);
        scope.CanSeeClassScope = inClass;
        if (inClass) AddDef("__classdict__", SymbolFlags.Use, t.Value);
        VisitExpr(t.Value);
        Leave();
        if (isGeneric) Leave();
    }

    /// <summary>
    /// Opens the annotation scope that holds a generic's type parameters, with the hidden names the
    /// code generator uses in it (CPython's <c>symtable_enter_type_param_block</c>).
    /// </summary>
    private void EnterTypeParamBlock(string name, Stmt owner, bool hasDefaults, bool hasKwDefaults)
    {
        bool inClass = _current.Kind == ScopeKind.Class;
        var scope = Enter(name, ScopeKind.TypeParameters, owner, owner.Lineno);
        if (inClass)
        {
            scope.CanSeeClassScope = true;
            AddDef("__classdict__", SymbolFlags.Use, owner);
        }
        if (owner is ClassDef)
        {
            // .type_params is set when the tuple of parameters is built and used for the bases;
            // .generic_base holds the Generic[...] base appended to them.
            AddDef(".type_params", SymbolFlags.Local, owner);
            AddDef(".type_params", SymbolFlags.Use, owner);
            _private = name;
            AddDef(".generic_base", SymbolFlags.Local, owner);
            AddDef(".generic_base", SymbolFlags.Use, owner);
        }
        if (hasDefaults) AddDef(".defaults", SymbolFlags.Param, owner);
        if (hasKwDefaults) AddDef(".kwdefaults", SymbolFlags.Param, owner);
    }

    private void VisitTypeParams(List<TypeParam> typeParams)
    {
        foreach (var tp in typeParams)
        {
            AddDef(TypeParamNames.NameOf(tp), SymbolFlags.TypeParam | SymbolFlags.Local, tp);
            if (tp is not TypeVar { Bound: { } bound } tv) continue;
            bool inClass = _current.CanSeeClassScope;
            var scope = Enter(tv.Name, ScopeKind.TypeVarBound, tv, tv.Lineno);
            scope.CanSeeClassScope = inClass;
            if (inClass) AddDef("__classdict__", SymbolFlags.Use, bound);
            VisitExpr(bound);
            Leave();
        }
    }

    /// <summary>Yield, await and walrus cannot appear directly in a PEP 695 annotation scope (CPython's <c>symtable_raise_if_annotation_block</c>).</summary>
    private void RaiseIfAnnotationBlock(string what, Expr e)
    {
        string? where = _current.Kind switch
        {
            ScopeKind.TypeVarBound => "within a TypeVar bound",
            ScopeKind.TypeAlias => "within a type alias",
            ScopeKind.TypeParameters => "within the definition of a generic",
            _ => null,
        };
        if (where is not null) throw Error($"{what} cannot be used {where}", e);
    }

    private void VisitFunction(Stmt node, string name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr? returns, List<TypeParam> typeParams, bool isAsync)
    {
        VisitDefaults(args);
        VisitExprs(decorators);
        bool isGeneric = typeParams.Count > 0;
        if (isGeneric)
        {
            // CPython's AST always has a (maybe empty) defaults list, so .defaults is always a parameter.
            EnterTypeParamBlock(name, node, hasDefaults: true, hasKwDefaults: HasKwOnlyDefaults(args));
            VisitTypeParams(typeParams);
        }
        VisitAnnotations(args, returns);
        var scope = Enter(name, ScopeKind.Function, node, node.Lineno);
        scope.IsCoroutine = isAsync;
        VisitParameters(args);
        VisitBody(body);
        Leave();
        if (isGeneric) Leave();
    }

    private static bool HasKwOnlyDefaults(Arguments args)
    {
        foreach (var d in args.KwDefaults)
        {
            if (d is not null) return true;
        }
        return false;
    }

    private void VisitDefaults(Arguments args)
    {
        VisitExprs(args.Defaults);
        foreach (var d in args.KwDefaults)
        {
            if (d is not null) VisitExpr(d);
        }
    }

    private void VisitAnnotations(Arguments args, Expr? returns)
    {
        foreach (var a in args.Posonlyargs) VisitAnnotation(a.Annotation);
        foreach (var a in args.Args) VisitAnnotation(a.Annotation);
        if (args.Vararg is not null) VisitAnnotation(args.Vararg.Annotation);
        foreach (var a in args.Kwonlyargs) VisitAnnotation(a.Annotation);
        if (args.Kwarg is not null) VisitAnnotation(args.Kwarg.Annotation);
        VisitAnnotation(returns);
    }

    /// <summary>Under <c>from __future__ import annotations</c> an annotation is a string, so its names belong to a scope of their own.</summary>
    private void VisitAnnotation(Expr? annotation)
    {
        if (annotation is null) return;
        if (_futureAnnotations) Enter("_annotation", ScopeKind.Annotation, annotation, annotation.Lineno);
        VisitExpr(annotation);
        if (_futureAnnotations) Leave();
    }

    private void VisitParameters(Arguments args)
    {
        foreach (var a in args.Posonlyargs) AddDef(a.Name, SymbolFlags.Param, a);
        foreach (var a in args.Args) AddDef(a.Name, SymbolFlags.Param, a);
        foreach (var a in args.Kwonlyargs) AddDef(a.Name, SymbolFlags.Param, a);
        if (args.Vararg is not null)
        {
            AddDef(args.Vararg.Name, SymbolFlags.Param, args.Vararg);
            _current.HasVarArgs = true;
        }
        if (args.Kwarg is not null)
        {
            AddDef(args.Kwarg.Name, SymbolFlags.Param, args.Kwarg);
            _current.HasVarKeywords = true;
        }
    }

    private void VisitExprs(List<Expr> exprs)
    {
        foreach (var e in exprs) VisitExpr(e);
    }

    private void VisitExpr(Expr e)
    {
        switch (e)
        {
            case Name n:
                AddDef(n.Id, n.Ctx == ExprContext.Load ? SymbolFlags.Use : SymbolFlags.Local, n);
                if (n.Ctx == ExprContext.Load && n.Id == "super" && _current.IsFunctionLike)
                {
                    AddDef("__class__", SymbolFlags.Use, n);
                }
                break;
            case Constant: break;
            case BoolOp b: VisitExprs(b.Values); break;
            case NamedExpr ne:
                RaiseIfAnnotationBlock("named expression", ne);
                VisitNamedExpr(ne);
                break;
            case BinOp b: VisitExpr(b.Left); VisitExpr(b.Right); break;
            case UnaryOp u: VisitExpr(u.Operand); break;
            case Lambda l:
                if (_current.CanSeeClassScope) throw Error("Cannot use lambda in annotation scope within class scope", l);
                VisitDefaults(l.Args);
                Enter("lambda", ScopeKind.Function, l, l.Lineno);
                VisitParameters(l.Args);
                VisitExpr(l.Body);
                Leave();
                break;
            case IfExp i: VisitExpr(i.Test); VisitExpr(i.Body); VisitExpr(i.Orelse); break;
            case DictExpr d:
                foreach (var k in d.Keys)
                {
                    if (k is not null) VisitExpr(k);
                }
                VisitExprs(d.Values);
                break;
            case SetExpr s: VisitExprs(s.Elts); break;
            case ListComp lc: VisitComprehension(lc, "listcomp", ComprehensionKind.List, lc.Generators, lc.Elt, null); break;
            case SetComp sc: VisitComprehension(sc, "setcomp", ComprehensionKind.Set, sc.Generators, sc.Elt, null); break;
            case DictComp dc: VisitComprehension(dc, "dictcomp", ComprehensionKind.Dict, dc.Generators, dc.Key, dc.Value); break;
            case GeneratorExp ge: VisitComprehension(ge, "genexpr", ComprehensionKind.Generator, ge.Generators, ge.Elt, null); break;
            case Yield y:
                RaiseIfAnnotationBlock("yield expression", y);
                if (y.Value is not null) VisitExpr(y.Value);
                _current.IsGenerator = true;
                break;
            case YieldFrom y: RaiseIfAnnotationBlock("yield expression", y); VisitExpr(y.Value); _current.IsGenerator = true; break;
            case Await a: RaiseIfAnnotationBlock("await expression", a); VisitExpr(a.Value); _current.IsCoroutine = true; break;
            case Compare c: VisitExpr(c.Left); VisitExprs(c.Comparators); break;
            case Call c:
                VisitExpr(c.Func);
                VisitExprs(c.Args);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                break;
            case FormattedValue f:
                VisitExpr(f.Value);
                if (f.FormatSpec is not null) VisitExpr(f.FormatSpec);
                break;
            case JoinedStr j: VisitExprs(j.Values); break;
            case AttributeExpr a: VisitExpr(a.Value); break;
            case Subscript s: VisitExpr(s.Value); VisitExpr(s.Slice); break;
            case Starred s: VisitExpr(s.Value); break;
            case Slice s:
                if (s.Lower is not null) VisitExpr(s.Lower);
                if (s.Upper is not null) VisitExpr(s.Upper);
                if (s.Step is not null) VisitExpr(s.Step);
                break;
            case ListExpr l: VisitExprs(l.Elts); break;
            case TupleExpr t: VisitExprs(t.Elts); break;
            default:
                throw new NotSupportedException($"not supported yet: {e.AstName} expressions");
        }
    }

    private void VisitComprehension(Expr e, string name, ComprehensionKind kind, List<Comprehension> generators, Expr elt, Expr? value)
    {
        if (_current.CanSeeClassScope)
        {
            throw Error("Cannot use comprehension in annotation scope within class scope", e);
        }
        var outermost = generators[0];
        _current.CompIterExpr++;
        VisitExpr(outermost.Iter);
        _current.CompIterExpr--;
        var scope = Enter(name, ScopeKind.Function, e, e.Lineno);
        scope.Comprehension = kind;
        if (outermost.IsAsync != 0) scope.IsCoroutine = true;
        AddDef(".0", SymbolFlags.Param, e);
        scope.InCompIterTarget = true;
        VisitExpr(outermost.Target);
        scope.InCompIterTarget = false;
        VisitExprs(outermost.Ifs);
        for (int i = 1; i < generators.Count; i++)
        {
            var g = generators[i];
            scope.InCompIterTarget = true;
            VisitExpr(g.Target);
            scope.InCompIterTarget = false;
            scope.CompIterExpr++;
            VisitExpr(g.Iter);
            scope.CompIterExpr--;
            VisitExprs(g.Ifs);
            if (g.IsAsync != 0) scope.IsCoroutine = true;
        }
        if (value is not null) VisitExpr(value);
        VisitExpr(elt);
        bool isGenerator = kind == ComprehensionKind.Generator;
        scope.IsGenerator = isGenerator;
        bool isAsync = scope.IsCoroutine && !isGenerator;
        Leave();
        if (isAsync) _current.IsCoroutine = true;
    }

    private void VisitNamedExpr(NamedExpr e)
    {
        if (_current.CompIterExpr > 0)
        {
            throw Error("assignment expression cannot be used in a comprehension iterable expression", e);
        }
        if (_current.Comprehension != ComprehensionKind.None) ExtendNamedExprScope(e, (Name)e.Target);
        VisitExpr(e.Value);
        VisitExpr(e.Target);
    }

    /// <summary>A walrus inside a comprehension binds in the nearest enclosing function or module (CPython's <c>symtable_extend_namedexpr_scope</c>).</summary>
    private void ExtendNamedExprScope(NamedExpr e, Name target)
    {
        for (var scope = _current; scope is not null; scope = scope.Parent)
        {
            if (scope.Comprehension != ComprehensionKind.None)
            {
                if ((scope.FlagsOf(target.Id) & SymbolFlags.ComprehensionIter) != 0)
                {
                    throw Error($"assignment expression cannot rebind comprehension iteration variable '{target.Id}'", target);
                }
                continue;
            }
            if (scope.Kind == ScopeKind.Function)
            {
                AddDef(target.Id, (scope.FlagsOf(target.Id) & SymbolFlags.Global) != 0 ? SymbolFlags.Global : SymbolFlags.Nonlocal, target);
                AddDef(scope, target.Id, SymbolFlags.Local, target);
                return;
            }
            if (scope.Kind == ScopeKind.Module)
            {
                AddDef(target.Id, SymbolFlags.Global, target);
                AddDef(scope, target.Id, SymbolFlags.Global, target);
                return;
            }
            string where = scope.Kind switch
            {
                ScopeKind.TypeParameters => "within the definition of a generic",
                ScopeKind.TypeAlias => "in a type alias",
                ScopeKind.TypeVarBound => "in a TypeVar bound",
                _ => "in a class body",
            };
            throw Error($"assignment expression within a comprehension cannot be used {where}", target);
        }
    }

    private void VisitPattern(Pattern p)
    {
        switch (p)
        {
            case MatchValue v: VisitExpr(v.Value); break;
            case MatchSingleton: break;
            case MatchSequence s: foreach (var q in s.Patterns) VisitPattern(q); break;
            case MatchStar s:
                if (s.Name is not null) AddDef(s.Name, SymbolFlags.Local, s);
                break;
            case MatchMapping m:
                VisitExprs(m.Keys);
                foreach (var q in m.Patterns) VisitPattern(q);
                if (m.Rest is not null) AddDef(m.Rest, SymbolFlags.Local, m);
                break;
            case MatchClass c:
                VisitExpr(c.Cls);
                foreach (var q in c.Patterns) VisitPattern(q);
                foreach (var q in c.KwdPatterns) VisitPattern(q);
                break;
            case MatchAs a:
                if (a.Pattern is not null) VisitPattern(a.Pattern);
                if (a.Name is not null) AddDef(a.Name, SymbolFlags.Local, a);
                break;
            case MatchOr o: foreach (var q in o.Patterns) VisitPattern(q); break;
        }
    }
}
