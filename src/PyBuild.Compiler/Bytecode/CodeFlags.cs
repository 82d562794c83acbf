namespace PyBuild.Compiler.Bytecode;

/// <summary>The <c>co_flags</c> bits of CPython 3.12 (Include/cpython/code.h).</summary>
[Flags]
public enum CodeFlags
{
    /// <summary>No flags.</summary>
    None = 0,
    /// <summary><c>CO_OPTIMIZED</c>: locals are fast locals.</summary>
    Optimized = 0x0001,
    /// <summary><c>CO_NEWLOCALS</c>: a new locals dict is made for each call.</summary>
    NewLocals = 0x0002,
    /// <summary><c>CO_VARARGS</c>: has a <c>*args</c> parameter.</summary>
    VarArgs = 0x0004,
    /// <summary><c>CO_VARKEYWORDS</c>: has a <c>**kwargs</c> parameter.</summary>
    VarKeywords = 0x0008,
    /// <summary><c>CO_NESTED</c>: a nested function.</summary>
    Nested = 0x0010,
    /// <summary><c>CO_GENERATOR</c>.</summary>
    Generator = 0x0020,
    /// <summary><c>CO_NOFREE</c> (no longer set by 3.12, kept for reading old code).</summary>
    NoFree = 0x0040,
    /// <summary><c>CO_COROUTINE</c>.</summary>
    Coroutine = 0x0080,
    /// <summary><c>CO_ITERABLE_COROUTINE</c>.</summary>
    IterableCoroutine = 0x0100,
    /// <summary><c>CO_ASYNC_GENERATOR</c>.</summary>
    AsyncGenerator = 0x0200,
    /// <summary><c>CO_FUTURE_ANNOTATIONS</c>: <c>from __future__ import annotations</c>.</summary>
    FutureAnnotations = 0x1000000,
}
