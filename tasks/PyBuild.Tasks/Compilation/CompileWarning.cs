namespace PyBuild.Tasks.Compilation;

/// <summary>A warning raised while compiling, with CPython's 1-based positions (0 when unknown).</summary>
/// <param name="Category">The warning class: <c>SyntaxWarning</c> or <c>DeprecationWarning</c>.</param>
/// <param name="Message">The warning text, as CPython prints it after the category.</param>
/// <param name="Lineno">1-based line.</param>
/// <param name="Offset">1-based start column.</param>
/// <param name="EndLineno">1-based end line.</param>
/// <param name="EndOffset">1-based end column, exclusive.</param>
internal sealed record CompileWarning(string Category, string Message, int Lineno, int Offset, int EndLineno, int EndOffset);
