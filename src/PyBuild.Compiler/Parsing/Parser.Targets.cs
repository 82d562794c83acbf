using PyBuild.Compiler.Lexing;
using PyBuild.Compiler.Syntax;

namespace PyBuild.Compiler.Parsing;

// Assignment and deletion targets: star_targets, del_targets, and turning expressions into targets.
public sealed partial class Parser
{
    /// <summary><c>star_targets</c> (for loops and comprehensions): a tuple when there is a comma.</summary>
    private Expr ParseStarTargets()
    {
        int start = _pos;
        Expr first = ParseStarTarget();
        if (Kind != TokenKind.COMMA) return first;
        var tuple = new TupleExpr { Ctx = ExprContext.Store };
        tuple.Elts.Add(first);
        while (Accept(TokenKind.COMMA))
        {
            if (!StartsTarget()) break;
            tuple.Elts.Add(ParseStarTarget());
        }
        return Finish(tuple, start);
    }

    private bool StartsTarget()
        => Kind is TokenKind.STAR or TokenKind.LPAR or TokenKind.LSQB || IsName;

    /// <summary><c>star_target</c>: a possibly starred primary, checked and given the Store context.</summary>
    private Expr ParseStarTarget()
    {
        int start = _pos;
        if (Accept(TokenKind.STAR))
        {
            if (Kind == TokenKind.STAR) throw InvalidSyntax();
            Expr inner = ParseStarTarget();
            return Finish(new Starred { Value = inner, Ctx = ExprContext.Store }, start);
        }
        Expr e = ParsePrimary();
        SetContext(e, ExprContext.Store, "cannot assign to ", "");
        return e;
    }

    /// <summary><c>del_targets</c>.</summary>
    private List<Expr> ParseDelTargets()
    {
        var targets = new List<Expr>();
        while (true)
        {
            Expr e = ParseStarExpression();
            SetContext(e, ExprContext.Del, "cannot delete ", "");
            targets.Add(e);
            if (!Accept(TokenKind.COMMA)) break;
            if (Kind == TokenKind.NEWLINE || Kind == TokenKind.SEMI) break;
        }
        return targets;
    }

    /// <summary>
    /// Gives a target expression (and the elements of target tuples and lists) the context, or
    /// raises CPython's error for the first part that cannot be a target.
    /// </summary>
    private void SetContext(Expr e, ExprContext ctx, string prefix, string suffix)
    {
        switch (e)
        {
            case Name n:
                if (ctx == ExprContext.Store && n.Id == "__debug__") throw Error("cannot assign to __debug__", n);
                n.Ctx = ctx;
                return;
            case AttributeExpr a:
                if (ctx == ExprContext.Store && a.Attr == "__debug__") throw Error("cannot assign to __debug__", a);
                a.Ctx = ctx;
                return;
            case Subscript s: s.Ctx = ctx; return;
            case Starred st:
                if (ctx == ExprContext.Del) throw Error(prefix + "starred" + suffix, st);
                st.Ctx = ctx;
                SetContext(st.Value, ctx, prefix, suffix);
                return;
            case TupleExpr t:
                t.Ctx = ctx;
                foreach (Expr elt in t.Elts) SetContext(elt, ctx, prefix, suffix);
                return;
            case ListExpr l:
                l.Ctx = ctx;
                foreach (Expr elt in l.Elts) SetContext(elt, ctx, prefix, suffix);
                return;
            default:
                throw Error(prefix + ExprName(e) + suffix, e);
        }
    }

    /// <summary>The first part of <paramref name="e"/> that cannot be assigned to, or null.</summary>
    private static Expr? InvalidTarget(Expr e, bool del)
    {
        switch (e)
        {
            case Name or AttributeExpr or Subscript: return null;
            case Starred st: return del ? st : InvalidTarget(st.Value, del);
            case TupleExpr t:
                foreach (Expr elt in t.Elts)
                {
                    Expr? bad = InvalidTarget(elt, del);
                    if (bad != null) return bad;
                }
                return null;
            case ListExpr l:
                foreach (Expr elt in l.Elts)
                {
                    Expr? bad = InvalidTarget(elt, del);
                    if (bad != null) return bad;
                }
                return null;
            default: return e;
        }
    }

    /// <summary>CPython's name for an expression kind in error messages.</summary>
    private static string ExprName(Expr e) => e switch
    {
        AttributeExpr => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        ListExpr => "list",
        TupleExpr => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        DictExpr => "dict literal",
        SetExpr => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant c => c.Value switch
        {
            null => "None",
            true => "True",
            false => "False",
            Bytecode.ConstEllipsis => "ellipsis",
            _ => "literal",
        },
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        Slice => "slice",
        _ => "expression",
    };
}
