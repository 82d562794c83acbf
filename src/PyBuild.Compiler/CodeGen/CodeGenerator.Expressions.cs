using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.FlowGraph;
using PyBuild.Compiler.Symbols;
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
            case AttributeExpr { Ctx: ExprContext.Load } sa when CanOptimizeSuperCall(sa):
                LoadArgsForSuper((Call)sa.Value);
                Emit(OpCode.LOAD_SUPER_ATTR, (NameIndex(sa.Attr) << 2) | (((Call)sa.Value).Args.Count > 0 ? 2 : 0), loc);
                Emit(OpCode.NOP, 0, AttributeLocation(loc, sa));
                return;
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
                StarUnpack(loc, t.Elts, 0, OpCode.BUILD_LIST, OpCode.LIST_APPEND, OpCode.LIST_EXTEND, tuple: true);
                return;
            case ListExpr l:
                if (l.Ctx == ExprContext.Store) { Unpack(l.Elts, loc); return; }
                if (l.Ctx == ExprContext.Del) { VisitExprs(l.Elts); return; }
                StarUnpack(loc, l.Elts, 0, OpCode.BUILD_LIST, OpCode.LIST_APPEND, OpCode.LIST_EXTEND, tuple: false);
                return;
            case SetExpr s: StarUnpack(loc, s.Elts, 0, OpCode.BUILD_SET, OpCode.SET_ADD, OpCode.SET_UPDATE, tuple: false); return;
            case DictExpr d: VisitDict(d, loc); return;
            case Slice s:
                if (s.Lower is null) EmitLoadConst(null, loc); else VisitExpr(s.Lower);
                if (s.Upper is null) EmitLoadConst(null, loc); else VisitExpr(s.Upper);
                if (s.Step is not null) VisitExpr(s.Step);
                Emit(OpCode.BUILD_SLICE, s.Step is null ? 2 : 3, loc);
                return;
            case JoinedStr j:
                if (j.Values.Count > StackUseGuideline)
                {
                    EmitLoadConst("", loc);
                    Emit(OpCode.LOAD_ATTR, (NameIndex("join") << 1) | 1, loc);
                    Emit(OpCode.BUILD_LIST, 0, loc);
                    foreach (var v in j.Values)
                    {
                        VisitExpr(v);
                        Emit(OpCode.LIST_APPEND, 1, loc);
                    }
                    Emit(OpCode.CALL, 1, loc);
                    return;
                }
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
            case ListComp lc: VisitComprehension(lc, ComprehensionKind.List, "<listcomp>", lc.Generators, lc.Elt, null); return;
            case SetComp sc: VisitComprehension(sc, ComprehensionKind.Set, "<setcomp>", sc.Generators, sc.Elt, null); return;
            case DictComp dc: VisitComprehension(dc, ComprehensionKind.Dict, "<dictcomp>", dc.Generators, dc.Key, dc.Value); return;
            case GeneratorExp ge: VisitComprehension(ge, ComprehensionKind.Generator, "<genexpr>", ge.Generators, ge.Elt, null); return;
            case NamedExpr ne:
                VisitExpr(ne.Value);
                Emit(OpCode.COPY, 1, loc);
                VisitExpr(ne.Target);
                return;
            case Yield y:
                if (!_unit.Scope.IsFunctionLike) throw Error("'yield' outside function", y);
                if (y.Value is not null) VisitExpr(y.Value);
                else EmitLoadConst(null, loc);
                EmitYield(loc);
                return;
            case Await aw:
                if (!_unit.Scope.IsFunctionLike) throw Error("'await' outside function", aw);
                if (!_unit.IsAsyncFunction && _unit.Scope.Comprehension == ComprehensionKind.None) throw Error("'await' outside async function", aw);
                VisitExpr(aw.Value);
                EmitAwait(0, loc);
                return;
            case YieldFrom yf:
                if (!_unit.Scope.IsFunctionLike) throw Error("'yield' outside function", yf);
                if (_unit.Scope.IsCoroutine) throw Error("'yield from' inside async function", yf);
                VisitExpr(yf.Value);
                Emit(OpCode.GET_YIELD_FROM_ITER, 0, loc);
                EmitLoadConst(null, loc);
                EmitYieldFrom(loc, await: false);
                return;
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
        int length = a.Attr.Length;
        var updated = length <= a.EndColOffset
            ? loc with { Line = a.EndLineno, Column = a.EndColOffset - length }
            : loc with { Line = a.EndLineno, Column = -1, EndColumn = -1 };
        updated = updated with { EndLine = Math.Max(updated.Line, updated.EndLine) };
        if (updated.Line == updated.EndLine) updated = updated with { EndColumn = Math.Max(updated.Column, updated.EndColumn) };
        return updated;
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
        CheckCompare(c);
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
                CheckCompare(c);
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
        if (TryMethodCall(c)) return;
        CheckCaller(c.Func);
        Emit(OpCode.PUSH_NULL, 0, SourceLocation.Of(c.Func));
        VisitExpr(c.Func);
        CallHelper(0, c.Args, c.Keywords, loc);
    }

    /// <summary>
    /// <c>obj.meth(args)</c> loads the method and self without a bound-method object, unless the
    /// receiver is a module-level import or the call needs *args or **kwargs (CPython's <c>maybe_optimize_method_call</c>).
    /// </summary>
    private bool TryMethodCall(Call c)
    {
        if (c.Func is not AttributeExpr { Ctx: ExprContext.Load } method) return false;
        if (method.Value is Name receiver && (_symbols.Top.FlagsOf(receiver.Id) & Symbols.SymbolFlags.Import) != 0) return false;
        int args = c.Args.Count, keywords = c.Keywords.Count;
        if (args + keywords + (keywords != 0 ? 1 : 0) >= StackUseGuideline) return false;
        if (HasStarredOrDoubleStar(c.Args, c.Keywords)) return false;
        var loc = SourceLocation.Of(method);
        if (CanOptimizeSuperCall(method))
        {
            LoadArgsForSuper((Call)method.Value);
            Emit(OpCode.LOAD_SUPER_ATTR, (NameIndex(method.Attr) << 2) | (((Call)method.Value).Args.Count > 0 ? 3 : 1), loc);
            loc = AttributeLocation(loc, method);
            Emit(OpCode.NOP, 0, loc);
        }
        else
        {
            VisitExpr(method.Value);
            loc = AttributeLocation(loc, method);
            Emit(OpCode.LOAD_ATTR, (NameIndex(method.Attr) << 1) | 1, loc);
        }
        VisitExprs(c.Args);
        if (keywords > 0) EmitKeywordNames(c.Keywords, loc);
        Emit(OpCode.CALL, args + keywords, AttributeLocation(SourceLocation.Of(c), method));
        return true;
    }

    /// <summary>
    /// Whether <c>super().attr</c> or <c>super(T, obj).attr</c> can use LOAD_SUPER_ATTR: <c>super</c>
    /// is the builtin, and for the zero-argument form the function has a first argument and a <c>__class__</c> cell.
    /// </summary>
    private bool CanOptimizeSuperCall(AttributeExpr attr)
    {
        if (attr.Value is not Call { Func: Name { Id: "super" } superName } call || attr.Attr == "__class__" || call.Keywords.Count != 0) return false;
        if (_unit.Scope.ScopeOf(superName.Id) != Symbols.SymbolScope.GlobalImplicit) return false;
        if (_symbols.Top.ScopeOf(superName.Id) != Symbols.SymbolScope.Unknown) return false;
        if (call.Args.Count == 2) return call.Args[0] is not Starred && call.Args[1] is not Starred;
        if (call.Args.Count != 0) return false;
        if (_unit.ArgCount == 0 && _unit.PosOnlyArgCount == 0) return false;
        return _unit.Scope.ScopeOf("__class__") == Symbols.SymbolScope.Free;
    }

    private void LoadArgsForSuper(Call call)
    {
        var loc = SourceLocation.Of(call);
        NameOp(((Name)call.Func).Id, ExprContext.Load, SourceLocation.Of(call.Func));
        if (call.Args.Count == 2)
        {
            VisitExpr(call.Args[0]);
            VisitExpr(call.Args[1]);
            return;
        }
        NameOp("__class__", ExprContext.Load, loc);
        NameOp(_unit.VarNames.Items[0], ExprContext.Load, loc);
    }

    /// <summary>Pushes the arguments and calls; <paramref name="pushed"/> arguments are already on the stack (CPython's <c>compiler_call_helper</c>).</summary>
    private void CallHelper(int pushed, List<Expr> args, List<Keyword> keywords, SourceLocation loc)
    {
        ValidateKeywords(keywords);
        if (args.Count + keywords.Count * 2 <= StackUseGuideline && !HasStarredOrDoubleStar(args, keywords))
        {
            VisitExprs(args);
            if (keywords.Count > 0) EmitKeywordNames(keywords, loc);
            Emit(OpCode.CALL, pushed + args.Count + keywords.Count, loc);
            return;
        }
        if (pushed == 0 && args.Count == 1 && args[0] is Starred only)
        {
            VisitExpr(only.Value);
        }
        else
        {
            StarUnpack(loc, args, pushed, OpCode.BUILD_LIST, OpCode.LIST_APPEND, OpCode.LIST_EXTEND, tuple: true);
        }
        if (keywords.Count > 0)
        {
            bool haveDict = false;
            int seen = 0;
            for (int i = 0; i < keywords.Count; i++)
            {
                var kw = keywords[i];
                if (kw.Arg is null)
                {
                    if (seen > 0)
                    {
                        SubKwargs(keywords, i - seen, i, loc);
                        if (haveDict) Emit(OpCode.DICT_MERGE, 1, loc);
                        haveDict = true;
                        seen = 0;
                    }
                    if (!haveDict)
                    {
                        Emit(OpCode.BUILD_MAP, 0, loc);
                        haveDict = true;
                    }
                    VisitExpr(kw.Value);
                    Emit(OpCode.DICT_MERGE, 1, loc);
                }
                else
                {
                    seen++;
                }
            }
            if (seen > 0)
            {
                SubKwargs(keywords, keywords.Count - seen, keywords.Count, loc);
                if (haveDict) Emit(OpCode.DICT_MERGE, 1, loc);
            }
        }
        Emit(OpCode.CALL_FUNCTION_EX, keywords.Count > 0 ? 1 : 0, loc);
    }

    private void ValidateKeywords(List<Keyword> keywords)
    {
        for (int i = 0; i < keywords.Count; i++)
        {
            if (keywords[i].Arg is null) continue;
            for (int j = i + 1; j < keywords.Count; j++)
            {
                if (keywords[j].Arg == keywords[i].Arg) throw Error($"keyword argument repeated: {keywords[i].Arg}", keywords[j]);
            }
        }
    }

    private void EmitKeywordNames(List<Keyword> keywords, SourceLocation loc)
    {
        var names = new object?[keywords.Count];
        for (int i = 0; i < keywords.Count; i++)
        {
            VisitExpr(keywords[i].Value);
            names[i] = keywords[i].Arg;
        }
        Emit(OpCode.KW_NAMES, _unit.Consts.IndexOf(new ConstTuple(names)), loc);
    }

    private void SubKwargs(List<Keyword> keywords, int begin, int end, SourceLocation loc)
    {
        int n = end - begin;
        bool big = n * 2 > StackUseGuideline;
        if (n > 1 && !big)
        {
            var keys = new object?[n];
            for (int i = begin; i < end; i++)
            {
                VisitExpr(keywords[i].Value);
                keys[i - begin] = keywords[i].Arg;
            }
            EmitLoadConst(new ConstTuple(keys), loc);
            Emit(OpCode.BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        if (big) Emit(OpCode.BUILD_MAP, 0, SourceLocation.None);
        for (int i = begin; i < end; i++)
        {
            EmitLoadConst(keywords[i].Arg, loc);
            VisitExpr(keywords[i].Value);
            if (big) Emit(OpCode.MAP_ADD, 1, SourceLocation.None);
        }
        if (!big) Emit(OpCode.BUILD_MAP, n, loc);
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
        if (s.Ctx == ExprContext.Load) CheckSubscript(s);
        VisitExpr(s.Value);
        if (s.Slice is Slice { Step: null } slice && s.Ctx != ExprContext.Del)
        {
            EmitSliceParts(slice);
            Emit(s.Ctx == ExprContext.Load ? OpCode.BINARY_SLICE : OpCode.STORE_SLICE, 0, loc);
            return;
        }
        VisitExpr(s.Slice);
        Emit(s.Ctx switch { ExprContext.Load => OpCode.BINARY_SUBSCR, ExprContext.Store => OpCode.STORE_SUBSCR, _ => OpCode.DELETE_SUBSCR }, 0, loc);
    }

    /// <summary>Pushes a slice's bounds (None where omitted) without building a slice object.</summary>
    private void EmitSliceParts(Slice slice)
    {
        if (slice.Lower is null) EmitLoadConst(null, SourceLocation.Of(slice)); else VisitExpr(slice.Lower);
        if (slice.Upper is null) EmitLoadConst(null, SourceLocation.Of(slice)); else VisitExpr(slice.Upper);
    }

    private static bool AllConstant(List<Expr> elts)
    {
        foreach (var e in elts)
        {
            if (e is not Constant) return false;
        }
        return true;
    }

    /// <summary>Builds a list, tuple or set display, with starred items and large or constant displays as CPython does (<c>starunpack_helper</c>).</summary>
    private void StarUnpack(SourceLocation loc, List<Expr> elts, int pushed, OpCode build, OpCode add, OpCode extend, bool tuple)
    {
        int n = elts.Count;
        if (n > 2 && AllConstant(elts))
        {
            var items = new object?[n];
            for (int i = 0; i < n; i++) items[i] = ((Constant)elts[i]).Value;
            if (tuple && pushed == 0)
            {
                EmitLoadConst(new ConstTuple(items), loc);
                return;
            }
            Emit(build, pushed, loc);
            EmitLoadConst(add == OpCode.SET_ADD ? new ConstFrozenSet(ConstantSets.Distinct(items)) : new ConstTuple(items), loc);
            Emit(extend, 1, loc);
            if (tuple) Emit(OpCode.CALL_INTRINSIC_1, IntrinsicListToTuple, loc);
            return;
        }
        bool big = n + pushed > StackUseGuideline;
        bool seenStar = false;
        foreach (var e in elts)
        {
            if (e is Starred)
            {
                seenStar = true;
                break;
            }
        }
        if (!seenStar && !big)
        {
            VisitExprs(elts);
            Emit(tuple ? OpCode.BUILD_TUPLE : build, n + pushed, loc);
            return;
        }
        bool built = false;
        if (big)
        {
            Emit(build, pushed, loc);
            built = true;
        }
        for (int i = 0; i < n; i++)
        {
            if (elts[i] is Starred starred)
            {
                if (!built)
                {
                    Emit(build, i + pushed, loc);
                    built = true;
                }
                VisitExpr(starred.Value);
                Emit(extend, 1, loc);
            }
            else
            {
                VisitExpr(elts[i]);
                if (built) Emit(add, 1, loc);
            }
        }
        if (tuple) Emit(OpCode.CALL_INTRINSIC_1, IntrinsicListToTuple, loc);
    }

    private const int IntrinsicListToTuple = 6;


    private void VisitDict(DictExpr d, SourceLocation loc)
    {
        int n = d.Values.Count;
        bool haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++)
        {
            if (d.Keys[i] is null)
            {
                if (elements > 0)
                {
                    SubDict(d, i - elements, i, loc);
                    if (haveDict) Emit(OpCode.DICT_UPDATE, 1, loc);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict)
                {
                    Emit(OpCode.BUILD_MAP, 0, loc);
                    haveDict = true;
                }
                VisitExpr(d.Values[i]);
                Emit(OpCode.DICT_UPDATE, 1, loc);
            }
            else if (elements * 2 > StackUseGuideline)
            {
                SubDict(d, i - elements, i + 1, loc);
                if (haveDict) Emit(OpCode.DICT_UPDATE, 1, loc);
                haveDict = true;
                elements = 0;
            }
            else
            {
                elements++;
            }
        }
        if (elements > 0)
        {
            SubDict(d, n - elements, n, loc);
            if (haveDict) Emit(OpCode.DICT_UPDATE, 1, loc);
            haveDict = true;
        }
        if (!haveDict) Emit(OpCode.BUILD_MAP, 0, loc);
    }

    private void SubDict(DictExpr d, int begin, int end, SourceLocation loc)
    {
        int n = end - begin;
        bool big = n * 2 > StackUseGuideline;
        bool constKeys = true;
        for (int i = begin; i < end; i++)
        {
            if (d.Keys[i] is not Constant) constKeys = false;
        }
        if (n > 1 && !big && constKeys)
        {
            var keys = new object?[n];
            for (int i = begin; i < end; i++)
            {
                VisitExpr(d.Values[i]);
                keys[i - begin] = ((Constant)d.Keys[i]!).Value;
            }
            EmitLoadConst(new ConstTuple(keys), loc);
            Emit(OpCode.BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        if (big) Emit(OpCode.BUILD_MAP, 0, loc);
        for (int i = begin; i < end; i++)
        {
            VisitExpr(d.Keys[i]!);
            VisitExpr(d.Values[i]);
            if (big) Emit(OpCode.MAP_ADD, 1, loc);
        }
        if (!big) Emit(OpCode.BUILD_MAP, n, loc);
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
        if (scope.IsGenerator)
        {
            Emit(OpCode.RETURN_VALUE, 0, SourceLocation.None);
        }
        else
        {
            Emit(OpCode.RETURN_VALUE, 0, new SourceLocation(l.Lineno, l.Lineno, 0, 0));
            AddReturnAtEnd();
        }
        var code = ExitScope();
        MakeClosure(code, flags, loc);
    }
}
