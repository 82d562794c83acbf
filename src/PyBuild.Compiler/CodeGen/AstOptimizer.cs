using System.Numerics;
using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.Syntax;

namespace PyBuild.Compiler.CodeGen;

/// <summary>
/// CPython's AST optimiser (ast_opt.c): folds operators on constants within CPython's size limits,
/// turns constant tuples into constants, and replaces <c>__debug__</c>. A fold that would raise
/// (division by zero, a too-large result) is left for run time, as in CPython.
/// </summary>
internal sealed class AstOptimizer
{
    private const int MaxIntBits = 128;
    private const int MaxCollectionSize = 256;
    private const int MaxStringSize = 4096;
    private const int MaxTotalItems = 1024;

    /// <summary>CPython refuses to compile module, statement and expression nesting deeper than this.</summary>
    private const int RecursionLimit = 2997;

    private readonly int _optimize;
    private readonly string _filename;
    private int _depth = 1;

    private AstOptimizer(int optimize, string filename)
    {
        _optimize = optimize;
        _filename = filename;
    }

    public static void Optimize(Mod module, int optimize, string filename)
    {
        var optimizer = new AstOptimizer(optimize, filename);
        switch (module)
        {
            case Module m: optimizer.Stmts(m.Body); break;
            case Interactive i: optimizer.Stmts(i.Body); break;
            case Expression e: e.Body = optimizer.Fold(e.Body); break;
        }
    }

    private void Stmts(List<Stmt> body)
    {
        foreach (var s in body) Stmt(s);
    }

    private void Exprs(List<Expr> exprs)
    {
        for (int i = 0; i < exprs.Count; i++) exprs[i] = Fold(exprs[i]);
    }

    private Expr? FoldOptional(Expr? e) => e is null ? null : Fold(e);

    private void Arguments(Arguments a)
    {
        Exprs(a.Defaults);
        for (int i = 0; i < a.KwDefaults.Count; i++) a.KwDefaults[i] = FoldOptional(a.KwDefaults[i]);
        foreach (var arg in a.Posonlyargs) arg.Annotation = FoldOptional(arg.Annotation);
        foreach (var arg in a.Args) arg.Annotation = FoldOptional(arg.Annotation);
        foreach (var arg in a.Kwonlyargs) arg.Annotation = FoldOptional(arg.Annotation);
        if (a.Vararg is not null) a.Vararg.Annotation = FoldOptional(a.Vararg.Annotation);
        if (a.Kwarg is not null) a.Kwarg.Annotation = FoldOptional(a.Kwarg.Annotation);
    }

    private void Enter(LocatedNode node)
    {
        if (++_depth > RecursionLimit)
        {
            throw new Diagnostics.PythonSyntaxError("RecursionError", "maximum recursion depth exceeded during compilation",
                _filename, node.Lineno, node.ColOffset + 1, node.EndLineno, node.EndColOffset + 1, null);
        }
    }

    private void Stmt(Stmt s)
    {
        Enter(s);
        StmtBody(s);
        _depth--;
    }

