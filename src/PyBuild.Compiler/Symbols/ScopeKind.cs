namespace PyBuild.Compiler.Symbols;

/// <summary>The kinds of scope (CPython's <c>_Py_block_ty</c>).</summary>
public enum ScopeKind
{
    /// <summary>A function, lambda or comprehension body.</summary>
    Function,
    /// <summary>A class body.</summary>
    Class,
    /// <summary>The module.</summary>
    Module,
    /// <summary>An annotation under <c>from __future__ import annotations</c>: kept out of the scope tree, since it compiles to a string.</summary>
    Annotation,
    /// <summary>A PEP 695 annotation scope for a type alias value.</summary>
    TypeAlias,
    /// <summary>A PEP 695 annotation scope holding type parameters.</summary>
    TypeParameters,
    /// <summary>A PEP 695 annotation scope for a TypeVar bound.</summary>
    TypeVarBound,
}
