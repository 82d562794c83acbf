using System.Buffers.Binary;
using PyBuild.Compiler.Marshal;

namespace PyBuild.Tasks.Incremental;

/// <summary>
/// Whether a pyc still matches its source, decided as CPython's import system decides it: a timestamp
/// pyc by the source's mtime and size (each truncated to 32 bits), a hash-based one by the source hash.
/// </summary>
/// <remarks>
/// Unlike importlib, an unchecked-hash pyc is checked too: import trusts it blindly, so the build is the
/// only one left to keep it in step with its source.
/// </remarks>
internal static class PycFreshness
{
    /// <summary>
    /// Judges <paramref name="header"/> (the pyc's first bytes) against the source. <paramref name="sourceHash"/>
    /// is only read for the hash modes.
    /// </summary>
    public static Staleness Check(ReadOnlySpan<byte> header, PycInvalidationMode mode, long sourceMtimeSeconds, long sourceSize, ReadOnlySpan<byte> sourceHash)
    {
        if (!PycHeader.TryRead(header, out var parsed, out _))
        {
            return Staleness.BadHeader;
        }

        if (parsed.Mode != mode)
        {
            return Staleness.ModeChanged;
        }

        if (mode == PycInvalidationMode.Timestamp)
        {
            return parsed.SourceMtime == unchecked((uint)sourceMtimeSeconds) && parsed.SourceSize == unchecked((uint)sourceSize)
                ? Staleness.Fresh
                : Staleness.SourceChanged;
        }

        return sourceHash.Length == 8 && parsed.SourceHash == BinaryPrimitives.ReadUInt64LittleEndian(sourceHash)
            ? Staleness.Fresh
            : Staleness.SourceChanged;
    }
}
