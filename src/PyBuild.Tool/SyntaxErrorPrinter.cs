using PyBuild.Compiler.Diagnostics;

namespace PyBuild.Tool;

/// <summary>
/// CPython 3.12's two ways of showing a SyntaxError: the interpreter's own printer for an uncaught one
/// (a script that does not compile, <c>-m ast</c>, <c>-m dis</c>), and the <c>traceback</c> module's
/// <c>format_exception_only</c>, which <c>py_compile</c> and <c>compileall</c> use. They differ in what
/// they strip and how they place and size the carets.
/// </summary>
internal static class SyntaxErrorPrinter
{
    /// <summary>The interpreter's printing of an uncaught SyntaxError: file and line, the source line, carets, the message.</summary>
    public static void Print(PythonSyntaxError e, TextWriter stderr)
    {
        stderr.Write($"  File \"{e.Filename}\", line {e.Lineno}\n");
        string? text = TextOf(e);
        if (text is not null)
        {
            PrintText(e, text, stderr);
        }

        stderr.Write($"{e.ErrorType}: {e.Message}\n");
    }

    /// <summary>
    /// <c>py_compile</c>'s message: <c>traceback.format_exception_only</c> for a SyntaxError itself, and
    /// <c>Sorry: TYPE: str(error)</c> for its subclasses (IndentationError, TabError).
    /// </summary>
    public static string FormatForPyCompile(PythonSyntaxError e)
    {
        if (e.ErrorType != "SyntaxError")
        {
            return $"Sorry: {e.ErrorType}: {e.Message} ({e.Filename}, line {e.Lineno})";
        }

        var output = new StringWriter();
        output.Write($"  File \"{e.Filename}\", line {e.Lineno}\n");
        string? text = TextOf(e);
        if (text is not null)
        {
            string rtext = text.TrimEnd('\n');
            string ltext = rtext.TrimStart(' ', '\n', '\f');
            int spaces = rtext.Length - ltext.Length;
            output.Write($"    {ltext}\n");
            if (e.Offset != 0)
            {
                int offset = e.Offset;
                int endOffset = e.EndOffset != 0 ? e.EndOffset : offset;
                if (offset == endOffset || endOffset == -1) endOffset = offset + 1;
                int column = offset - 1 - spaces;
                int endColumn = endOffset - 1 - spaces;
                if (column >= 0)
                {
                    // Tabs and other whitespace are kept in the caret line so the carets line up; the
                    // spacing stops at the end of the text even when the offset lies beyond it.
                    var carets = new System.Text.StringBuilder("    ");
                    for (int i = 0; i < Math.Min(column, ltext.Length); i++) carets.Append(char.IsWhiteSpace(ltext[i]) ? ltext[i] : ' ');
                    carets.Append('^', Math.Max(0, endColumn - column));
                    output.Write(carets.Append('\n').ToString());
                }
            }
        }

        output.Write($"{e.ErrorType}: {e.Message}\n");
        return output.ToString();
    }

    /// <summary>
    /// The error's source line. Errors the parser raises carry it; CPython's compiler stages read it from
    /// the file when they raise, so where the compiler gave none it is read from the file here.
    /// </summary>
    private static string? TextOf(PythonSyntaxError e)
    {
        if (e.Text is not null) return e.Text;
        if (e.Lineno < 1 || !File.Exists(e.Filename)) return null;
        try
        {
            using var reader = new StreamReader(e.Filename, System.Text.Encoding.UTF8);
            string? line = null;
            for (int i = 0; i < e.Lineno; i++)
            {
                line = reader.ReadLine();
                if (line is null) return null;
            }

            return line + "\n";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void PrintText(PythonSyntaxError e, string text, TextWriter stderr)
    {
        int offset = e.Offset - 1;
        int start = 0;
        while (start < text.Length && text[start] is ' ' or '\t' or '\f')
        {
            start++;
            offset--;
        }

        string line = text[start..];
        int length = line.Length > 0 && line[^1] == '\n' ? line.Length - 1 : line.Length;

        // The caret may stand just past the end of the line (an error at the end of the input).
        if (offset > length + 1) offset = length + 1;

        // A multi-line text (an unterminated triple-quoted string, say) is shown from the line holding the offset.
        for (;;)
        {
            int nl = line.IndexOf('\n');
            if (nl < 0 || nl >= offset || nl >= length) break;
            length -= nl + 1;
            nl++;
            line = line[nl..];
            offset -= nl;
        }

        stderr.Write("    " + line.TrimEnd('\n') + "\n");
        if (offset < 0) return;
        stderr.Write("    " + new string(' ', offset) + new string('^', CaretWidth(e, text)) + "\n");
    }

    /// <summary>
    /// IndentationError and TabError get one caret; other errors span to their end offset, clipped to the
    /// first line when they end on a later one.
    /// </summary>
    private static int CaretWidth(PythonSyntaxError e, string text)
    {
        if (e.ErrorType is "IndentationError" or "TabError") return 1;
        int endOffset = e.EndLineno > e.Lineno ? text.Length : e.EndOffset;
        if (endOffset > text.Length + 1) endOffset = text.Length + 1;
        return endOffset > e.Offset ? endOffset - e.Offset : 1;
    }
}
