namespace PyBuild.Tasks.Diagnostics;

/// <summary>The codes of the diagnostics PyBuild logs, for NoWarn, WarningsAsErrors and documentation.</summary>
internal static class DiagnosticCodes
{
    /// <summary>A <c>SyntaxError</c>.</summary>
    public const string SyntaxError = "PY1001";
    /// <summary>An <c>IndentationError</c>.</summary>
    public const string IndentationError = "PY1002";
    /// <summary>A <c>TabError</c>.</summary>
    public const string TabError = "PY1003";
    /// <summary>A <c>SyntaxWarning</c>.</summary>
    public const string SyntaxWarning = "PY2001";
    /// <summary>A <c>DeprecationWarning</c> raised at compile time (or any other warning category).</summary>
    public const string DeprecationWarning = "PY2002";
    /// <summary>Warning: the same pyc is asked for by more than one PyCompile item.</summary>
    public const string DuplicateItem = "PY5001";
    /// <summary>Error: PyOptimize or PyInvalidationMode metadata has a value PyBuild does not know.</summary>
    public const string InvalidMetadata = "PY5002";
    /// <summary>Error: a PyCompile item's file does not exist.</summary>
    public const string SourceNotFound = "PY5003";
    /// <summary>Error: reading a source or writing a pyc failed.</summary>
    public const string FileAccess = "PY5004";
    /// <summary>Error: the compiler does not handle this construct yet.</summary>
    public const string NotSupported = "PY9001";
    /// <summary>Error: the compiler failed unexpectedly (a bug in PyBuild).</summary>
    public const string InternalError = "PY9002";

    /// <summary>The code for a <c>SyntaxError</c> subclass named <paramref name="errorType"/>.</summary>
    public static string ForErrorType(string errorType) => errorType switch
    {
        "IndentationError" => IndentationError,
        "TabError" => TabError,
        _ => SyntaxError,
    };
}
