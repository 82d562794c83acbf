namespace PyBuild.Compiler.Symbols;

/// <summary>How a name is bound or used in one scope (CPython's <c>DEF_*</c> and <c>USE</c> flags).</summary>
[Flags]
public enum SymbolFlags
{
    /// <summary>No flag.</summary>
    None = 0,
    /// <summary><c>DEF_GLOBAL</c>: declared <c>global</c>.</summary>
    Global = 1,
    /// <summary><c>DEF_LOCAL</c>: assigned in this scope.</summary>
    Local = 2,
    /// <summary><c>DEF_PARAM</c>: a parameter.</summary>
    Param = 4,
    /// <summary><c>DEF_NONLOCAL</c>: declared <c>nonlocal</c>.</summary>
    Nonlocal = 8,
    /// <summary><c>USE</c>: read in this scope.</summary>
    Use = 16,
    /// <summary><c>DEF_FREE</c>: used here, bound in an enclosing scope.</summary>
    Free = 32,
    /// <summary><c>DEF_FREE_CLASS</c>: a free variable of a class body's method.</summary>
    FreeClass = 64,
    /// <summary><c>DEF_IMPORT</c>: bound by an import.</summary>
    Import = 128,
    /// <summary><c>DEF_ANNOT</c>: annotated.</summary>
    Annotated = 256,
    /// <summary><c>DEF_COMP_ITER</c>: a comprehension's iteration variable.</summary>
    ComprehensionIter = 512,
    /// <summary><c>DEF_TYPE_PARAM</c>: a PEP 695 type parameter.</summary>
    TypeParam = 1024,
    /// <summary><c>DEF_COMP_CELL</c>: a cell of an inlined comprehension.</summary>
    ComprehensionCell = 2048,

    /// <summary><c>DEF_BOUND</c>: any binding.</summary>
    Bound = Local | Param | Import,
}

/// <summary>Where a name lives once the scopes are analysed (CPython's scope values).</summary>
public enum SymbolScope
{
    /// <summary>Not analysed.</summary>
    Unknown = 0,
    /// <summary><c>LOCAL</c>.</summary>
    Local = 1,
    /// <summary><c>GLOBAL_EXPLICIT</c>.</summary>
    GlobalExplicit = 2,
    /// <summary><c>GLOBAL_IMPLICIT</c>.</summary>
    GlobalImplicit = 3,
    /// <summary><c>FREE</c>.</summary>
    Free = 4,
    /// <summary><c>CELL</c>.</summary>
    Cell = 5,
}
