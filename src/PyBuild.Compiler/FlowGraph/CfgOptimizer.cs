using PyBuild.Compiler.Bytecode;

namespace PyBuild.Compiler.FlowGraph;

/// <summary>
/// The passes CPython 3.12 runs over a code unit's graph before assembly (flowgraph.c):
/// peephole folding, jump threading, dead-code removal, NOP removal and line-number propagation.
/// </summary>
public static class CfgOptimizer
{
    /// <summary>Optimises <paramref name="graph"/> in place; <paramref name="consts"/> may grow (folded tuples). CPython's <c>optimize_cfg</c>.</summary>
    public static void Optimize(ControlFlowGraph graph, Func<object?, int> addConst, IReadOnlyList<object?> consts)
    {
        RemoveEmptyBlocks(graph);
        foreach (var b in graph.Blocks()) InlineSmallExitBlock(b);
        foreach (var b in graph.Blocks()) OptimizeBlock(b, addConst, consts);
        RemoveRedundantNopsAndPairs(graph);
        foreach (var b in graph.Blocks()) InlineSmallExitBlock(b);
        RemoveUnreachable(graph);
        foreach (var b in graph.Blocks()) RemoveRedundantNops(b);
        RemoveEmptyBlocks(graph);
        RemoveRedundantJumps(graph);
    }

    /// <summary>Removes, block by block, the NOPs that keep no line number alive, then the blocks that leaves empty.</summary>
    public static void RemoveRedundantNops(ControlFlowGraph graph)
    {
        foreach (var b in graph.Blocks()) RemoveRedundantNops(b);
        RemoveEmptyBlocks(graph);
    }

    /// <summary>Gives every instruction a location: shared exits are copied per jump, then locations flow forward (CPython's <c>resolve_line_numbers</c>).</summary>
    public static void ResolveLineNumbers(ControlFlowGraph graph)
    {
        DuplicateExitsWithoutLineNumber(graph);
        PropagateLineNumbers(graph);
    }

    private const int MaxCopySize = 4;

    /// <summary>
    /// Removes NOPs, and pairs that push a value only to pop it (<c>LOAD_CONST; POP_TOP</c>,
    /// <c>COPY 1; POP_TOP</c>), also across a fall-through into a block that does not start at a label,
    /// until none is left (CPython's <c>remove_redundant_nops_and_pairs</c>).
    /// </summary>
    private static void RemoveRedundantNopsAndPairs(ControlFlowGraph graph)
    {
        bool done = false;
        while (!done)
        {
            done = true;
            BasicBlock? previousBlock = null;
            int previousIndex = -1;
            foreach (var b in graph.Blocks())
            {
                RemoveRedundantNops(b);
                if (b.IsLabel) previousBlock = null;
                for (int i = 0; i < b.Instructions.Count; i++)
                {
                    var inst = b.Instructions[i];
                    if (inst.Op == OpCode.POP_TOP && previousBlock is not null)
                    {
                        var prev = previousBlock.Instructions[previousIndex];
                        if (prev.Op == OpCode.LOAD_CONST || (prev.Op == OpCode.COPY && prev.Arg == 1))
                        {
                            previousBlock.Instructions[previousIndex] = prev with { Op = OpCode.NOP, Arg = 0 };
                            b.Instructions[i] = inst with { Op = OpCode.NOP, Arg = 0 };
                            done = false;
                        }
                    }
                    previousBlock = b;
                    previousIndex = i;
                }
                if (b.Instructions.Count == 0) continue;
                var last = b.Instructions[^1];
                if ((last.Target is not null && !OpCodeFacts.IsBlockPush(last.Op)) || !b.FallsThrough) previousBlock = null;
            }
        }
    }

    /// <summary>An unconditional jump to a short block that leaves the frame is replaced by a copy of that block.</summary>
    private static void InlineSmallExitBlock(BasicBlock b)
    {
        if (b.Instructions.Count == 0) return;
        var last = b.Instructions[^1];
        if (!OpCodeFacts.IsUnconditionalJump(last.Op)) return;
        var target = last.Target!;
        if (target.Instructions.Count == 0 || !OpCodeFacts.IsScopeExit(target.Instructions[^1].Op) || target.Instructions.Count > MaxCopySize) return;
        b.Instructions[^1] = last with { Op = OpCode.NOP, Arg = 0, Target = null };
        b.Instructions.AddRange(target.Instructions);
    }

