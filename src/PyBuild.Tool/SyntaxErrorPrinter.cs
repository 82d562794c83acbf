using PyBuild.Compiler.Diagnostics;

namespace PyBuild.Tool;

/// <summary>Prints a syntax error the way CPython 3.12 prints an uncaught one: file and line, the source line, carets, then the message.</summary>
internal static class SyntaxErrorPrinter
{
    public static void Print(PythonSyntaxError e, TextWriter stderr)
    {
        stderr.WriteLine($"  File \"{e.Filename}\", line {e.Lineno}");
        if (e.Text is not null) PrintText(e.Text, e.Offset, e.EndOffset, stderr);
        stderr.WriteLine($"{e.ErrorType}: {e.Message}");
    }

    private static void PrintText(string text, int offset, int endOffset, TextWriter stderr)
    {
        int carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        offset--;
        int start = 0;
        while (start < text.Length && text[start] is ' ' or '\t' or '\f')
        {
            start++;
            offset--;
        }
        string line = text[start..];
        int length = line.Length;
        if (length > 0 && line[length - 1] == '\n') length--;
        if (offset > length) offset = length;
        for (;;)
        {
            int nl = line.IndexOf('\n');
            if (nl < 0 || nl >= offset) break;
            nl++;
            line = line[nl..];
            length -= nl;
            offset -= nl;
        }
        stderr.WriteLine("    " + line.TrimEnd('\n'));
        if (offset < 0) return;
        stderr.WriteLine("    " + new string(' ', offset) + new string('^', carets));
    }
}
