namespace PyBuild.Tasks.Compilation;

/// <summary>A <c>SyntaxWarning</c> raised while compiling, with CPython's 1-based positions (0 when unknown).</summary>
/// <param name="Message">The warning text, as CPython prints it after <c>SyntaxWarning: </c>.</param>
/// <param name="Lineno">1-based line.</param>
/// <param name="Offset">1-based start column.</param>
/// <param name="EndLineno">1-based end line.</param>
/// <param name="EndOffset">1-based end column, exclusive.</param>
internal sealed record CompileWarning(string Message, int Lineno, int Offset, int EndLineno, int EndOffset);
