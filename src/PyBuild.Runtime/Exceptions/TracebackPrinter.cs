using System.Text;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Exceptions;

/// <summary>Prints an uncaught exception as CPython 3.12 does: chained exceptions, frames with source lines, then the message.</summary>
internal static class TracebackPrinter
{
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
            for (int i = exc.Traceback.Count - 1; i >= 0; i--)
            {
                var e = exc.Traceback[i];
                sb.Append($"  File \"{e.Code.Filename}\", line {e.Line}, in {e.Code.Name}\n");
                var text = SourceLine(lines, e.Code.Filename, e.Line);
                if (text is not null) sb.Append("    ").Append(text).Append('\n');
            }
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
        if (lines is null || line > lines.Length) return null;
        var text = lines[line - 1].Trim();
        return text.Length == 0 ? null : text;
    }
}
