using PyBuild.Compiler.Assembly;
using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.FlowGraph;

namespace PyBuild.Compiler.CodeGen;

/// <summary>
/// Finishes a compiler unit: graph optimisation, the fast-local checks, the prefix, stack depth and
/// assembly, in CPython's order: NOPs that carry no line are dropped only once line numbers are
/// resolved, so a NOP left by a removed jump can still take the line of the block before it.
/// </summary>
internal static class CodeBuilder
{
    public static CodeObject Build(CompilerUnit unit, string filename, CodeFlags flags)
    {
        var graph = unit.Graph;
        FixDerefIndexes(graph, unit);
        ExceptionTargets.Label(graph);
        CfgOptimizer.Optimize(graph, unit.Consts.IndexOf, unit.Consts.Items);
        var consts = RemoveUnusedConsts(graph, unit.Consts.Items);
        if (unit.Scope.IsFunctionLike) FastLocalChecks.Insert(graph, unit.VarNames.Count, ParameterCount(unit, flags));
        ExceptionTargets.PushColdBlocksToEnd(graph);
        CfgOptimizer.ResolveLineNumbers(graph);
        bool isGenerator = (flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) != 0;
        int stackSize = StackDepth.Compute(graph);
        ExceptionTargets.RemoveBlockPseudoOps(graph);
        var (names, kinds) = LocalsPlus(unit);
        InsertPrefix(graph, unit, kinds, isGenerator);
        var assembled = Assembler.Assemble(graph, unit.FirstLineNo);
        graph.Release();
        var unitNames = new string[unit.Names.Count];
        for (int i = 0; i < unitNames.Length; i++) unitNames[i] = unit.Names.Items[i];
        return new CodeObject
        {
            ArgCount = unit.ArgCount,
            PosOnlyArgCount = unit.PosOnlyArgCount,
            KwOnlyArgCount = unit.KwOnlyArgCount,
            StackSize = stackSize,
            Flags = flags,
            Code = assembled.Code,
            Consts = consts,
            Names = unitNames,
            LocalsPlusNames = names,
            LocalsPlusKinds = kinds,
            Filename = filename,
            Name = unit.Name,
            QualName = unit.QualName,
            FirstLineNo = unit.FirstLineNo,
            LineTable = assembled.LineTable,
            ExceptionTable = assembled.ExceptionTable,
        };
    }

    private static void FixDerefIndexes(ControlFlowGraph graph, CompilerUnit unit)
    {
        foreach (var b in graph.Blocks())
        {
            for (int i = 0; i < b.Instructions.Count; i++)
            {
                var inst = b.Instructions[i];
                if (inst.Op is OpCode.LOAD_DEREF or OpCode.STORE_DEREF or OpCode.DELETE_DEREF or OpCode.LOAD_CLOSURE or OpCode.LOAD_FROM_DICT_OR_DEREF or OpCode.MAKE_CELL)
                {
                    b.Instructions[i] = inst with { Arg = unit.LocalsPlusIndex(inst.Arg) };
                }
            }
        }
    }

    private static int ParameterCount(CompilerUnit unit, CodeFlags flags)
    {
        int n = unit.ArgCount + unit.KwOnlyArgCount;
        if ((flags & CodeFlags.VarArgs) != 0) n++;
        if ((flags & CodeFlags.VarKeywords) != 0) n++;
        return n;
    }

    /// <summary>Drops constants no instruction refers to, keeping the first (the docstring slot), and renumbers.</summary>
    private static object?[] RemoveUnusedConsts(ControlFlowGraph graph, IReadOnlyList<object?> consts)
    {
        if (consts.Count == 0) return [];
        var used = new bool[consts.Count];
        used[0] = true;
        foreach (var b in graph.Blocks())
        {
            foreach (var inst in b.Instructions)
            {
                if (UsesConst(inst.Op)) used[inst.Arg] = true;
            }
        }
        var map = new int[consts.Count];
        var kept = new List<object?>();
        for (int i = 0; i < consts.Count; i++)
        {
            if (!used[i]) continue;
            map[i] = kept.Count;
            kept.Add(consts[i]);
        }
        if (kept.Count == consts.Count) return kept.ToArray();
        foreach (var b in graph.Blocks())
        {
            for (int i = 0; i < b.Instructions.Count; i++)
            {
                var inst = b.Instructions[i];
                if (UsesConst(inst.Op)) b.Instructions[i] = inst with { Arg = map[inst.Arg] };
            }
        }
        return kept.ToArray();
    }

    private static bool UsesConst(OpCode op) => op is OpCode.LOAD_CONST or OpCode.RETURN_CONST or OpCode.KW_NAMES;

    private static (string[] Names, LocalKind[] Kinds) LocalsPlus(CompilerUnit unit)
    {
        var names = new List<string>();
        var kinds = new List<LocalKind>();
        foreach (var v in unit.VarNames.Items)
        {
            names.Add(v);
            kinds.Add(unit.FastHidden.ContainsKey(v) ? LocalKind.Local | LocalKind.Hidden : LocalKind.Local);
        }
        foreach (var c in unit.CellVars.Items)
        {
            if (unit.VarNames.TryGetIndex(c, out int i))
            {
                kinds[i] |= LocalKind.Cell;
                continue;
            }
            names.Add(c);
            kinds.Add(LocalKind.Cell);
        }
        foreach (var f in unit.FreeVars.Items)
        {
            names.Add(f);
            kinds.Add(LocalKind.Free);
        }
        return (names.ToArray(), kinds.ToArray());
    }

    /// <summary>RETURN_GENERATOR, MAKE_CELL and COPY_FREE_VARS run before RESUME (CPython's <c>insert_prefix_instructions</c>).</summary>
    private static void InsertPrefix(ControlFlowGraph graph, CompilerUnit unit, LocalKind[] kinds, bool isGenerator)
    {
        var prefix = new List<Instruction>();
        if (unit.FreeVars.Count > 0)
        {
            prefix.Add(new Instruction(OpCode.COPY_FREE_VARS, unit.FreeVars.Count, SourceLocation.None));
        }
        for (int i = 0; i < kinds.Length; i++)
        {
            if ((kinds[i] & LocalKind.Cell) != 0) prefix.Add(new Instruction(OpCode.MAKE_CELL, i, SourceLocation.None));
        }
        if (isGenerator)
        {
            prefix.Add(new Instruction(OpCode.RETURN_GENERATOR, 0, new SourceLocation(unit.FirstLineNo, unit.FirstLineNo, -1, -1)));
            prefix.Add(new Instruction(OpCode.POP_TOP, 0, SourceLocation.None));
        }
        graph.Entry.Instructions.InsertRange(0, prefix);
    }
}