    private void StmtBody(Stmt s)
    {
        switch (s)
        {
            case FunctionDef f: TypeParams(f.TypeParams); Arguments(f.Args); Stmts(f.Body); Exprs(f.DecoratorList); f.Returns = FoldOptional(f.Returns); break;
            case AsyncFunctionDef f: TypeParams(f.TypeParams); Arguments(f.Args); Stmts(f.Body); Exprs(f.DecoratorList); f.Returns = FoldOptional(f.Returns); break;
            case ClassDef c:
                TypeParams(c.TypeParams);
                Exprs(c.Bases);
                foreach (var k in c.Keywords) k.Value = Fold(k.Value);
                Stmts(c.Body);
                Exprs(c.DecoratorList);
                break;
            case Return r: r.Value = FoldOptional(r.Value); break;
            case Delete d: Exprs(d.Targets); break;
            case Assign a: Exprs(a.Targets); a.Value = Fold(a.Value); break;
            case AugAssign a: a.Target = Fold(a.Target); a.Value = Fold(a.Value); break;
            case AnnAssign a: a.Target = Fold(a.Target); a.Annotation = Fold(a.Annotation); a.Value = FoldOptional(a.Value); break;
            case For f: f.Target = Fold(f.Target); f.Iter = FoldIter(Fold(f.Iter)); Stmts(f.Body); Stmts(f.Orelse); break;
            case AsyncFor f: f.Target = Fold(f.Target); f.Iter = Fold(f.Iter); Stmts(f.Body); Stmts(f.Orelse); break;
            case While w: w.Test = Fold(w.Test); Stmts(w.Body); Stmts(w.Orelse); break;
            case If i: i.Test = Fold(i.Test); Stmts(i.Body); Stmts(i.Orelse); break;
            case With w: WithItems(w.Items); Stmts(w.Body); break;
            case AsyncWith w: WithItems(w.Items); Stmts(w.Body); break;
            case Raise r: r.Exc = FoldOptional(r.Exc); r.Cause = FoldOptional(r.Cause); break;
            case Try t: TryParts(t.Body, t.Handlers, t.Orelse, t.Finalbody); break;
            case TryStar t: TryParts(t.Body, t.Handlers, t.Orelse, t.Finalbody); break;
            case Assert a: a.Test = Fold(a.Test); a.Msg = FoldOptional(a.Msg); break;
            case ExprStmt e: e.Value = Fold(e.Value); break;
            case TypeAlias t: t.Name = Fold(t.Name); TypeParams(t.TypeParams); t.Value = Fold(t.Value); break;
            case Match m:
                m.Subject = Fold(m.Subject);
                foreach (var c in m.Cases)
                {
                    FoldPattern(c.Pattern);
                    c.Guard = FoldOptional(c.Guard);
                    Stmts(c.Body);
                }
                break;
        }
    }

    /// <summary>A TypeVar's bound folds like any expression, so a tuple of constants becomes one constant (and then counts as a bound, not constraints).</summary>
    private void TypeParams(List<TypeParam> typeParams)
    {
        foreach (var tp in typeParams)
        {
            if (tp is TypeVar { Bound: not null } tv) tv.Bound = Fold(tv.Bound);
        }
    }

    /// <summary>Patterns hold expressions too: negative and complex literals in them fold to constants.</summary>
    private void FoldPattern(Pattern p)
    {
        switch (p)
        {
            case MatchValue v: v.Value = Fold(v.Value); break;
            case MatchSequence s: foreach (var q in s.Patterns) FoldPattern(q); break;
            case MatchMapping m:
                Exprs(m.Keys);
                foreach (var q in m.Patterns) FoldPattern(q);
                break;
            case MatchClass c:
                c.Cls = Fold(c.Cls);
                foreach (var q in c.Patterns) FoldPattern(q);
                foreach (var q in c.KwdPatterns) FoldPattern(q);
                break;
            case MatchAs { Pattern: { } inner }: FoldPattern(inner); break;
            case MatchOr o: foreach (var q in o.Patterns) FoldPattern(q); break;
        }
    }

    private void WithItems(List<WithItem> items)
    {
        foreach (var item in items)
        {
            item.ContextExpr = Fold(item.ContextExpr);
            item.OptionalVars = FoldOptional(item.OptionalVars);
        }
    }

    private void TryParts(List<Stmt> body, List<ExceptHandlerBase> handlers, List<Stmt> orelse, List<Stmt> finalbody)
    {
        Stmts(body);
        foreach (ExceptHandler h in handlers)
        {
            h.Type = FoldOptional(h.Type);
            Stmts(h.Body);
        }
        Stmts(orelse);
        Stmts(finalbody);
    }

    private Expr Fold(Expr e)
    {
        Enter(e);
        var result = FoldBody(e);
        _depth--;
        return result;
    }

