namespace PyBuild.Compiler.Bytecode;

/// <summary>The per-variable kinds of <c>co_localspluskinds</c> (CPython's <c>CO_FAST_*</c>).</summary>
[Flags]
public enum LocalKind : byte
{
    /// <summary>No kind.</summary>
    None = 0,
    /// <summary><c>CO_FAST_HIDDEN</c>: a variable of an inlined comprehension (PEP 709).</summary>
    Hidden = 0x10,
    /// <summary><c>CO_FAST_LOCAL</c>.</summary>
    Local = 0x20,
    /// <summary><c>CO_FAST_CELL</c>.</summary>
    Cell = 0x40,
    /// <summary><c>CO_FAST_FREE</c>.</summary>
    Free = 0x80,
}
