namespace PyBuild.Tasks.Diagnostics;

/// <summary>One message for the build log, in MSBuild's canonical form <c>file(line,col,endline,endcol): error CODE: text</c>.</summary>
/// <param name="IsWarning">A warning (subject to <see cref="WarningPolicy"/>) rather than an error.</param>
/// <param name="Code">The PY code.</param>
/// <param name="File">The file it is about, or null.</param>
/// <param name="Line">1-based line, 0 when none.</param>
/// <param name="Column">1-based column, 0 when none.</param>
/// <param name="EndLine">1-based end line, 0 when none.</param>
/// <param name="EndColumn">1-based end column (exclusive, as CPython's end_offset), 0 when none.</param>
/// <param name="Message">The text.</param>
internal sealed record Diagnostic(bool IsWarning, string Code, string? File, int Line, int Column, int EndLine, int EndColumn, string Message)
{
    /// <summary>An error about a whole file.</summary>
    public static Diagnostic Error(string code, string? file, string message) => new(false, code, file, 0, 0, 0, 0, message);

    /// <summary>A warning about a whole file.</summary>
    public static Diagnostic Warning(string code, string? file, string message) => new(true, code, file, 0, 0, 0, 0, message);
}