    private Expr FoldBody(Expr e)
    {
        switch (e)
        {
            case BinOp b:
                b.Left = Fold(b.Left);
                b.Right = Fold(b.Right);
                return FoldBinOp(b);
            case UnaryOp u:
                u.Operand = Fold(u.Operand);
                return FoldUnaryOp(u);
            case BoolOp b: Exprs(b.Values); return e;
            case Compare c:
                c.Left = Fold(c.Left);
                Exprs(c.Comparators);
                if (c.Ops[^1] is CompareOperator.In or CompareOperator.NotIn) c.Comparators[^1] = FoldIter(c.Comparators[^1]);
                return e;
            case Call c:
                c.Func = Fold(c.Func);
                Exprs(c.Args);
                foreach (var k in c.Keywords) k.Value = Fold(k.Value);
                return e;
            case AttributeExpr a: a.Value = Fold(a.Value); return e;
            case Subscript s:
                s.Value = Fold(s.Value);
                s.Slice = Fold(s.Slice);
                return FoldSubscript(s);
            case Starred s: s.Value = Fold(s.Value); return e;
            case Slice s:
                s.Lower = FoldOptional(s.Lower);
                s.Upper = FoldOptional(s.Upper);
                s.Step = FoldOptional(s.Step);
                return e;
            case ListExpr l: Exprs(l.Elts); return e;
            case SetExpr s: Exprs(s.Elts); return e;
            case DictExpr d:
                for (int i = 0; i < d.Keys.Count; i++) d.Keys[i] = FoldOptional(d.Keys[i]);
                Exprs(d.Values);
                return e;
            case TupleExpr t:
                Exprs(t.Elts);
                return FoldTuple(t);
            case IfExp i:
                i.Test = Fold(i.Test);
                i.Body = Fold(i.Body);
                i.Orelse = Fold(i.Orelse);
                return e;
            case Lambda l: Arguments(l.Args); l.Body = Fold(l.Body); return e;
            case ListComp lc: lc.Elt = Fold(lc.Elt); Generators(lc.Generators); return e;
            case SetComp sc: sc.Elt = Fold(sc.Elt); Generators(sc.Generators); return e;
            case DictComp dc: dc.Key = Fold(dc.Key); dc.Value = Fold(dc.Value); Generators(dc.Generators); return e;
            case GeneratorExp ge: ge.Elt = Fold(ge.Elt); Generators(ge.Generators); return e;
            case JoinedStr j: Exprs(j.Values); return e;
            case FormattedValue f:
                f.Value = Fold(f.Value);
                f.FormatSpec = FoldOptional(f.FormatSpec);
                return e;
            case Await a: a.Value = Fold(a.Value); return e;
            case Yield y: y.Value = FoldOptional(y.Value); return e;
            case YieldFrom y: y.Value = Fold(y.Value); return e;
            case NamedExpr n: n.Value = Fold(n.Value); return e;
            case Name { Id: "__debug__", Ctx: ExprContext.Load } n:
                return MakeConstant(n, _optimize == 0);
            default:
                return e;
        }
    }

    private void Generators(List<Comprehension> generators)
    {
        foreach (var g in generators)
        {
            g.Target = Fold(g.Target);
            g.Iter = FoldIter(Fold(g.Iter));
            Exprs(g.Ifs);
        }
    }

    /// <summary>A constant str, bytes or tuple indexed by a constant int folds to the item (CPython's <c>fold_subscr</c>).</summary>
    private static Expr FoldSubscript(Subscript s)
    {
        if (s.Ctx != ExprContext.Load || s.Value is not Constant { Value: var container } || s.Slice is not Constant { Value: var index }) return s;
        if (index is bool || index is not BigInteger i) return s;
        int[]? codePoints = StrConstant.IsStr(container) ? StrConstant.CodePoints(container!) : null;
        int length = container switch { byte[] b => b.Length, ConstTuple t => t.Items.Length, _ => codePoints?.Length ?? -1 };
        if (length < 0) return s;
        if (i < 0) i += length;
        if (i < 0 || i >= length) return s;
        int at = (int)i;
        object? item = container switch
        {
            _ when codePoints != null => StrConstant.FromCodePoints([codePoints[at]]),
            byte[] b => new BigInteger(b[at]),
            _ => ((ConstTuple)container!).Items[at],
        };
        return MakeConstant(s, item);
    }

    private static Constant MakeConstant(Expr from, object? value)
    {
        var c = new Constant { Value = value };
        c.CopyLocation(from);
        return c;
    }

