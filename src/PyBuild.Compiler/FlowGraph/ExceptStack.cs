namespace PyBuild.Compiler.FlowGraph;

/// <summary>
/// The handlers of the <c>SETUP_*</c> blocks enclosing a point of the graph, innermost first
/// (CPython's <c>ExceptStack</c>). Immutable, so every block reached with the same stack shares it
/// instead of taking a copy.
/// </summary>
internal sealed class ExceptStack(BasicBlock handler, ExceptStack? outer)
{
    /// <summary>The innermost handler.</summary>
    public BasicBlock Handler { get; } = handler;

    /// <summary>The stack without its innermost entry, or null when that was the only one.</summary>
    public ExceptStack? Outer { get; } = outer;

    /// <summary>How many handlers the stack holds.</summary>
    public int Depth { get; } = (outer?.Depth ?? 0) + 1;
}
