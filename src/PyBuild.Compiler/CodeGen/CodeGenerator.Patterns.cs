using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.FlowGraph;
using PyBuild.Compiler.Syntax;

namespace PyBuild.Compiler.CodeGen;

/// <summary>The <c>match</c> statement (PEP 634), compiled as CPython 3.12's compile.c does.</summary>
internal sealed partial class CodeGenerator
{
    /// <summary>The state of one pattern being compiled (CPython's <c>pattern_context</c>).</summary>
    private sealed class PatternContext
    {
        /// <summary>Names captured so far, their values waiting on the stack.</summary>
        public List<string> Stores = new();
        /// <summary>Whether an irrefutable pattern is allowed here.</summary>
        public bool AllowIrrefutable;
        /// <summary>Blocks that pop 0, 1, 2, ... items and fall through to the failure path.</summary>
        public List<BasicBlock> FailPop = new();
        /// <summary>Items on top of the stack that must be kept (above the stores).</summary>
        public int OnTop;
    }

    private static bool IsWildcard(Pattern p) => p is MatchAs { Pattern: null, Name: null };

    private static bool IsStarWildcard(Pattern p) => p is MatchStar { Name: null };

    private void VisitMatch(Match s)
    {
        VisitExpr(s.Subject);
        var end = NewBlock();
        int cases = s.Cases.Count;
        var last = s.Cases[cases - 1];
        bool hasDefault = IsWildcard(last.Pattern) && cases > 1;
        var pc = new PatternContext();
        for (int i = 0; i < cases - (hasDefault ? 1 : 0); i++)
        {
            var m = s.Cases[i];
            var loc = SourceLocation.Of(m.Pattern);
            if (i != cases - (hasDefault ? 1 : 0) - 1) Emit(OpCode.COPY, 1, loc);
            pc.Stores = new List<string>();
            pc.AllowIrrefutable = m.Guard is not null || i == cases - 1;
            pc.FailPop = new List<BasicBlock>();
            pc.OnTop = 0;
            CompilePattern(m.Pattern, pc);
            foreach (var name in pc.Stores) NameOp(name, ExprContext.Store, loc);
            if (m.Guard is not null)
            {
                EnsureFailPop(pc, 0);
                JumpIf(m.Guard, pc.FailPop[0], false);
            }
            if (i != cases - (hasDefault ? 1 : 0) - 1) Emit(OpCode.POP_TOP, 0, loc);
            VisitStmts(m.Body);
            EmitJump(OpCode.JUMP, end, SourceLocation.None);
            EmitAndResetFailPop(loc, pc);
        }
        if (hasDefault)
        {
            var loc = SourceLocation.Of(last.Pattern);
            Emit(cases == 1 ? OpCode.POP_TOP : OpCode.NOP, 0, loc);
            if (last.Guard is not null) JumpIf(last.Guard, end, false);
            VisitStmts(last.Body);
        }
        UseBlock(end);
    }

    private void EnsureFailPop(PatternContext pc, int n)
    {
        while (pc.FailPop.Count < n + 1) pc.FailPop.Add(NewBlock());
    }

    /// <summary>Jumps to the failure block that pops what this pattern has on the stack so far.</summary>
    private void JumpToFailPop(SourceLocation loc, PatternContext pc, OpCode op)
    {
        int pops = pc.OnTop + pc.Stores.Count;
        EnsureFailPop(pc, pops);
        EmitJump(op, pc.FailPop[pops], loc);
    }

    private void EmitAndResetFailPop(SourceLocation loc, PatternContext pc)
    {
        if (pc.FailPop.Count == 0) return;
        for (int i = pc.FailPop.Count - 1; i > 0; i--)
        {
            UseBlock(pc.FailPop[i]);
            Emit(OpCode.POP_TOP, 0, loc);
        }
        UseBlock(pc.FailPop[0]);
        pc.FailPop = new List<BasicBlock>();
    }

    private void RotatePattern(SourceLocation loc, int count)
    {
        while (count > 1) Emit(OpCode.SWAP, count--, loc);
    }

