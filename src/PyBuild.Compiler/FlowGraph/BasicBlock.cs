namespace PyBuild.Compiler.FlowGraph;

/// <summary>A basic block: straight-line instructions, entered at the top (CPython's <c>basicblock</c>).</summary>
public sealed class BasicBlock
{
    /// <summary>The instructions, in order.</summary>
    public readonly List<Instruction> Instructions;

    /// <summary>Creates a block with a label unique within its graph (made through <see cref="ControlFlowGraph.NewBlock"/>, which gives its instruction list back to the pool).</summary>
    internal BasicBlock(int label)
    {
        Label = label;
        Instructions = InstructionListPool.Rent();
    }

    /// <summary>A number unique within the graph, for debugging listings.</summary>
    public int Label { get; }

    /// <summary>The block that follows in layout order (CPython's <c>b_next</c>).</summary>
    public BasicBlock? Next { get; set; }

    /// <summary>Stack depth on entry, computed by the stack-depth pass (-1 until reached).</summary>
    public int StartDepth { get; set; } = -1;

    /// <summary>Code-unit offset of the first instruction, set by the assembler.</summary>
    public int Offset { get; set; }

    /// <summary>How many instructions and exception-table entries lead here (for dead-code removal).</summary>
    public int Predecessors { get; set; }

    /// <summary>Whether the code generator started the block at a label (a place jumps may reach), not just after a jump.</summary>
    public bool IsLabel { get; set; }

    /// <summary>Whether the block is an exception handler's entry.</summary>
    public bool IsExceptHandler { get; set; }

    /// <summary>Whether the handler keeps the offset of the raising instruction on the stack (<c>SETUP_CLEANUP</c>, <c>SETUP_WITH</c>).</summary>
    public bool PreserveLastI { get; set; }

    /// <summary>Whether the block is only reached through an exception handler (moved to the end of the code).</summary>
    public bool Cold { get; set; }

    /// <summary>Whether the block was reached by the last traversal.</summary>
    public bool Visited { get; set; }

    /// <summary>The enclosing handlers on entry, while exception targets are labelled (CPython's <c>b_exceptstack</c>).</summary>
    internal ExceptStack? ExceptStack { get; set; }

    /// <summary>The locals that may be unbound on entry (the first 64), while fast-local checks are inserted.</summary>
    internal ulong MaybeUnbound { get; set; }

    /// <summary>Whether control can fall through from the end of this block into <see cref="Next"/>.</summary>
    public bool FallsThrough => Instructions.Count == 0 || !OpCodeFacts.EndsFlow(Instructions[^1].Op);

    /// <inheritdoc/>
    public override string ToString() => $"B{Label}";
}
