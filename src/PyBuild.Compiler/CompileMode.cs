namespace PyBuild.Compiler;

/// <summary>The <c>mode</c> argument of CPython's <c>compile()</c>.</summary>
public enum CompileMode
{
    /// <summary><c>'exec'</c>: a module.</summary>
    Exec,
    /// <summary><c>'eval'</c>: a single expression.</summary>
    Eval,
    /// <summary><c>'single'</c>: one interactive statement.</summary>
    Single,
    /// <summary><c>'func_type'</c>: a function type comment.</summary>
    FuncType,
}
