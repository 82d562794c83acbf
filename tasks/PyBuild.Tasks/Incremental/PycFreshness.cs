using PyBuild.Compiler.Marshal;

namespace PyBuild.Tasks.Incremental;

/// <summary>
/// Whether a pyc still matches its source, decided as CPython's import system decides it: a timestamp
/// pyc by the source's mtime and size (each truncated to 32 bits), a hash-based one by the source hash.
/// </summary>
internal static class PycFreshness
{
    /// <summary>
    /// Judges <paramref name="header"/> (the pyc's first bytes) against the source. <paramref name="sourceHash"/>
    /// is only read for the hash modes.
    /// </summary>
    public static Staleness Check(ReadOnlySpan<byte> header, PycInvalidationMode mode, long sourceMtimeSeconds, long sourceSize, ReadOnlySpan<byte> sourceHash)
    {
        if (!PycHeader.TryRead(header, out var parsed) || parsed.Magic != Pyc.MagicNumber)
        {
            return Staleness.BadHeader;
        }

        if (parsed.Flags != PycHeader.FlagsFor(mode))
        {
            return Staleness.ModeChanged;
        }

        if (mode == PycInvalidationMode.Timestamp)
        {
            return parsed.Mtime == unchecked((uint)sourceMtimeSeconds) && parsed.Size == unchecked((uint)sourceSize)
                ? Staleness.Fresh
                : Staleness.SourceChanged;
        }

        return header.Slice(8, 8).SequenceEqual(sourceHash) ? Staleness.Fresh : Staleness.SourceChanged;
    }
}
