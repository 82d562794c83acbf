using System.Text;
using PyBuild.Compiler.Parsing;

namespace PyBuild.Tool;

/// <summary>
/// Prints the warnings of compiling a file to stderr as CPython does when it compiles one (running a
/// script, <c>py_compile</c>, <c>compileall</c>): the warnings module's default format,
/// <c>FILE:LINE: CATEGORY: MESSAGE</c> then the stripped source line, each distinct warning once.
/// DeprecationWarnings are left out, as CPython's default filters leave them out of modules other
/// than <c>__main__</c>, which is what a compile-time warning's module is never named.
/// </summary>
internal static class SyntaxWarningPrinter
{
    /// <param name="warnings">The warnings, in the order the compiler raised them.</param>
    /// <param name="filename">The file name as the compiler saw it.</param>
    /// <param name="source">The source, for the quoted lines; null where CPython has no line to show (<c>-c</c>, stdin).</param>
    /// <param name="stderr">Where to print.</param>
    public static void Print(IReadOnlyList<ParserWarning> warnings, string filename, byte[]? source, TextWriter stderr)
    {
        if (warnings.Count == 0) return;
        string[]? lines = null;
        var shown = new HashSet<ParserWarning>();
        foreach (var w in warnings)
        {
            if (w.Category is "DeprecationWarning" or "PendingDeprecationWarning" || !shown.Add(w)) continue;
            stderr.Write($"{filename}:{w.Lineno}: {w.Category}: {w.Message}\n");
            if (source is null) continue;
            lines ??= Encoding.UTF8.GetString(source).Split('\n');
            if (w.Lineno >= 1 && w.Lineno <= lines.Length && lines[w.Lineno - 1].Trim() is { Length: > 0 } text)
            {
                stderr.Write($"  {text}\n");
            }
        }
        stderr.Flush();
    }
}
