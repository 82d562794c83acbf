namespace PyBuild.Runtime.Objects;

/// <summary>
/// The optional <c>start</c> and <c>end</c> arguments of the str and bytes search methods (<c>find</c>,
/// <c>count</c>, <c>startswith</c>, ...), clamped like slice bounds. The start may come out as
/// <c>length + 1</c>, so callers can tell "past the end" (no match, not even an empty one) from "at the end".
/// </summary>
internal static class SearchBounds
{
    /// <summary>Reads <c>args[from]</c> and <c>args[from + 1]</c> when present and not None.</summary>
    public static (int Start, int End) FromArgs(ReadOnlySpan<PyObject> args, int from, int length)
    {
        long start = (args.Length > from ? ArgConversions.SliceIndex(args[from]) : null) ?? 0;
        long end = (args.Length > from + 1 ? ArgConversions.SliceIndex(args[from + 1]) : null) ?? length;
        if (start < 0) start = Math.Max(0, start + length);
        if (end < 0) end = Math.Max(0, end + length);
        return ((int)Math.Min(start, length + 1), (int)Math.Min(end, length));
    }
}
