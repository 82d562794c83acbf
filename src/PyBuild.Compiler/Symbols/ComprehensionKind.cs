namespace PyBuild.Compiler.Symbols;

/// <summary>Which comprehension a scope belongs to (CPython's <c>_Py_comprehension_ty</c>).</summary>
public enum ComprehensionKind
{
    /// <summary>Not a comprehension.</summary>
    None,
    /// <summary><c>[... for ...]</c>.</summary>
    List,
    /// <summary><c>{... for ...}</c>.</summary>
    Set,
    /// <summary><c>{k: v for ...}</c>.</summary>
    Dict,
    /// <summary><c>(... for ...)</c>: never inlined.</summary>
    Generator,
}
