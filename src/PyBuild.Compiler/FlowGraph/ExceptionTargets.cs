using PyBuild.Compiler.Bytecode;

namespace PyBuild.Compiler.FlowGraph;

/// <summary>
/// Gives every instruction the handler that covers it, by walking the graph with a stack of the
/// enclosing <c>SETUP_*</c> blocks (CPython's <c>mark_except_handlers</c> and <c>label_exception_targets</c>).
/// </summary>
public static class ExceptionTargets
{
    /// <summary>Labels <paramref name="graph"/> in place.</summary>
    public static void Label(ControlFlowGraph graph)
    {
        foreach (var b in graph.Blocks())
        {
            b.Visited = false;
            foreach (var inst in b.Instructions)
            {
                if (OpCodeFacts.IsBlockPush(inst.Op)) inst.Target!.IsExceptHandler = true;
            }
        }
        var todo = BlockWorkStack.Rent();
        graph.Entry.ExceptStack = null;
        graph.Entry.Visited = true;
        todo.Push(graph.Entry);
        while (todo.Count > 0)
        {
            var b = todo.Pop();
            var stack = b.ExceptStack;
            BasicBlock? handler = stack?.Handler;
            var ins = b.Instructions;
            for (int i = 0; i < ins.Count; i++)
            {
                var inst = ins[i];
                if (OpCodeFacts.IsBlockPush(inst.Op))
                {
                    if (!inst.Target!.Visited)
                    {
                        inst.Target.ExceptStack = stack;
                        inst.Target.Visited = true;
                        todo.Push(inst.Target);
                    }
                    if (inst.Op is OpCode.SETUP_CLEANUP or OpCode.SETUP_WITH) inst.Target.PreserveLastI = true;
                    stack = new ExceptStack(inst.Target, stack);
                    handler = inst.Target;
                }
                else if (inst.Op == OpCode.POP_BLOCK)
                {
                    stack = (stack ?? throw new InvalidOperationException($"POP_BLOCK without a SETUP in block {b}")).Outer;
                    handler = stack?.Handler;
                }
                else if (inst.Target is not null)
                {
                    inst.ExceptHandler = handler;
                    ins[i] = inst;
                    if (!inst.Target.Visited)
                    {
                        inst.Target.ExceptStack = stack;
                        inst.Target.Visited = true;
                        todo.Push(inst.Target);
                    }
                }
                else
                {
                    if (inst.Op == OpCode.YIELD_VALUE) inst.Arg = stack?.Depth ?? 0;
                    inst.ExceptHandler = handler;
                    ins[i] = inst;
                }
            }
            if (b.FallsThrough && b.Next is { Visited: false } next)
            {
                next.ExceptStack = stack;
                next.Visited = true;
                todo.Push(next);
            }
        }
        BlockWorkStack.Return(todo);
    }

    /// <summary>
    /// Moves the blocks reached only through exception handlers after all the others, adding a
    /// jump where such a block fell through into a normal one (CPython's <c>push_cold_blocks_to_end</c>).
    /// </summary>
    public static void PushColdBlocksToEnd(ControlFlowGraph graph)
    {
        if (graph.Entry.Next is null) return;
        // Visited marks the warm blocks: those reached without going through a handler.
        foreach (var b in graph.Blocks()) b.Visited = false;
        var work = BlockWorkStack.Rent();
        MarkWarm(graph.Entry);
        work.Push(graph.Entry);
        while (work.Count > 0)
        {
            var b = work.Pop();
            if (b.FallsThrough && b.Next is not null && MarkWarm(b.Next)) work.Push(b.Next);
            foreach (var inst in b.Instructions)
            {
                if (inst.Target is not null && !OpCodeFacts.IsBlockPush(inst.Op) && MarkWarm(inst.Target)) work.Push(inst.Target);
            }
        }
        bool anyCold = false;
        foreach (var b in graph.Blocks())
        {
            b.Cold = false;
            if (b.IsExceptHandler && !b.Visited)
            {
                b.Cold = true;
                work.Push(b);
                anyCold = true;
            }
        }
        if (!anyCold)
        {
            BlockWorkStack.Return(work);
            return;
        }
        while (work.Count > 0)
        {
            var b = work.Pop();
            if (b.FallsThrough && b.Next is { Cold: false, Visited: false } n)
            {
                n.Cold = true;
                work.Push(n);
            }
            foreach (var inst in b.Instructions)
            {
                if (inst.Target is { Cold: false, Visited: false } t && !OpCodeFacts.IsBlockPush(inst.Op))
                {
                    t.Cold = true;
                    work.Push(t);
                }
            }
        }
        BlockWorkStack.Return(work);
        for (var b = graph.Entry; b is not null; b = b.Next)
        {
            if (b.Cold && b.FallsThrough && b.Next is not null && !b.Next.Cold)
            {
                var jump = graph.NewBlock();
                jump.Cold = true;
                jump.Next = b.Next;
                jump.Instructions.Add(new Instruction(OpCode.JUMP, 0, SourceLocation.None, b.Next));
                b.Next = jump;
                b = jump;
            }
        }
        BasicBlock? coldHead = null, coldTail = null;
        var cur = graph.Entry;
        while (cur.Next is not null)
        {
            while (cur.Next is not null && !cur.Next.Cold) cur = cur.Next;
            if (cur.Next is null) break;
            var start = cur.Next;
            var end = start;
            while (end.Next is not null && end.Next.Cold) end = end.Next;
            if (coldHead is null) coldHead = start;
            else coldTail!.Next = start;
            coldTail = end;
            cur.Next = end.Next;
            end.Next = null;
        }
        cur.Next = coldHead;
        if (coldHead is not null) CfgOptimizer.RemoveRedundantJumps(graph);
    }

    private static bool MarkWarm(BasicBlock b)
    {
        if (b.Visited) return false;
        b.Visited = true;
        return true;
    }

    /// <summary>Block pushes and pops have done their work once handlers are labelled: they become NOPs; the other pseudo-stores become real ones (CPython's <c>convert_pseudo_ops</c>).</summary>
    public static void RemoveBlockPseudoOps(ControlFlowGraph graph)
    {
        foreach (var b in graph.Blocks())
        {
            for (int i = 0; i < b.Instructions.Count; i++)
            {
                var inst = b.Instructions[i];
                if (OpCodeFacts.IsBlockPush(inst.Op) || inst.Op == OpCode.POP_BLOCK)
                {
                    b.Instructions[i] = new Instruction(OpCode.NOP, 0, inst.Location);
                }
                else if (inst.Op == OpCode.STORE_FAST_MAYBE_NULL)
                {
                    b.Instructions[i] = inst with { Op = OpCode.STORE_FAST };
                }
            }
        }
        CfgOptimizer.RemoveRedundantNops(graph);
    }
}
