using System.Text;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Exceptions;

/// <summary>Prints an uncaught exception as CPython 3.12 does: chained exceptions, frames with source lines, then the message.</summary>
internal static class TracebackPrinter
{
    private const int TracebackLimit = 1000;
    private const int RecursiveCutoff = 3;

    // CPython shows at most this many exceptions of a group, and this many levels of nested groups.
    private const int MaxGroupWidth = 15;
    private const int MaxGroupDepth = 10;

    public static string Format(PyBaseException exc)
    {
        var sb = new StringBuilder();
        var ctx = new PrintContext();
        Append(sb, exc, ctx);
        return sb.ToString();
    }

    /// <summary>State while printing: the exceptions already shown, and how deep inside exception groups we are.</summary>
    private sealed class PrintContext
    {
        public readonly HashSet<PyBaseException> Seen = new(ReferenceEqualityComparer.Instance);
        public int GroupDepth;
        public bool NeedClose;

        public string Indent => new(' ', 2 * GroupDepth);
    }

    /// <summary>Appends text, every line prefixed by the group margin (<c>| </c>) when inside a group.</summary>
    private static void Emit(StringBuilder sb, PrintContext ctx, string text, char margin = '|')
    {
        if (ctx.GroupDepth == 0)
        {
            sb.Append(text);
            return;
        }
        string prefix = ctx.Indent + margin + " ";
        int start = 0;
        while (start < text.Length)
        {
            int nl = text.IndexOf('\n', start);
            int end = nl < 0 ? text.Length : nl + 1;
            sb.Append(prefix).Append(text, start, end - start);
            start = end;
        }
    }

    private static void Append(StringBuilder sb, PyBaseException exc, PrintContext ctx)
    {
        ctx.Seen.Add(exc);
        if (exc.Cause is PyBaseException cause && !ctx.Seen.Contains(cause))
        {
            Append(sb, cause, ctx);
            Emit(sb, ctx, "\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (exc.Context is PyBaseException context && !exc.SuppressContext && !ctx.Seen.Contains(context))
        {
            Append(sb, context, ctx);
            Emit(sb, ctx, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if (exc.GroupExceptions is { } group && ctx.GroupDepth <= MaxGroupDepth)
        {
            AppendGroup(sb, exc, group, ctx);
            return;
        }
        if (exc.Traceback.Count > 0) Emit(sb, ctx, "Traceback (most recent call last):\n");
        var block = new StringBuilder();
        AppendStack(block, exc);
        AppendExceptionOnly(block, exc);
        Emit(sb, ctx, block.ToString());
    }

    /// <summary>An exception group: its own traceback and message, then each nested exception in a numbered box.</summary>
    private static void AppendGroup(StringBuilder sb, PyBaseException exc, PyTuple group, PrintContext ctx)
    {
        bool topLevel = ctx.GroupDepth == 0;
        if (topLevel) ctx.GroupDepth++;
        if (exc.Traceback.Count > 0)
        {
            Emit(sb, ctx, "Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            var stack = new StringBuilder();
            AppendStack(stack, exc);
            Emit(sb, ctx, stack.ToString());
        }
        var only = new StringBuilder();
        AppendExceptionOnly(only, exc);
        Emit(sb, ctx, only.ToString());
        int count = group.Items.Length;
        int shown = count <= MaxGroupWidth ? count : MaxGroupWidth + 1;
        ctx.NeedClose = false;
        for (int i = 0; i < shown; i++)
        {
            bool last = i == shown - 1;
            if (last) ctx.NeedClose = true;
            bool truncated = i >= MaxGroupWidth;
            string title = truncated ? "..." : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            sb.Append(ctx.Indent).Append(i == 0 ? "+-" : "  ").Append($"+---------------- {title} ----------------\n");
            ctx.GroupDepth++;
            if (!truncated)
            {
                Append(sb, (PyBaseException)group.Items[i], ctx);
            }
            else
            {
                int remaining = count - MaxGroupWidth;
                Emit(sb, ctx, $"and {remaining} more exception{(remaining > 1 ? "s" : "")}\n");
            }
            if (last && ctx.NeedClose)
            {
                sb.Append(ctx.Indent).Append("+------------------------------------\n");
                ctx.NeedClose = false;
            }
            ctx.GroupDepth--;
        }
        if (topLevel) ctx.GroupDepth = 0;
    }

    private static void AppendStack(StringBuilder sb, PyBaseException exc)
    {
        if (exc.Traceback.Count > 0)
        {
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
    }

    private static void AppendExceptionOnly(StringBuilder sb, PyBaseException exc)
    {
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
