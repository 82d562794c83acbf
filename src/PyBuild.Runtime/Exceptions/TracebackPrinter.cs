using System.Text;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Exceptions;

/// <summary>Prints an uncaught exception as CPython 3.12 does: chained exceptions, frames with source lines, then the message.</summary>
internal static class TracebackPrinter
{
    private const int TracebackLimit = 1000;
    private const int RecursiveCutoff = 3;

    public static string Format(PyBaseException exc)
    {
        var sb = new StringBuilder();
        var seen = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        Append(sb, exc, seen);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, PyBaseException exc, HashSet<PyBaseException> seen)
    {
        seen.Add(exc);
        if (exc.Cause is PyBaseException cause && !seen.Contains(cause))
        {
            Append(sb, cause, seen);
            sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (exc.Context is PyBaseException context && !exc.SuppressContext && !seen.Contains(context))
        {
            Append(sb, context, seen);
            sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if (exc.Traceback.Count > 0)
        {
            sb.Append("Traceback (most recent call last):\n");
            var lines = new Dictionary<string, string[]?>();
            // Only the newest TracebackLimit entries are shown, and runs of the same line collapse.
            int first = Math.Max(0, exc.Traceback.Count - TracebackLimit);
            string? lastFile = null, lastName = null;
            int lastLine = -1, repeats = 0;
            for (int i = exc.Traceback.Count - 1 - first; i >= 0; i--)
            {
                var e = exc.Traceback[i];
                if (e.Code.Filename != lastFile || e.Line != lastLine || lastLine == -1 || e.Code.Name != lastName)
                {
                    AppendRepeated(sb, repeats);
                    lastFile = e.Code.Filename;
                    lastLine = e.Line;
                    lastName = e.Code.Name;
                    repeats = 0;
                }
                repeats++;
                if (repeats > RecursiveCutoff) continue;
                sb.Append($"  File \"{e.Code.Filename}\", line {e.Line}, in {e.Code.Name}\n");
                var text = SourceLine(lines, e.Code.Filename, e.Line);
                if (text is null) continue;
                var stripped = text.TrimStart(' ', '\t', '\f').TrimEnd();
                if (stripped.Length == 0) continue;
                sb.Append("    ").Append(stripped).Append('\n');
                var carets = CaretLine(text, stripped, e.Code.PositionOf(e.Instruction));
                if (carets is not null) sb.Append("    ").Append(carets).Append('\n');
            }
            AppendRepeated(sb, repeats);
        }
        sb.Append(ExceptionLine(exc)).Append('\n');
        if (exc.Notes is not null)
        {
            foreach (var note in exc.Notes) sb.Append(Ops.SafeStr(note)).Append('\n');
        }
    }

    /// <summary>The last line: <c>Type: message</c>, the type qualified by its module unless builtins or __main__.</summary>
    public static string ExceptionLine(PyBaseException exc)
    {
        var t = exc.Type;
        string name = t.IsHeapType ? t.QualName : t.Name;
        if (t.IsHeapType && t.Dict.GetItemOrNull("__module__") is PyStr mod && mod.Value is not ("__main__" or "builtins"))
            name = mod.Value + "." + name;
        string msg = Ops.SafeStr(exc);
        return msg.Length == 0 ? name : name + ": " + msg;
    }

    private static string? SourceLine(Dictionary<string, string[]?> cache, string filename, int line)
    {
        if (line <= 0) return null;
        if (!cache.TryGetValue(filename, out var lines))
        {
            try
            {
                lines = File.Exists(filename) ? File.ReadAllLines(filename) : null;
            }
            catch (IOException)
            {
                lines = null;
            }
            catch (UnauthorizedAccessException)
            {
                lines = null;
            }
            cache[filename] = lines;
        }
        return lines is null || line > lines.Length ? null : lines[line - 1];
    }

    private static void AppendRepeated(StringBuilder sb, int count)
    {
        if (count <= RecursiveCutoff) return;
        count -= RecursiveCutoff;
        sb.Append($"  [Previous line repeated {count} more time{(count > 1 ? "s" : "")}]\n");
    }

    /// <summary>
    /// The line of <c>~</c> and <c>^</c> under the failing expression, as CPython 3.12 draws it: the
    /// whole range in <c>^</c>, or for a binary operator or subscript, the operator or brackets in
    /// <c>^</c> and the operands in <c>~</c>. Null when the range covers the whole line.
    /// </summary>
    private static string? CaretLine(string line, string stripped, Interpreter.SourcePosition pos)
    {
        if (pos.Line < 0 || pos.Col < 0 || pos.EndCol < 0) return null;
        var bytes = Encoding.UTF8.GetBytes(line);
        if (pos.Col > bytes.Length) return null;
        int start = CharOffset(bytes, pos.Col);
        int leading = line.Length - line.TrimStart(' ', '\t', '\f').Length;
        int end = pos.EndLine == pos.Line ? CharOffset(bytes, Math.Min(pos.EndCol, bytes.Length)) : leading + stripped.Length;
        if (end <= start) return null;
        (int Left, int Right)? anchors = pos.EndLine == pos.Line ? Anchors(line[start..end]) : null;
        bool partial = end - start < stripped.Length;
        if (!partial && !(anchors is { } a0 && a0.Right - a0.Left > 0)) return null;
        var sb = new StringBuilder();
        sb.Append(' ', Math.Max(0, start - leading));
        if (anchors is { } a)
        {
            sb.Append('~', a.Left).Append('^', a.Right - a.Left).Append('~', end - start - a.Right);
        }
        else
        {
            sb.Append('^', end - start);
        }
        return sb.ToString();
    }

    private static int CharOffset(byte[] utf8, int byteOffset) => Encoding.UTF8.GetString(utf8, 0, byteOffset).Length;

    /// <summary>Where the operator (or the subscript brackets) of the expression <paramref name="segment"/> starts and ends.</summary>
    private static (int Left, int Right)? Anchors(string segment)
    {
        Compiler.Syntax.Mod tree;
        try
        {
            tree = Compiler.PythonCompiler.Parse(Encoding.UTF8.GetBytes(segment), "<segment>", Compiler.CompileMode.Exec);
        }
        catch (Exception e) when (e is Compiler.Diagnostics.PythonSyntaxError or NotSupportedException)
        {
            return null;
        }
        if (tree is not Compiler.Syntax.Module { Body.Count: 1 } module || module.Body[0] is not Compiler.Syntax.ExprStmt stmt) return null;
        var segBytes = Encoding.UTF8.GetBytes(segment);
        int Norm(int b) => CharOffset(segBytes, Math.Clamp(b, 0, segBytes.Length));
        switch (stmt.Value)
        {
            case Compiler.Syntax.BinOp bin:
            {
                int opStart = Norm(bin.Left.EndColOffset);
                int opEnd = Norm(bin.Right.ColOffset);
                var between = segment[opStart..opEnd];
                int skip = between.Length - between.TrimStart().Length;
                int left = opStart + skip;
                int right = left + 1;
                if (skip + 1 < between.Length && !char.IsWhiteSpace(between[skip + 1])) right++;
                while (left < segment.Length && (char.IsWhiteSpace(segment[left]) || segment[left] is ')' or '#'))
                {
                    left++;
                    right++;
                }
                return (left, right);
            }
            case Compiler.Syntax.Subscript sub:
            {
                int left = Norm(sub.Value.EndColOffset);
                int right = Norm(sub.Slice.EndColOffset + 1);
                while (left < segment.Length && segment[left] != '[') left++;
                while (right < segment.Length && segment[right] != ']') right++;
                if (right < segment.Length) right++;
                return (left, right);
            }
            default:
                return null;
        }
    }
}
