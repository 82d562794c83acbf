namespace PyBuild.Compiler.FlowGraph;

/// <summary>
/// Instruction lists of finished graphs, kept per thread for the blocks of the next ones: growing
/// every block's list from empty was the largest share of what code generation allocated.
/// </summary>
internal static class InstructionListPool
{
    private const int MaxLists = 4096;
    private const int MaxCapacity = 4096;

    [ThreadStatic] private static Stack<List<Instruction>>? s_lists;

    /// <summary>An empty list, recycled when one is free.</summary>
    public static List<Instruction> Rent() =>
        s_lists is { Count: > 0 } lists ? lists.Pop() : new List<Instruction>();

    /// <summary>Takes back a list nothing refers to any more.</summary>
    public static void Return(List<Instruction> list)
    {
        var lists = s_lists ??= new Stack<List<Instruction>>();
        if (lists.Count >= MaxLists || list.Capacity > MaxCapacity) return;
        list.Clear();
        lists.Push(list);
    }
}