    private void StorePatternName(SourceLocation loc, string? name, PatternContext pc, Pattern at)
    {
        if (name is null)
        {
            Emit(OpCode.POP_TOP, 0, loc);
            return;
        }
        if (pc.Stores.Contains(name)) throw Error($"multiple assignments to name '{name}' in pattern", at);
        RotatePattern(loc, pc.OnTop + pc.Stores.Count + 1);
        pc.Stores.Add(name);
    }

    private void CompileSubpattern(Pattern p, PatternContext pc)
    {
        bool allow = pc.AllowIrrefutable;
        pc.AllowIrrefutable = true;
        CompilePattern(p, pc);
        pc.AllowIrrefutable = allow;
    }

    private void CompilePattern(Pattern p, PatternContext pc)
    {
        var loc = SourceLocation.Of(p);
        switch (p)
        {
            case MatchValue v:
                if (v.Value is not (Constant or AttributeExpr)) throw Error("patterns may only match literals and attribute lookups", p);
                VisitExpr(v.Value);
                EmitCompareOp(CompareOperator.Eq, loc);
                JumpToFailPop(loc, pc, OpCode.POP_JUMP_IF_FALSE);
                return;
            case MatchSingleton singleton:
                EmitLoadConst(singleton.Value, loc);
                EmitCompareOp(CompareOperator.Is, loc);
                JumpToFailPop(loc, pc, OpCode.POP_JUMP_IF_FALSE);
                return;
            case MatchSequence seq: CompileSequencePattern(seq, loc, pc); return;
            case MatchMapping map: CompileMappingPattern(map, loc, pc); return;
            case MatchClass cls: CompileClassPattern(cls, loc, pc); return;
            case MatchStar star: StorePatternName(loc, star.Name, pc, p); return;
            case MatchAs asPattern:
                if (asPattern.Pattern is null)
                {
                    if (!pc.AllowIrrefutable)
                    {
                        throw Error(asPattern.Name is not null
                            ? $"name capture '{asPattern.Name}' makes remaining patterns unreachable"
                            : "wildcard makes remaining patterns unreachable", p);
                    }
                    StorePatternName(loc, asPattern.Name, pc, p);
                    return;
                }
                pc.OnTop++;
                Emit(OpCode.COPY, 1, loc);
                CompilePattern(asPattern.Pattern, pc);
                pc.OnTop--;
                StorePatternName(loc, asPattern.Name, pc, p);
                return;
            case MatchOr or: CompileOrPattern(or, loc, pc); return;
        }
    }

