namespace PyBuild.Compiler.Parsing;

/// <summary>A compile-time warning (CPython's <c>SyntaxWarning</c> or <c>DeprecationWarning</c>) raised while parsing.</summary>
/// <param name="Category">The warning class name, such as <c>SyntaxWarning</c>.</param>
/// <param name="Message">The message.</param>
/// <param name="Lineno">The 1-based line it is reported on.</param>
public sealed record ParserWarning(string Category, string Message, int Lineno);
