using System.Buffers.Binary;
using PyBuild.Compiler.Marshal;

namespace PyBuild.Tasks.Incremental;

/// <summary>The 16-byte header of a CPython 3.12 pyc (PEP 552): magic, flags, then mtime and size or (bytes 8 to 16) the source hash.</summary>
internal readonly struct PycHeader
{
    /// <summary>The header's length in bytes.</summary>
    public const int Length = 16;

    /// <summary>Flag bit 0: the pyc is hash-based.</summary>
    public const uint HashBasedFlag = 0b01;

    /// <summary>Flag bit 1: a hash-based pyc whose hash import checks.</summary>
    public const uint CheckSourceFlag = 0b10;

    private PycHeader(int magic, uint flags, uint mtime, uint size)
    {
        Magic = magic;
        Flags = flags;
        Mtime = mtime;
        Size = size;
    }

    /// <summary>The magic number (the two bytes before <c>\r\n</c>), or -1 when those bytes are not <c>\r\n</c>.</summary>
    public int Magic { get; }

    /// <summary>The flags word.</summary>
    public uint Flags { get; }

    /// <summary>The source mtime, truncated to 32 bits (timestamp pycs).</summary>
    public uint Mtime { get; }

    /// <summary>The source size, truncated to 32 bits (timestamp pycs).</summary>
    public uint Size { get; }

    /// <summary>Reads a header; false when <paramref name="bytes"/> is shorter than <see cref="Length"/>.</summary>
    public static bool TryRead(ReadOnlySpan<byte> bytes, out PycHeader header)
    {
        if (bytes.Length < Length)
        {
            header = default;
            return false;
        }

        int magic = bytes[2] == (byte)'\r' && bytes[3] == (byte)'\n' ? BinaryPrimitives.ReadUInt16LittleEndian(bytes) : -1;
        header = new PycHeader(
            magic,
            BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(4)),
            BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(8)),
            BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(12)));
        return true;
    }

    /// <summary>The flags word CPython writes for <paramref name="mode"/>.</summary>
    public static uint FlagsFor(PycInvalidationMode mode) => mode switch
    {
        PycInvalidationMode.CheckedHash => HashBasedFlag | CheckSourceFlag,
        PycInvalidationMode.UncheckedHash => HashBasedFlag,
        _ => 0,
    };
}