    private void CompileSequencePattern(MatchSequence p, SourceLocation loc, PatternContext pc)
    {
        var patterns = p.Patterns;
        int size = patterns.Count;
        int star = -1;
        bool onlyWildcard = true, starWildcard = false;
        for (int i = 0; i < size; i++)
        {
            if (patterns[i] is MatchStar)
            {
                if (star >= 0) throw Error("multiple starred names in sequence pattern", p);
                starWildcard = IsStarWildcard(patterns[i]);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= IsWildcard(patterns[i]);
        }
        pc.OnTop++;
        Emit(OpCode.MATCH_SEQUENCE, 0, loc);
        JumpToFailPop(loc, pc, OpCode.POP_JUMP_IF_FALSE);
        if (star < 0)
        {
            Emit(OpCode.GET_LEN, 0, loc);
            EmitLoadConst(new System.Numerics.BigInteger(size), loc);
            EmitCompareOp(CompareOperator.Eq, loc);
            JumpToFailPop(loc, pc, OpCode.POP_JUMP_IF_FALSE);
        }
        else if (size - 1 > 0)
        {
            Emit(OpCode.GET_LEN, 0, loc);
            EmitLoadConst(new System.Numerics.BigInteger(size - 1), loc);
            EmitCompareOp(CompareOperator.GtE, loc);
            JumpToFailPop(loc, pc, OpCode.POP_JUMP_IF_FALSE);
        }
        pc.OnTop--;
        if (onlyWildcard)
        {
            Emit(OpCode.POP_TOP, 0, loc);
        }
        else if (starWildcard)
        {
            pc.OnTop++;
            for (int i = 0; i < size; i++)
            {
                var sub = patterns[i];
                if (IsWildcard(sub) || i == star) continue;
                Emit(OpCode.COPY, 1, loc);
                if (i < star)
                {
                    EmitLoadConst(new System.Numerics.BigInteger(i), loc);
                }
                else
                {
                    Emit(OpCode.GET_LEN, 0, loc);
                    EmitLoadConst(new System.Numerics.BigInteger(size - i), loc);
                    Emit(OpCode.BINARY_OP, BinaryOpArg(Operator.Sub), loc);
                }
                Emit(OpCode.BINARY_SUBSCR, 0, loc);
                CompileSubpattern(sub, pc);
            }
            pc.OnTop--;
            Emit(OpCode.POP_TOP, 0, loc);
        }
        else
        {
            if (star < 0) Emit(OpCode.UNPACK_SEQUENCE, size, loc);
            else Emit(OpCode.UNPACK_EX, star + ((size - star - 1) << 8), loc);
            pc.OnTop += size;
            foreach (var sub in patterns)
            {
                pc.OnTop--;
                CompileSubpattern(sub, pc);
            }
        }
    }

    private void CompileMappingPattern(MatchMapping p, SourceLocation loc, PatternContext pc)
    {
        int size = p.Keys.Count;
        pc.OnTop++;
        Emit(OpCode.MATCH_MAPPING, 0, loc);
        JumpToFailPop(loc, pc, OpCode.POP_JUMP_IF_FALSE);
        if (size == 0 && p.Rest is null)
        {
            pc.OnTop--;
            Emit(OpCode.POP_TOP, 0, loc);
            return;
        }
        if (size > 0)
        {
            Emit(OpCode.GET_LEN, 0, loc);
            EmitLoadConst(new System.Numerics.BigInteger(size), loc);
            EmitCompareOp(CompareOperator.GtE, loc);
            JumpToFailPop(loc, pc, OpCode.POP_JUMP_IF_FALSE);
        }
        var seen = new HashSet<object>(Bytecode.ConstantKey.Instance);
        foreach (var key in p.Keys)
        {
            if (key is Constant { Value: var value })
            {
                if (value is not null && !seen.Add(value)) throw Error($"mapping pattern checks duplicate key ({ConstantRepr.Repr(value)})", p);
            }
            else if (key is not AttributeExpr)
            {
                throw Error("mapping pattern keys may only match literals and attribute lookups", p);
            }
            VisitExpr(key);
        }
        Emit(OpCode.BUILD_TUPLE, size, loc);
        Emit(OpCode.MATCH_KEYS, 0, loc);
        pc.OnTop += 2;
        Emit(OpCode.COPY, 1, loc);
        EmitLoadConst(null, loc);
        Emit(OpCode.IS_OP, 1, loc);
        JumpToFailPop(loc, pc, OpCode.POP_JUMP_IF_FALSE);
        Emit(OpCode.UNPACK_SEQUENCE, size, loc);
        pc.OnTop += size - 1;
        foreach (var sub in p.Patterns)
        {
            pc.OnTop--;
            CompileSubpattern(sub, pc);
        }
        pc.OnTop -= 2;
        if (p.Rest is not null)
        {
            Emit(OpCode.BUILD_MAP, 0, loc);
            Emit(OpCode.SWAP, 3, loc);
            Emit(OpCode.DICT_UPDATE, 2, loc);
            Emit(OpCode.UNPACK_SEQUENCE, size, loc);
            while (size > 0)
            {
                Emit(OpCode.COPY, 1 + size--, loc);
                Emit(OpCode.SWAP, 2, loc);
                Emit(OpCode.DELETE_SUBSCR, 0, loc);
            }
            StorePatternName(loc, p.Rest, pc, p);
        }
        else
        {
            Emit(OpCode.POP_TOP, 0, loc);
            Emit(OpCode.POP_TOP, 0, loc);
        }
    }

    private void CompileClassPattern(MatchClass p, SourceLocation loc, PatternContext pc)
    {
        int nargs = p.Patterns.Count;
        int nattrs = p.KwdAttrs.Count;
        for (int i = 0; i < nattrs; i++)
        {
            for (int j = i + 1; j < nattrs; j++)
            {
                if (p.KwdAttrs[i] == p.KwdAttrs[j]) throw Error($"attribute name repeated in class pattern: {p.KwdAttrs[i]}", p.KwdPatterns[j]);
            }
        }
        VisitExpr(p.Cls);
        var names = new object?[nattrs];
        for (int i = 0; i < nattrs; i++) names[i] = p.KwdAttrs[i];
        EmitLoadConst(new ConstTuple(names), loc);
        Emit(OpCode.MATCH_CLASS, nargs, loc);
        Emit(OpCode.COPY, 1, loc);
        EmitLoadConst(null, loc);
        Emit(OpCode.IS_OP, 1, loc);
        pc.OnTop++;
        JumpToFailPop(loc, pc, OpCode.POP_JUMP_IF_FALSE);
        Emit(OpCode.UNPACK_SEQUENCE, nargs + nattrs, loc);
        pc.OnTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++)
        {
            pc.OnTop--;
            var sub = i < nargs ? p.Patterns[i] : p.KwdPatterns[i - nargs];
            if (IsWildcard(sub))
            {
                Emit(OpCode.POP_TOP, 0, loc);
                continue;
            }
            CompileSubpattern(sub, pc);
        }
    }