    /// <summary>The peephole rules of CPython's <c>optimize_basic_block</c>.</summary>
    private static void OptimizeBlock(BasicBlock b, Func<object?, int> addConst, IReadOnlyList<object?> consts)
    {
        var ins = b.Instructions;
        for (int i = 0; i < ins.Count; i++)
        {
            var inst = ins[i];
            var nextOp = i + 1 < ins.Count ? ins[i + 1].Op : (OpCode)0;
            bool hasNext = i + 1 < ins.Count;
            Instruction? target = inst.Target is { Instructions.Count: > 0 } tb && !OpCodeFacts.IsBlockPush(inst.Op) ? tb.Instructions[0] : null;
            switch (inst.Op)
            {
                case OpCode.LOAD_CONST when hasNext:
                    switch (nextOp)
                    {
                        case OpCode.POP_JUMP_IF_FALSE or OpCode.POP_JUMP_IF_TRUE:
                        {
                            var next = ins[i + 1];
                            bool truth = Truthiness(consts[inst.Arg]);
                            ins[i] = inst with { Op = OpCode.NOP, Arg = 0 };
                            ins[i + 1] = truth == (nextOp == OpCode.POP_JUMP_IF_TRUE)
                                ? next with { Op = OpCode.JUMP }
                                : next with { Op = OpCode.NOP, Arg = 0, Target = null };
                            break;
                        }
                        case OpCode.COPY when ins[i + 1].Arg == 1 && i + 2 < ins.Count && ins[i + 2].Op is OpCode.POP_JUMP_IF_FALSE or OpCode.POP_JUMP_IF_TRUE:
                        {
                            // A constant's truth is known: `c or x` and `c and x` keep or drop the constant now.
                            var jump = ins[i + 2];
                            bool truth = Truthiness(consts[inst.Arg]);
                            ins[i + 1] = ins[i + 1] with { Op = OpCode.NOP, Arg = 0 };
                            ins[i + 2] = truth == (jump.Op == OpCode.POP_JUMP_IF_TRUE)
                                ? jump with { Op = OpCode.JUMP }
                                : jump with { Op = OpCode.NOP, Arg = 0, Target = null };
                            break;
                        }
                        case OpCode.IS_OP when consts[inst.Arg] is null && i + 2 < ins.Count:
                        {
                            var isOp = ins[i + 1];
                            var jump = ins[i + 2];
                            bool invert = isOp.Arg != 0;
                            if (jump.Op == OpCode.POP_JUMP_IF_FALSE) invert = !invert;
                            else if (jump.Op != OpCode.POP_JUMP_IF_TRUE) break;
                            ins[i] = inst with { Op = OpCode.NOP, Arg = 0 };
                            ins[i + 1] = isOp with { Op = OpCode.NOP, Arg = 0 };
                            ins[i + 2] = jump with { Op = invert ? OpCode.POP_JUMP_IF_NOT_NONE : OpCode.POP_JUMP_IF_NONE };
                            break;
                        }
                        case OpCode.RETURN_VALUE:
                            ins[i] = inst with { Op = OpCode.NOP, Arg = 0 };
                            ins[i + 1] = ins[i + 1] with { Op = OpCode.RETURN_CONST, Arg = inst.Arg };
                            i++;
                            break;
                    }
                    break;
                case OpCode.BUILD_TUPLE:
                    if (nextOp == OpCode.UNPACK_SEQUENCE && inst.Arg == ins[i + 1].Arg)
                    {
                        if (inst.Arg == 1)
                        {
                            ins[i] = inst with { Op = OpCode.NOP, Arg = 0 };
                            ins[i + 1] = ins[i + 1] with { Op = OpCode.NOP, Arg = 0 };
                            continue;
                        }
                        if (inst.Arg is 2 or 3)
                        {
                            ins[i] = inst with { Op = OpCode.NOP, Arg = 0 };
                            ins[i + 1] = ins[i + 1] with { Op = OpCode.SWAP };
                            continue;
                        }
                    }
                    if (i >= inst.Arg) FoldConstantTuple(ins, i, addConst, consts);
                    break;
                case OpCode.POP_JUMP_IF_NOT_NONE or OpCode.POP_JUMP_IF_NONE or OpCode.POP_JUMP_IF_FALSE or OpCode.POP_JUMP_IF_TRUE or OpCode.JUMP:
                    if (target is { Op: OpCode.JUMP } t && JumpThread(ins, i, t, inst.Op)) i--;
                    break;
                case OpCode.SWAP:
                    if (inst.Arg == 1)
                    {
                        ins[i] = inst with { Op = OpCode.NOP, Arg = 0 };
                        break;
                    }
                    Swaptimize(ins, ref i);
                    ApplyStaticSwaps(ins, i);
                    break;
                case OpCode.PUSH_NULL:
                    if (nextOp == OpCode.LOAD_GLOBAL && (ins[i + 1].Arg & 1) == 0)
                    {
                        ins[i] = inst with { Op = OpCode.NOP, Arg = 0 };
                        ins[i + 1] = ins[i + 1] with { Arg = ins[i + 1].Arg | 1 };
                    }
                    break;
            }
        }
    }

