using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.FlowGraph;
using PyBuild.Compiler.Syntax;

namespace PyBuild.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    private void VisitExprs(List<Expr> exprs)
    {
        foreach (var e in exprs) VisitExpr(e);
    }

    private void VisitExpr(Expr e)
    {
        var loc = SourceLocation.Of(e);
        switch (e)
        {
            case Constant c: EmitLoadConst(c.Value, loc); return;
            case Name n: NameOp(n.Id, n.Ctx, loc); return;
            case BinOp b:
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                Emit(OpCode.BINARY_OP, BinaryOpArg(b.Op), loc);
                return;
            case UnaryOp u:
                VisitExpr(u.Operand);
                switch (u.Op)
                {
                    case UnaryOperator.Invert: Emit(OpCode.UNARY_INVERT, 0, loc); break;
                    case UnaryOperator.Not: Emit(OpCode.UNARY_NOT, 0, loc); break;
                    case UnaryOperator.USub: Emit(OpCode.UNARY_NEGATIVE, 0, loc); break;
                    case UnaryOperator.UAdd: Emit(OpCode.CALL_INTRINSIC_1, IntrinsicUnaryPositive, loc); break;
                }
                return;
            case BoolOp b:
            {
                var end = NewBlock();
                var jump = b.Op == BoolOperator.And ? OpCode.POP_JUMP_IF_FALSE : OpCode.POP_JUMP_IF_TRUE;
                for (int i = 0; i < b.Values.Count - 1; i++)
                {
                    VisitExpr(b.Values[i]);
                    Emit(OpCode.COPY, 1, loc);
                    EmitJump(jump, end, loc);
                    Emit(OpCode.POP_TOP, 0, loc);
                }
                VisitExpr(b.Values[^1]);
                UseBlock(end);
                return;
            }
            case Compare c: VisitCompare(c); return;
            case IfExp i:
            {
                var end = NewBlock();
                var next = NewBlock();
                JumpIf(i.Test, next, false);
                VisitExpr(i.Body);
                EmitJump(OpCode.JUMP, end, SourceLocation.None);
                UseBlock(next);
                VisitExpr(i.Orelse);
                UseBlock(end);
                return;
            }
            case Call c: VisitCall(c); return;
            case AttributeExpr a:
                VisitExpr(a.Value);
                switch (a.Ctx)
                {
                    case ExprContext.Load: Emit(OpCode.LOAD_ATTR, NameIndex(a.Attr) << 1, AttributeLocation(loc, a)); break;
                    case ExprContext.Store: Emit(OpCode.STORE_ATTR, NameIndex(a.Attr), AttributeLocation(loc, a)); break;
                    default: Emit(OpCode.DELETE_ATTR, NameIndex(a.Attr), AttributeLocation(loc, a)); break;
                }
                return;
            case Subscript s: VisitSubscript(s, loc); return;
            case TupleExpr t:
                if (t.Ctx == ExprContext.Store) { Unpack(t.Elts, loc); return; }
                if (t.Ctx == ExprContext.Del) { VisitExprs(t.Elts); return; }
                BuildSequence(t.Elts, OpCode.BUILD_TUPLE, loc);
                return;
            case ListExpr l:
                if (l.Ctx == ExprContext.Store) { Unpack(l.Elts, loc); return; }
                if (l.Ctx == ExprContext.Del) { VisitExprs(l.Elts); return; }
                BuildSequence(l.Elts, OpCode.BUILD_LIST, loc);
                return;
            case SetExpr s: BuildSequence(s.Elts, OpCode.BUILD_SET, loc); return;
            case DictExpr d: VisitDict(d, loc); return;
            case Slice s:
                if (s.Lower is null) EmitLoadConst(null, loc); else VisitExpr(s.Lower);
                if (s.Upper is null) EmitLoadConst(null, loc); else VisitExpr(s.Upper);
                if (s.Step is not null) VisitExpr(s.Step);
                Emit(OpCode.BUILD_SLICE, s.Step is null ? 2 : 3, loc);
                return;
            case JoinedStr j:
                foreach (var v in j.Values) VisitExpr(v);
                if (j.Values.Count != 1) Emit(OpCode.BUILD_STRING, j.Values.Count, loc);
                return;
            case FormattedValue f:
            {
                VisitExpr(f.Value);
                int arg = f.Conversion switch { 's' => 1, 'r' => 2, 'a' => 3, _ => 0 };
                if (f.FormatSpec is not null)
                {
                    VisitExpr(f.FormatSpec);
                    arg |= 0x04;
                }
                Emit(OpCode.FORMAT_VALUE, arg, loc);
                return;
            }
            case Lambda l: VisitLambda(l); return;
            case Starred:
                throw Error("can't use starred expression here", e);
            default:
                throw NotSupported($"{e.AstName} expressions");
        }
    }

    private const int IntrinsicUnaryPositive = 5;

    /// <summary>The BINARY_OP argument of an operator (CPython's <c>NB_*</c> numbering).</summary>
    private static int BinaryOpArg(Operator op) => op switch
    {
        Operator.Add => 0,
        Operator.BitAnd => 1,
        Operator.FloorDiv => 2,
        Operator.LShift => 3,
        Operator.MatMult => 4,
        Operator.Mult => 5,
        Operator.Mod => 6,
        Operator.BitOr => 7,
        Operator.Pow => 8,
        Operator.RShift => 9,
        Operator.Sub => 10,
        Operator.Div => 11,
        Operator.BitXor => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    /// <summary>
    /// For an attribute spanning lines, the instruction's location starts where the attribute name
    /// does, so tracebacks point at it (CPython's <c>update_start_location_to_match_attr</c>).
    /// </summary>
    private static SourceLocation AttributeLocation(SourceLocation loc, AttributeExpr a)
    {
        if (loc.Line == a.EndLineno) return loc;
        int column = a.EndColOffset - System.Text.Encoding.UTF8.GetByteCount(a.Attr);
        return loc with { Line = a.EndLineno, Column = column >= 0 ? column : loc.Column };
    }

    private void EmitCompareOp(CompareOperator op, SourceLocation loc)
    {
        switch (op)
        {
            case CompareOperator.Is: Emit(OpCode.IS_OP, 0, loc); return;
            case CompareOperator.IsNot: Emit(OpCode.IS_OP, 1, loc); return;
            case CompareOperator.In: Emit(OpCode.CONTAINS_OP, 0, loc); return;
            case CompareOperator.NotIn: Emit(OpCode.CONTAINS_OP, 1, loc); return;
        }
        // COMPARE_OP's argument is the rich-comparison number shifted left, with the outcome mask below.
        int arg = op switch
        {
            CompareOperator.Lt => (0 << 4) | 2,
            CompareOperator.LtE => (1 << 4) | 10,
            CompareOperator.Eq => (2 << 4) | 8,
            CompareOperator.NotEq => (3 << 4) | 7,
            CompareOperator.Gt => (4 << 4) | 4,
            _ => (5 << 4) | 12,
        };
        Emit(OpCode.COMPARE_OP, arg, loc);
    }

    private void VisitCompare(Compare c)
    {
        var loc = SourceLocation.Of(c);
        VisitExpr(c.Left);
        int n = c.Ops.Count - 1;
        if (n == 0)
        {
            VisitExpr(c.Comparators[0]);
            EmitCompareOp(c.Ops[0], loc);
            return;
        }
        var cleanup = NewBlock();
        for (int i = 0; i < n; i++)
        {
            VisitExpr(c.Comparators[i]);
            Emit(OpCode.SWAP, 2, loc);
            Emit(OpCode.COPY, 2, loc);
            EmitCompareOp(c.Ops[i], loc);
            Emit(OpCode.COPY, 1, loc);
            EmitJump(OpCode.POP_JUMP_IF_FALSE, cleanup, loc);
            Emit(OpCode.POP_TOP, 0, loc);
        }
        VisitExpr(c.Comparators[n]);
        EmitCompareOp(c.Ops[n], loc);
        var end = NewBlock();
        EmitJump(OpCode.JUMP, end, SourceLocation.None);
        UseBlock(cleanup);
        Emit(OpCode.SWAP, 2, loc);
        Emit(OpCode.POP_TOP, 0, loc);
        UseBlock(end);
    }

    /// <summary>Evaluates <paramref name="e"/> as a condition and jumps to <paramref name="next"/> when it is <paramref name="cond"/> (CPython's <c>compiler_jump_if</c>).</summary>
    private void JumpIf(Expr e, BasicBlock next, bool cond)
    {
        var loc = SourceLocation.Of(e);
        switch (e)
        {
            case UnaryOp { Op: UnaryOperator.Not } u:
                JumpIf(u.Operand, next, !cond);
                return;
            case BoolOp b:
            {
                bool cond2 = b.Op == BoolOperator.Or;
                var next2 = cond2 != cond ? NewBlock() : next;
                for (int i = 0; i < b.Values.Count - 1; i++) JumpIf(b.Values[i], next2, cond2);
                JumpIf(b.Values[^1], next, cond);
                if (next2 != next) UseBlock(next2);
                return;
            }
            case IfExp i:
            {
                var end = NewBlock();
                var next2 = NewBlock();
                JumpIf(i.Test, next2, false);
                JumpIf(i.Body, next, cond);
                EmitJump(OpCode.JUMP, end, SourceLocation.None);
                UseBlock(next2);
                JumpIf(i.Orelse, next, cond);
                UseBlock(end);
                return;
            }
            case Compare c when c.Ops.Count > 1:
            {
                int n = c.Ops.Count - 1;
                var cleanup = NewBlock();
                VisitExpr(c.Left);
                for (int i = 0; i < n; i++)
                {
                    VisitExpr(c.Comparators[i]);
                    Emit(OpCode.SWAP, 2, loc);
                    Emit(OpCode.COPY, 2, loc);
                    EmitCompareOp(c.Ops[i], loc);
                    EmitJump(OpCode.POP_JUMP_IF_FALSE, cleanup, loc);
                }
                VisitExpr(c.Comparators[n]);
                EmitCompareOp(c.Ops[n], loc);
                EmitJump(cond ? OpCode.POP_JUMP_IF_TRUE : OpCode.POP_JUMP_IF_FALSE, next, loc);
                var end = NewBlock();
                EmitJump(OpCode.JUMP, end, SourceLocation.None);
                UseBlock(cleanup);
                Emit(OpCode.POP_TOP, 0, loc);
                if (!cond) EmitJump(OpCode.JUMP, next, SourceLocation.None);
                UseBlock(end);
                return;
            }
        }
        VisitExpr(e);
        EmitJump(cond ? OpCode.POP_JUMP_IF_TRUE : OpCode.POP_JUMP_IF_FALSE, next, loc);
    }

    private void VisitCall(Call c)
    {
        var loc = SourceLocation.Of(c);
        if (HasStarredOrDoubleStar(c.Args, c.Keywords)) throw NotSupported("calls with *args or **kwargs");
        if (c.Func is AttributeExpr { Ctx: ExprContext.Load } method && c.Args.Count + c.Keywords.Count < StackUseGuideline)
        {
            VisitExpr(method.Value);
            var methodLoc = AttributeLocation(SourceLocation.Of(method), method);
            Emit(OpCode.LOAD_ATTR, (NameIndex(method.Attr) << 1) | 1, methodLoc);
            VisitExprs(c.Args);
            EmitKeywordsAndCall(c.Args.Count, c.Keywords, AttributeLocation(loc, method));
            return;
        }
        Emit(OpCode.PUSH_NULL, 0, SourceLocation.Of(c.Func));
        VisitExpr(c.Func);
        CallHelper(0, c.Args, c.Keywords, loc);
    }

    /// <summary>Pushes the arguments and calls; <paramref name="extra"/> arguments are already on the stack.</summary>
    private void CallHelper(int extra, List<Expr> args, List<Keyword> keywords, SourceLocation loc)
    {
        if (HasStarredOrDoubleStar(args, keywords)) throw NotSupported("calls with *args or **kwargs");
        VisitExprs(args);
        EmitKeywordsAndCall(extra + args.Count, keywords, loc);
    }

    private void EmitKeywordsAndCall(int positional, List<Keyword> keywords, SourceLocation loc)
    {
        if (keywords.Count > 0)
        {
            var names = new object?[keywords.Count];
            for (int i = 0; i < keywords.Count; i++)
            {
                VisitExpr(keywords[i].Value);
                names[i] = keywords[i].Arg;
            }
            Emit(OpCode.KW_NAMES, _unit.Consts.IndexOf(new ConstTuple(names)), loc);
        }
        Emit(OpCode.CALL, positional + keywords.Count, loc);
    }

    private const int StackUseGuideline = 30;

    private static bool HasStarredOrDoubleStar(List<Expr> args, List<Keyword> keywords)
    {
        foreach (var a in args)
        {
            if (a is Starred) return true;
        }
        foreach (var k in keywords)
        {
            if (k.Arg is null) return true;
        }
        return false;
    }

    private void VisitSubscript(Subscript s, SourceLocation loc)
    {
        VisitExpr(s.Value);
        if (s.Slice is Slice { Step: null } slice && s.Ctx != ExprContext.Del)
        {
            if (slice.Lower is null) EmitLoadConst(null, SourceLocation.Of(slice)); else VisitExpr(slice.Lower);
            if (slice.Upper is null) EmitLoadConst(null, SourceLocation.Of(slice)); else VisitExpr(slice.Upper);
            Emit(s.Ctx == ExprContext.Load ? OpCode.BINARY_SLICE : OpCode.STORE_SLICE, 0, loc);
            return;
        }
        VisitExpr(s.Slice);
        Emit(s.Ctx switch { ExprContext.Load => OpCode.BINARY_SUBSCR, ExprContext.Store => OpCode.STORE_SUBSCR, _ => OpCode.DELETE_SUBSCR }, 0, loc);
    }

    private void BuildSequence(List<Expr> elts, OpCode build, SourceLocation loc)
    {
        foreach (var elt in elts)
        {
            if (elt is Starred) throw NotSupported("starred items in displays");
        }
        if (elts.Count > StackUseGuideline) throw NotSupported("displays of more than 30 items");
        VisitExprs(elts);
        Emit(build, elts.Count, loc);
    }

    private void VisitDict(DictExpr d, SourceLocation loc)
    {
        if (d.Keys.Count > StackUseGuideline) throw NotSupported("dict displays of more than 30 items");
        for (int i = 0; i < d.Keys.Count; i++)
        {
            var key = d.Keys[i];
            if (key is null) throw NotSupported("** in dict displays");
            VisitExpr(key);
            VisitExpr(d.Values[i]);
        }
        Emit(OpCode.BUILD_MAP, d.Keys.Count, loc);
    }

    private void Unpack(List<Expr> elts, SourceLocation loc)
    {
        int star = -1;
        for (int i = 0; i < elts.Count; i++)
        {
            if (elts[i] is not Starred) continue;
            if (star >= 0) throw Error("multiple starred expressions in assignment", elts[i]);
            star = i;
        }
        if (star < 0) Emit(OpCode.UNPACK_SEQUENCE, elts.Count, loc);
        else Emit(OpCode.UNPACK_EX, star | ((elts.Count - star - 1) << 8), loc);
        foreach (var elt in elts) VisitExpr(elt is Starred s ? s.Value : elt);
    }

    private void VisitLambda(Lambda l)
    {
        var loc = SourceLocation.Of(l);
        int flags = EmitDefaults(l.Args, loc);
        var scope = _symbols.ScopeFor(l);
        EnterScope(scope, "<lambda>", l, l.Lineno);
        _unit.Consts.IndexOf(null);
        _unit.ArgCount = l.Args.Posonlyargs.Count + l.Args.Args.Count;
        _unit.PosOnlyArgCount = l.Args.Posonlyargs.Count;
        _unit.KwOnlyArgCount = l.Args.Kwonlyargs.Count;
        VisitExpr(l.Body);
        Emit(OpCode.RETURN_VALUE, 0, SourceLocation.Of(l.Body));
        var code = ExitScope();
        MakeClosure(code, flags, loc);
    }
}
