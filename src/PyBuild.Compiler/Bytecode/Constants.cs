namespace PyBuild.Compiler.Bytecode;

// Compile-time constants are plain .NET values, shared by the compiler, marshal and the VM:
// None is null; bool is bool; int is BigInteger; float is double; complex is Complex; str is
// string; bytes is byte[]; tuple is ConstTuple; frozenset is ConstFrozenSet; Ellipsis is
// ConstEllipsis.Value; nested code is CodeObject.

/// <summary>A constant tuple.</summary>
/// <param name="Items">The elements, each a constant.</param>
public sealed record ConstTuple(object?[] Items);

/// <summary>A constant frozenset, its elements in the order CPython's marshal wrote them.</summary>
/// <param name="Items">The elements, each a constant.</param>
public sealed record ConstFrozenSet(object?[] Items);

/// <summary>The <c>Ellipsis</c> (<c>...</c>) constant.</summary>
public sealed class ConstEllipsis
{
    /// <summary>The one instance.</summary>
    public static readonly ConstEllipsis Value = new();

    private ConstEllipsis() { }

    /// <inheritdoc/>
    public override string ToString() => "Ellipsis";
}