    /// <summary>
    /// Replaces a run of SWAPs (and NOPs) by the fewest SWAPs with the same effect, found by
    /// following the cycles of the permutation the run performs (CPython's <c>swaptimize</c>).
    /// </summary>
    private static void Swaptimize(List<Instruction> ins, ref int ix)
    {
        int depth = ins[ix].Arg;
        int len = 0;
        bool more = false;
        int limit = ins.Count - ix;
        while (++len < limit)
        {
            var op = ins[ix + len].Op;
            if (op == OpCode.SWAP)
            {
                depth = Math.Max(depth, ins[ix + len].Arg);
                more = true;
            }
            else if (op != OpCode.NOP)
            {
                break;
            }
        }
        if (!more) return;
        const int Visited = -1;
        var stack = new int[depth];
        for (int i = 0; i < depth; i++) stack[i] = i;
        for (int i = 0; i < len; i++)
        {
            if (ins[ix + i].Op != OpCode.SWAP) continue;
            int arg = ins[ix + i].Arg;
            (stack[0], stack[arg - 1]) = (stack[arg - 1], stack[0]);
        }
        int current = len - 1;
        for (int i = 0; i < depth; i++)
        {
            if (stack[i] == Visited || stack[i] == i) continue;
            int j = i;
            while (true)
            {
                if (j != 0)
                {
                    ins[ix + current] = ins[ix + current] with { Op = OpCode.SWAP, Arg = j + 1 };
                    current--;
                }
                if (stack[j] == Visited) break;
                int next = stack[j];
                stack[j] = Visited;
                j = next;
            }
        }
        while (current >= 0)
        {
            ins[ix + current] = ins[ix + current] with { Op = OpCode.NOP, Arg = 0 };
            current--;
        }
        ix += len - 1;
    }

    private static bool IsSwappable(OpCode op) => op is OpCode.STORE_FAST or OpCode.STORE_FAST_MAYBE_NULL or OpCode.POP_TOP;

    private static int StoresTo(Instruction inst) => inst.Op is OpCode.STORE_FAST or OpCode.STORE_FAST_MAYBE_NULL ? inst.Arg : -1;

    private static int NextSwappable(List<Instruction> ins, int i, int line)
    {
        while (++i < ins.Count)
        {
            var inst = ins[i];
            if (line >= 0 && inst.Location.Line != line) return -1;
            if (inst.Op == OpCode.NOP) continue;
            return IsSwappable(inst.Op) ? i : -1;
        }
        return -1;
    }

    /// <summary>
    /// Performs SWAPs at compile time by exchanging the stores that follow them, where that
    /// cannot be observed (CPython's <c>apply_static_swaps</c>).
    /// </summary>
    private static void ApplyStaticSwaps(List<Instruction> ins, int i)
    {
        for (; i >= 0; i--)
        {
            var swap = ins[i];
            if (swap.Op != OpCode.SWAP)
            {
                if (swap.Op == OpCode.NOP || IsSwappable(swap.Op)) continue;
                return;
            }
            int j = NextSwappable(ins, i, -1);
            if (j < 0) return;
            int k = j;
            int line = ins[j].Location.Line;
            for (int count = swap.Arg - 1; count > 0; count--)
            {
                k = NextSwappable(ins, k, line);
                if (k < 0) return;
            }
            int storeJ = StoresTo(ins[j]);
            int storeK = StoresTo(ins[k]);
            if (storeJ >= 0 || storeK >= 0)
            {
                if (storeJ == storeK) return;
                for (int idx = j + 1; idx < k; idx++)
                {
                    int store = StoresTo(ins[idx]);
                    if (store >= 0 && (store == storeJ || store == storeK)) return;
                }
            }
            ins[i] = swap with { Op = OpCode.NOP, Arg = 0 };
            (ins[j], ins[k]) = (ins[k], ins[j]);
        }
    }

