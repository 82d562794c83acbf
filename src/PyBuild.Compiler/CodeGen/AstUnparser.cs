using System.Text;
using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.Syntax;

namespace PyBuild.Compiler.CodeGen;

/// <summary>
/// The source text of an annotation under <c>from __future__ import annotations</c>, as CPython's
/// ast_unparse.c writes it: minimal parentheses by precedence, constants by repr. Expressions it
/// does not cover yet (f-strings, lambdas, comprehensions) fail with "not supported yet".
/// </summary>
internal static class AstUnparser
{
    private const int Tuple = 0, Test = 1, Or = 2, And = 3, Not = 4, Cmp = 5, BitOr = 6, BitXor = 7, BitAnd = 8,
        Shift = 9, Arith = 10, Term = 11, Factor = 12, Power = 13, Await = 14, Atom = 15;

    public static string Unparse(Expr e)
    {
        var sb = new StringBuilder();
        Append(sb, e, Test);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, Expr e, int level)
    {
        switch (e)
        {
            case Name n: sb.Append(n.Id); return;
            case Constant c: AppendConstant(sb, c.Value); return;
            case AttributeExpr a:
                Append(sb, a.Value, Atom);
                sb.Append(a.Value is Constant { Value: System.Numerics.BigInteger } ? " ." : ".");
                sb.Append(a.Attr);
                return;
            case Subscript s:
                Append(sb, s.Value, Atom);
                sb.Append('[');
                Append(sb, s.Slice, Tuple);
                sb.Append(']');
                return;
            case Slice sl:
                if (sl.Lower is not null) Append(sb, sl.Lower, Test);
                sb.Append(':');
                if (sl.Upper is not null) Append(sb, sl.Upper, Test);
                if (sl.Step is not null)
                {
                    sb.Append(':');
                    Append(sb, sl.Step, Test);
                }
                return;
            case TupleExpr t:
                if (t.Elts.Count == 0)
                {
                    sb.Append("()");
                    return;
                }
                if (level > Tuple) sb.Append('(');
                AppendItems(sb, t.Elts);
                if (t.Elts.Count == 1) sb.Append(',');
                if (level > Tuple) sb.Append(')');
                return;
            case ListExpr l:
                sb.Append('[');
                AppendItems(sb, l.Elts);
                sb.Append(']');
                return;
            case SetExpr st:
                if (st.Elts.Count == 0)
                {
                    sb.Append("{*()}");
                    return;
                }
                sb.Append('{');
                AppendItems(sb, st.Elts);
                sb.Append('}');
                return;
            case DictExpr d:
                sb.Append('{');
                for (int i = 0; i < d.Values.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    if (d.Keys[i] is { } key)
                    {
                        Append(sb, key, Test);
                        sb.Append(": ");
                        Append(sb, d.Values[i], Test);
                    }
                    else
                    {
                        sb.Append("**");
                        Append(sb, d.Values[i], BitOr);
                    }
                }
                sb.Append('}');
                return;
            case Starred s:
                sb.Append('*');
                Append(sb, s.Value, BitOr);
                return;
            case BinOp b:
            {
                var (op, pr) = BinaryOperator(b.Op);
                bool rightAssociative = b.Op == Operator.Pow;
                if (level > pr) sb.Append('(');
                Append(sb, b.Left, pr + (rightAssociative ? 1 : 0));
                sb.Append(op);
                Append(sb, b.Right, pr + (rightAssociative ? 0 : 1));
                if (level > pr) sb.Append(')');
                return;
            }
            case UnaryOp u:
            {
                var (op, pr) = u.Op switch
                {
                    UnaryOperator.Invert => ("~", Factor),
                    UnaryOperator.Not => ("not ", Not),
                    UnaryOperator.UAdd => ("+", Factor),
                    _ => ("-", Factor),
                };
                if (level > pr) sb.Append('(');
                sb.Append(op);
                Append(sb, u.Operand, pr);
                if (level > pr) sb.Append(')');
                return;
            }
            case BoolOp bo:
            {
                int pr = bo.Op == BoolOperator.And ? And : Or;
                if (level > pr) sb.Append('(');
                for (int i = 0; i < bo.Values.Count; i++)
                {
                    if (i > 0) sb.Append(bo.Op == BoolOperator.And ? " and " : " or ");
                    Append(sb, bo.Values[i], pr + 1);
                }
                if (level > pr) sb.Append(')');
                return;
            }
            case Compare c:
                if (level > Cmp) sb.Append('(');
                Append(sb, c.Left, Cmp + 1);
                for (int i = 0; i < c.Ops.Count; i++)
                {
                    sb.Append(CompareOperator(c.Ops[i]));
                    Append(sb, c.Comparators[i], Cmp + 1);
                }
                if (level > Cmp) sb.Append(')');
                return;
            case Call call:
                Append(sb, call.Func, Atom);
                sb.Append('(');
                bool first = true;
                foreach (var arg in call.Args)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    Append(sb, arg, Test);
                }
                foreach (var kw in call.Keywords)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    if (kw.Arg is null)
                    {
                        sb.Append("**");
                        Append(sb, kw.Value, Test);
                    }
                    else
                    {
                        sb.Append(kw.Arg).Append('=');
                        Append(sb, kw.Value, Test);
                    }
                }
                sb.Append(')');
                return;
            case IfExp ie:
                if (level > Test) sb.Append('(');
                Append(sb, ie.Body, Test + 1);
                sb.Append(" if ");
                Append(sb, ie.Test, Test + 1);
                sb.Append(" else ");
                Append(sb, ie.Orelse, Test);
                if (level > Test) sb.Append(')');
                return;
            case Syntax.Await aw:
                if (level > Await) sb.Append('(');
                sb.Append("await ");
                Append(sb, aw.Value, Atom);
                if (level > Await) sb.Append(')');
                return;
            default:
                throw new NotSupportedException($"not supported yet: {e.AstName} in an annotation under from __future__ import annotations");
        }
    }

    private static void AppendItems(StringBuilder sb, List<Expr> items)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            Append(sb, items[i], Test);
        }
    }

    private static void AppendConstant(StringBuilder sb, object? value)
    {
        if (value is ConstEllipsis)
        {
            sb.Append("...");
            return;
        }
        string repr = ConstantRepr.Repr(value);
        if (value is double or System.Numerics.Complex) repr = repr.Replace("inf", "1e309", StringComparison.Ordinal);
        sb.Append(repr);
    }

    private static (string Op, int Precedence) BinaryOperator(Operator op) => op switch
    {
        Operator.Add => (" + ", Arith),
        Operator.Sub => (" - ", Arith),
        Operator.Mult => (" * ", Term),
        Operator.MatMult => (" @ ", Term),
        Operator.Div => (" / ", Term),
        Operator.Mod => (" % ", Term),
        Operator.LShift => (" << ", Shift),
        Operator.RShift => (" >> ", Shift),
        Operator.BitOr => (" | ", BitOr),
        Operator.BitXor => (" ^ ", BitXor),
        Operator.BitAnd => (" & ", BitAnd),
        Operator.FloorDiv => (" // ", Term),
        _ => (" ** ", Power),
    };

    private static string CompareOperator(CompareOperator op) => op switch
    {
        Syntax.CompareOperator.Eq => " == ",
        Syntax.CompareOperator.NotEq => " != ",
        Syntax.CompareOperator.Lt => " < ",
        Syntax.CompareOperator.LtE => " <= ",
        Syntax.CompareOperator.Gt => " > ",
        Syntax.CompareOperator.GtE => " >= ",
        Syntax.CompareOperator.Is => " is ",
        Syntax.CompareOperator.IsNot => " is not ",
        Syntax.CompareOperator.In => " in ",
        _ => " not in ",
    };
}
