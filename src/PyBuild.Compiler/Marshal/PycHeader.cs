using System.Buffers.Binary;

namespace PyBuild.Compiler.Marshal;

/// <summary>
/// The 16-byte header of a CPython 3.12 pyc (PEP 552): magic, flags, then either the source's mtime
/// and size or its source hash. Read it to decide whether a pyc is stale, as importlib does.
/// </summary>
public readonly record struct PycHeader
{
    /// <summary>The header's length in bytes.</summary>
    public const int Size = 16;

    /// <summary>The flags word: 0 for timestamp pycs, bit 0 for hash-based, bit 1 for "check the source".</summary>
    public int Flags { get; init; }

    /// <summary>For timestamp pycs, the source mtime in seconds, truncated to 32 bits.</summary>
    public uint SourceMtime { get; init; }

    /// <summary>For timestamp pycs, the source size, truncated to 32 bits.</summary>
    public uint SourceSize { get; init; }

    /// <summary>For hash-based pycs, the source hash as a little-endian integer.</summary>
    public ulong SourceHash { get; init; }

    /// <summary>How the pyc records its source.</summary>
    public PycInvalidationMode Mode => (Flags & 1) == 0
        ? PycInvalidationMode.Timestamp
        : (Flags & 2) != 0 ? PycInvalidationMode.CheckedHash : PycInvalidationMode.UncheckedHash;

    /// <summary>
    /// Reads a header. Returns false, with importlib's reason in <paramref name="error"/>, when the data
    /// is too short, the magic is not 3.12's, or the flags are invalid.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> pyc, out PycHeader header, out string? error)
    {
        header = default;
        if (pyc.Length < 4 || BinaryPrimitives.ReadUInt16LittleEndian(pyc) != Pyc.MagicNumber || pyc[2] != '\r' || pyc[3] != '\n')
        {
            error = "bad magic number";
            return false;
        }
        if (pyc.Length < Size)
        {
            error = "reached EOF while reading pyc header";
            return false;
        }
        int flags = BinaryPrimitives.ReadInt32LittleEndian(pyc.Slice(4));
        if ((flags & ~0b11) != 0)
        {
            error = "invalid flags " + flags.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return false;
        }
        header = new PycHeader
        {
            Flags = flags,
            SourceMtime = (flags & 1) == 0 ? BinaryPrimitives.ReadUInt32LittleEndian(pyc.Slice(8)) : 0,
            SourceSize = (flags & 1) == 0 ? BinaryPrimitives.ReadUInt32LittleEndian(pyc.Slice(12)) : 0,
            SourceHash = (flags & 1) != 0 ? BinaryPrimitives.ReadUInt64LittleEndian(pyc.Slice(8)) : 0,
        };
        error = null;
        return true;
    }

    /// <summary>
    /// Whether the pyc is still valid for its source, as importlib decides under the default
    /// <c>--check-hash-based-pycs</c>: mtime and size for timestamp pycs, the hash of
    /// <paramref name="source"/> for checked ones, always for unchecked ones. <paramref name="source"/>
    /// is read only for checked hash pycs.
    /// </summary>
    public bool IsUpToDate(long sourceMtimeSeconds, long sourceSize, ReadOnlySpan<byte> source) => Mode switch
    {
        PycInvalidationMode.Timestamp => SourceMtime == (uint)sourceMtimeSeconds && SourceSize == (uint)sourceSize,
        PycInvalidationMode.CheckedHash => SourceHash == BinaryPrimitives.ReadUInt64LittleEndian(Marshal.SourceHash.Compute(source)),
        _ => true,
    };
}
