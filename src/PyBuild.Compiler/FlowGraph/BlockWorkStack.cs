namespace PyBuild.Compiler.FlowGraph;

/// <summary>
/// The work stack of the graph traversals, one per thread: the passes run one after another and
/// each empties its stack, so one stack serves them all instead of each allocating its own.
/// </summary>
internal static class BlockWorkStack
{
    [ThreadStatic] private static Stack<BasicBlock>? t_stack;

    /// <summary>An empty stack; hand it back with <see cref="Return"/> once empty.</summary>
    public static Stack<BasicBlock> Rent()
    {
        var stack = t_stack ?? new Stack<BasicBlock>();
        t_stack = null;
        return stack;
    }

    /// <summary>Takes back a stack for the next traversal on this thread.</summary>
    public static void Return(Stack<BasicBlock> stack)
    {
        stack.Clear();
        t_stack = stack;
    }
}
