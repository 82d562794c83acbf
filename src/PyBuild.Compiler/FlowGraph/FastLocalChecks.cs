using PyBuild.Compiler.Bytecode;

namespace PyBuild.Compiler.FlowGraph;

/// <summary>
/// Marks each <c>LOAD_FAST</c> of a local that may be unbound on some path as <c>LOAD_FAST_CHECK</c>
/// (CPython's <c>add_checks_for_loads_of_uninitialized_variables</c>): parameters start bound,
/// stores bind; deletes and the save/restore of inlined comprehensions may unbind; the state flows
/// along every edge.
/// </summary>
public static class FastLocalChecks
{
    /// <summary>Rewrites the loads of <paramref name="graph"/> in place.</summary>
    public static void Insert(ControlFlowGraph graph, int localCount, int parameterCount)
    {
        if (localCount > 64)
        {
            ScanManyLocals(graph, localCount);
            localCount = 64;
        }
        ulong all = localCount == 64 ? ulong.MaxValue : (1UL << localCount) - 1;
        ulong parameters = parameterCount >= 64 ? ulong.MaxValue : (1UL << parameterCount) - 1;
        // Visited marks the blocks reached so far, whose MaybeUnbound holds the merged state on entry.
        foreach (var b in graph.Blocks()) b.Visited = false;
        var work = BlockWorkStack.Rent();
        graph.Entry.Visited = true;
        graph.Entry.MaybeUnbound = all & ~parameters;
        work.Push(graph.Entry);
        while (work.Count > 0)
        {
            var b = work.Pop();
            ulong state = b.MaybeUnbound;
            bool fallsThrough = true;
            foreach (var inst in b.Instructions)
            {
                if (inst.Target is not null) Merge(inst.Target, state);
                if (inst.Arg < 64)
                {
                    ulong bit = 1UL << inst.Arg;
                    switch (inst.Op)
                    {
                        case OpCode.DELETE_FAST or OpCode.LOAD_FAST_AND_CLEAR or OpCode.STORE_FAST_MAYBE_NULL:
                            state |= bit;
                            break;
                        case OpCode.STORE_FAST or OpCode.LOAD_FAST or OpCode.LOAD_FAST_CHECK:
                            state &= ~bit;
                            break;
                    }
                }
                if (OpCodeFacts.EndsFlow(inst.Op))
                {
                    fallsThrough = false;
                    break;
                }
            }
            if (fallsThrough && b.Next is not null) Merge(b.Next, state);
        }
        BlockWorkStack.Return(work);
        foreach (var b in graph.Blocks())
        {
            if (!b.Visited) continue;
            ulong state = b.MaybeUnbound;
            for (int i = 0; i < b.Instructions.Count; i++)
            {
                var inst = b.Instructions[i];
                if (inst.Arg < 64)
                {
                    ulong bit = 1UL << inst.Arg;
                    switch (inst.Op)
                    {
                        case OpCode.LOAD_FAST:
                            if ((state & bit) != 0) b.Instructions[i] = inst with { Op = OpCode.LOAD_FAST_CHECK };
                            state &= ~bit;
                            break;
                        case OpCode.LOAD_FAST_CHECK or OpCode.STORE_FAST:
                            state &= ~bit;
                            break;
                        case OpCode.DELETE_FAST or OpCode.LOAD_FAST_AND_CLEAR or OpCode.STORE_FAST_MAYBE_NULL:
                            state |= bit;
                            break;
                    }
                }
            }
        }

        void Merge(BasicBlock target, ulong state)
        {
            if (target.Visited)
            {
                ulong merged = target.MaybeUnbound | state;
                if (merged == target.MaybeUnbound) return;
                target.MaybeUnbound = merged;
            }
            else
            {
                target.Visited = true;
                target.MaybeUnbound = state;
            }
            work.Push(target);
        }
    }

    /// <summary>
    /// Locals past the 64th are only tracked within a block: a load is known safe after a store or
    /// load of the same local earlier in its block (CPython's <c>fast_scan_many_locals</c>).
    /// </summary>
    private static void ScanManyLocals(ControlFlowGraph graph, int localCount)
    {
        var states = new int[localCount - 64];
        int blockNumber = 0;
        foreach (var b in graph.Blocks())
        {
            blockNumber++;
            for (int i = 0; i < b.Instructions.Count; i++)
            {
                var inst = b.Instructions[i];
                if (inst.Arg < 64) continue;
                switch (inst.Op)
                {
                    case OpCode.DELETE_FAST or OpCode.LOAD_FAST_AND_CLEAR or OpCode.STORE_FAST_MAYBE_NULL:
                        states[inst.Arg - 64] = blockNumber - 1;
                        break;
                    case OpCode.STORE_FAST:
                        states[inst.Arg - 64] = blockNumber;
                        break;
                    case OpCode.LOAD_FAST:
                        if (states[inst.Arg - 64] != blockNumber) b.Instructions[i] = inst with { Op = OpCode.LOAD_FAST_CHECK };
                        states[inst.Arg - 64] = blockNumber;
                        break;
                }
            }
        }
    }
}
