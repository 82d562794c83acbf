using PyBuild.Compiler.FlowGraph;

namespace PyBuild.Compiler.Assembly;

/// <summary>The maximum stack depth of a graph, by following every path (CPython's <c>_PyCfg_Stackdepth</c>).</summary>
internal static class StackDepth
{
    public static int Compute(ControlFlowGraph graph)
    {
        foreach (var b in graph.Blocks()) b.StartDepth = -1;
        var work = BlockWorkStack.Rent();
        int max = 0;
        Push(graph.Entry, 0);
        while (work.Count > 0)
        {
            var b = work.Pop();
            int depth = b.StartDepth;
            bool fallsThrough = true;
            foreach (var inst in b.Instructions)
            {
                if (inst.Target is not null)
                {
                    int target = depth + OpCodeFacts.StackEffect(inst.Op, inst.Arg, jump: true);
                    if (target > max) max = target;
                    Push(inst.Target, target);
                }
                depth += OpCodeFacts.StackEffect(inst.Op, inst.Arg, jump: false);
                if (depth > max) max = depth;
                if (depth < 0) throw new InvalidOperationException($"stack underflow at {inst} in block {b}");
                if (OpCodeFacts.EndsFlow(inst.Op))
                {
                    fallsThrough = false;
                    break;
                }
            }
            if (fallsThrough && b.Next is not null) Push(b.Next, depth);
        }
        BlockWorkStack.Return(work);
        return max;

        void Push(BasicBlock block, int depth)
        {
            if (block.StartDepth < 0)
            {
                block.StartDepth = depth;
                work.Push(block);
            }
            else if (block.StartDepth != depth)
            {
                throw new InvalidOperationException($"inconsistent stack depth at block {block}: {block.StartDepth} and {depth}");
            }
        }
    }
}