    private static void FoldConstantTuple(List<Instruction> ins, int i, Func<object?, int> addConst, IReadOnlyList<object?> consts)
    {
        int n = ins[i].Arg;
        for (int k = i - n; k < i; k++)
        {
            if (ins[k].Op != OpCode.LOAD_CONST) return;
        }
        var items = new object?[n];
        for (int k = 0; k < n; k++)
        {
            items[k] = consts[ins[i - n + k].Arg];
            ins[i - n + k] = ins[i - n + k] with { Op = OpCode.NOP, Arg = 0 };
        }
        ins[i] = ins[i] with { Op = OpCode.LOAD_CONST, Arg = addConst(new ConstTuple(items)) };
    }

    /// <summary>A jump to an unconditional jump on the same line goes straight to that jump's target (CPython's <c>jump_thread</c>).</summary>
    private static bool JumpThread(List<Instruction> ins, int i, Instruction target, OpCode op)
    {
        var inst = ins[i];
        if ((inst.Location.Line == target.Location.Line || target.Location.Line == -1) && !ReferenceEquals(inst.Target, target.Target))
        {
            ins[i] = inst with { Op = op, Target = target.Target };
            return true;
        }
        return false;
    }

    private static BasicBlock? FirstNonEmpty(BasicBlock b)
    {
        var x = b;
        while (x is not null && x.Instructions.Count == 0) x = x.Next;
        return x;
    }

    private static bool Truthiness(object? value) => value switch
    {
        null => false,
        bool v => v,
        System.Numerics.BigInteger v => !v.IsZero,
        double v => v != 0.0,
        System.Numerics.Complex v => v != System.Numerics.Complex.Zero,
        string v => v.Length > 0,
        byte[] v => v.Length > 0,
        ConstTuple v => v.Items.Length > 0,
        ConstFrozenSet v => v.Items.Length > 0,
        _ => true,
    };

    /// <summary>Jumps aimed at empty blocks are retargeted at the next non-empty block, then empty blocks leave the layout.</summary>
    private static void RemoveEmptyBlocks(ControlFlowGraph graph)
    {
        foreach (var b in graph.Blocks())
        {
            for (int i = 0; i < b.Instructions.Count; i++)
            {
                var inst = b.Instructions[i];
                if (inst.Target is { Instructions.Count: 0 })
                {
                    b.Instructions[i] = inst with { Target = FirstNonEmpty(inst.Target) };
                }
            }
        }
        var prev = graph.Entry;
        for (var b = graph.Entry.Next; b is not null; b = b.Next)
        {
            if (b.Instructions.Count == 0) prev.Next = b.Next;
            else prev = b;
        }
    }