    private static Expr FoldTuple(TupleExpr t)
    {
        if (t.Ctx != ExprContext.Load) return t;
        var items = new object?[t.Elts.Count];
        for (int i = 0; i < items.Length; i++)
        {
            if (t.Elts[i] is not Constant c) return t;
            items[i] = c.Value;
        }
        return MakeConstant(t, new ConstTuple(items));
    }

    /// <summary>A list or set display used only for iteration or membership becomes a tuple or frozenset constant.</summary>
    private static Expr FoldIter(Expr e)
    {
        switch (e)
        {
            case ListExpr l:
            {
                foreach (var elt in l.Elts)
                {
                    if (elt is Starred) return e;
                }
                var t = new TupleExpr { Elts = l.Elts, Ctx = ExprContext.Load };
                t.CopyLocation(l);
                return FoldTuple(t);
            }
            case SetExpr s:
            {
                var items = new object?[s.Elts.Count];
                for (int i = 0; i < items.Length; i++)
                {
                    if (s.Elts[i] is not Constant c) return e;
                    items[i] = c.Value;
                }
                return MakeConstant(s, new ConstFrozenSet(ConstantSets.Distinct(items)));
            }
            default:
                return e;
        }
    }

    private static Expr FoldUnaryOp(UnaryOp u)
    {
        // not (a in b) is a not in b, and so for is: the comparison replaces the not, keeping its own position.
        if (u.Op == UnaryOperator.Not && u.Operand is Compare { Ops.Count: 1 } compare)
        {
            CompareOperator? inverted = compare.Ops[0] switch
            {
                CompareOperator.Is => CompareOperator.IsNot,
                CompareOperator.IsNot => CompareOperator.Is,
                CompareOperator.In => CompareOperator.NotIn,
                CompareOperator.NotIn => CompareOperator.In,
                _ => null,
            };
            if (inverted is { } op)
            {
                compare.Ops[0] = op;
                return compare;
            }
        }
        if (u.Operand is not Constant { Value: var v }) return u;
        object? result = u.Op switch
        {
            UnaryOperator.USub => v switch
            {
                bool b => (BigInteger)(b ? -1 : 0),
                BigInteger i => -i,
                double d => -d,
                Complex c => -c,
                _ => NoFold,
            },
            UnaryOperator.UAdd => v switch
            {
                bool b => (BigInteger)(b ? 1 : 0),
                BigInteger or double or Complex => v,
                _ => NoFold,
            },
            UnaryOperator.Invert => v switch
            {
                bool => NoFold,
                BigInteger i => -i - 1,
                _ => NoFold,
            },
            UnaryOperator.Not => !Truthy(v, out bool known) && known ? true : known ? false : NoFold,
            _ => NoFold,
        };
        return ReferenceEquals(result, NoFold) ? u : MakeConstant(u, result);
    }

    private static readonly object NoFold = new();

    private static bool HasStarred(List<Expr> elts)
    {
        foreach (var e in elts)
        {
            if (e is Starred) return true;
        }
        return false;
    }

    private static bool Truthy(object? v, out bool known)
    {
        known = true;
        switch (v)
        {
            case null: return false;
            case bool b: return b;
            case BigInteger i: return !i.IsZero;
            case double d: return d != 0;
            case Complex c: return c != Complex.Zero;
            case string s: return s.Length > 0;
            case ConstSurrogateStr: return true;
            case byte[] b: return b.Length > 0;
            case ConstTuple t: return t.Items.Length > 0;
            default:
                known = false;
                return false;
        }
    }

    private static Expr FoldBinOp(BinOp b)
    {
        if (b.Op == Operator.Mod && b.Left is Constant { Value: string format } && b.Right is TupleExpr args && !HasStarred(args.Elts))
        {
            return (Expr?)PercentFormat.TryOptimize(b, format, args.Elts) ?? b;
        }
        if (b.Left is not Constant { Value: var l } || b.Right is not Constant { Value: var r }) return b;
        object? result = Numbers.TryFold(b.Op, l, r, MaxIntBits, MaxStringSize, MaxCollectionSize, MaxTotalItems);
        return result is null || ReferenceEquals(result, Numbers.NoResult) ? b : MakeConstant(b, result);
    }
}
