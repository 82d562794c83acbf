namespace PyBuild.Compiler.FlowGraph;

/// <summary>
/// An instruction's source range as PEP 626 records it: lines 1-based, columns 0-based UTF-8
/// byte offsets. <see cref="None"/> (all -1) marks an instruction with no location of its own
/// (CPython's <c>NO_LOCATION</c>), which line-number propagation fills in.
/// </summary>
public readonly record struct SourceLocation(int Line, int EndLine, int Column, int EndColumn)
{
    /// <summary>CPython's <c>NO_LOCATION</c>.</summary>
    public static readonly SourceLocation None = new(-1, -1, -1, -1);

    /// <summary>Whether this is <see cref="None"/>.</summary>
    public bool IsNone => Line < 0;

    /// <summary>The location of a located AST node.</summary>
    public static SourceLocation Of(Syntax.LocatedNode node) => new(node.Lineno, node.EndLineno, node.ColOffset, node.EndColOffset);
}