    private void CompileOrPattern(MatchOr p, SourceLocation loc, PatternContext pc)
    {
        var end = NewBlock();
        int size = p.Patterns.Count;
        var oldStores = pc.Stores;
        bool oldAllow = pc.AllowIrrefutable;
        var oldFailPop = pc.FailPop;
        int oldOnTop = pc.OnTop;
        List<string>? control = null;
        for (int i = 0; i < size; i++)
        {
            var alt = p.Patterns[i];
            var altLoc = SourceLocation.Of(alt);
            pc.Stores = new List<string>();
            pc.AllowIrrefutable = i == size - 1 && oldAllow;
            pc.FailPop = new List<BasicBlock>();
            pc.OnTop = 0;
            Emit(OpCode.COPY, 1, altLoc);
            CompilePattern(alt, pc);
            int nstores = pc.Stores.Count;
            if (i == 0)
            {
                control = pc.Stores;
            }
            else if (nstores != control!.Count)
            {
                throw Error("alternative patterns bind different names", p);
            }
            else if (nstores > 0)
            {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--)
                {
                    string name = control[icontrol];
                    int istores = pc.Stores.IndexOf(name);
                    if (istores < 0) throw Error("alternative patterns bind different names", p);
                    if (icontrol != istores)
                    {
                        int rotations = istores + 1;
                        var rotated = pc.Stores.GetRange(0, rotations);
                        pc.Stores.RemoveRange(0, rotations);
                        pc.Stores.InsertRange(icontrol - istores, rotated);
                        while (rotations-- > 0) RotatePattern(altLoc, icontrol + 1);
                    }
                }
            }
            EmitJump(OpCode.JUMP, end, altLoc);
            EmitAndResetFailPop(altLoc, pc);
        }
        pc.Stores = oldStores;
        pc.AllowIrrefutable = oldAllow;
        pc.FailPop = oldFailPop;
        pc.OnTop = oldOnTop;
        Emit(OpCode.POP_TOP, 0, loc);
        JumpToFailPop(loc, pc, OpCode.JUMP);
        UseBlock(end);
        int nrots = control!.Count + 1 + pc.OnTop + pc.Stores.Count;
        foreach (var name in control)
        {
            RotatePattern(loc, nrots);
            if (pc.Stores.Contains(name)) throw Error($"multiple assignments to name '{name}' in pattern", p);
            pc.Stores.Add(name);
        }
        Emit(OpCode.POP_TOP, 0, loc);
    }
}