    /// <summary>
    /// Empties the blocks no path reaches and counts each block's predecessors (CPython's
    /// <c>mark_reachable</c>). The counts are not updated by later passes, as in CPython, where
    /// line-number propagation and the copying of exit blocks rely on them as they stand. A block is
    /// marked visited when it is taken off the stack, not when it is put on, as CPython does: a block
    /// that is both the fall-through and the jump target of another (a conditional jump to the next
    /// block) is processed twice, and its successors' counts grow twice, which decides what CPython
    /// copies and where it carries line numbers.
    /// </summary>
    private static void RemoveUnreachable(ControlFlowGraph graph)
    {
        foreach (var b in graph.Blocks())
        {
            b.Visited = false;
            b.Predecessors = 0;
        }
        var stack = BlockWorkStack.Rent();
        graph.Entry.Predecessors = 1;
        stack.Push(graph.Entry);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            b.Visited = true;
            if (b.FallsThrough && b.Next is not null)
            {
                if (!b.Next.Visited) stack.Push(b.Next);
                b.Next.Predecessors++;
            }
            foreach (var inst in b.Instructions)
            {
                if (inst.Target is not { } t) continue;
                if (!t.Visited) stack.Push(t);
                t.Predecessors++;
            }
        }
        BlockWorkStack.Return(stack);
        foreach (var b in graph.Blocks())
        {
            if (!b.Visited) b.Instructions.Clear();
        }
    }

    private static void RemoveRedundantNops(BasicBlock b)
    {
        var ins = b.Instructions;
        int dest = 0;
        int prevLine = -1;
        for (int src = 0; src < ins.Count; src++)
        {
            var inst = ins[src];
            int line = inst.Location.Line;
            if (inst.Op == OpCode.NOP)
            {
                if (line < 0 || prevLine == line) continue;
                if (src < ins.Count - 1)
                {
                    int nextLine = ins[src + 1].Location.Line;
                    if (nextLine == line) continue;
                    if (nextLine < 0)
                    {
                        ins[src + 1] = ins[src + 1] with { Location = inst.Location };
                        continue;
                    }
                }
                else
                {
                    var next = b.Next;
                    while (next is not null && next.Instructions.Count == 0) next = next.Next;
                    if (next is not null && line == next.Instructions[0].Location.Line) continue;
                }
            }
            ins[dest++] = inst;
            prevLine = line;
        }
        ins.RemoveRange(dest, ins.Count - dest);
    }

    /// <summary>An unconditional jump to the block that follows anyway becomes a NOP (kept only for its line).</summary>
    internal static void RemoveRedundantJumps(ControlFlowGraph graph)
    {
        foreach (var b in graph.Blocks())
        {
            if (b.Instructions.Count == 0) continue;
            var last = b.Instructions[^1];
            if (!OpCodeFacts.IsUnconditionalJump(last.Op)) continue;
            var next = FirstNonEmpty(b.Next!);
            if (next is not null && ReferenceEquals(FirstNonEmpty(last.Target!), next))
            {
                b.Instructions[^1] = last with { Op = OpCode.NOP, Arg = 0, Target = null };
            }
        }
    }

    private static bool IsExitWithoutLineNumber(BasicBlock b) =>
        b.Instructions.Count > 0 && OpCodeFacts.IsScopeExit(b.Instructions[^1].Op)
        && b.Instructions.TrueForAll(i => i.Location.IsNone);

    /// <summary>
    /// A shared exit block with no line number of its own is copied for each jump that reaches it,
    /// so each copy can take the line of the code that jumps there (as CPython does for tracebacks).
    /// </summary>
    private static void DuplicateExitsWithoutLineNumber(ControlFlowGraph graph)
    {
        foreach (var b in graph.Blocks())
        {
            if (b.Instructions.Count == 0) continue;
            var last = b.Instructions[^1];
            if (last.Target is null || OpCodeFacts.IsBlockPush(last.Op)) continue;
            var target = last.Target;
            if (!IsExitWithoutLineNumber(target) || target.Predecessors <= 1) continue;
            var copy = graph.NewBlock();
            copy.Instructions.AddRange(target.Instructions);
            copy.Instructions[0] = copy.Instructions[0] with { Location = last.Location };
            copy.Next = target.Next;
            target.Next = copy;
            copy.Predecessors = 1;
            target.Predecessors--;
            b.Instructions[^1] = last with { Target = copy };
        }
        foreach (var b in graph.Blocks())
        {
            if (b.Instructions.Count > 0 && b.FallsThrough && b.Next is not null && IsExitWithoutLineNumber(b.Next))
            {
                b.Next.Instructions[0] = b.Next.Instructions[0] with { Location = b.Instructions[^1].Location };
            }
        }
    }

    private static void PropagateLineNumbers(ControlFlowGraph graph)
    {
        foreach (var b in graph.Blocks())
        {
            if (b.Instructions.Count == 0) continue;
            var prev = SourceLocation.None;
            for (int i = 0; i < b.Instructions.Count; i++)
            {
                if (b.Instructions[i].Location.IsNone) b.Instructions[i] = b.Instructions[i] with { Location = prev };
                else prev = b.Instructions[i].Location;
            }
            if (b.FallsThrough && b.Next is { Predecessors: 1 } next && next.Instructions.Count > 0 && next.Instructions[0].Location.IsNone)
            {
                next.Instructions[0] = next.Instructions[0] with { Location = prev };
            }
            var last = b.Instructions[^1];
            if (last.Target is { Predecessors: 1 } target && !OpCodeFacts.IsBlockPush(last.Op) && target.Instructions.Count > 0 && target.Instructions[0].Location.IsNone)
            {
                target.Instructions[0] = target.Instructions[0] with { Location = prev };
            }
        }
    }
}
