using System.Buffers.Binary;
using PyBuild.Compiler.Bytecode;

namespace PyBuild.Compiler.Marshal;

/// <summary>The <c>.pyc</c> file format of CPython 3.12: a 16-byte header, then a marshalled code object.</summary>
public static class Pyc
{
    /// <summary>CPython 3.12's magic number (3531), as the two bytes before <c>\r\n</c>.</summary>
    public const int MagicNumber = 3531;

    /// <summary>
    /// The whole pyc for <paramref name="code"/>. For <see cref="PycInvalidationMode.Timestamp"/> the
    /// header holds <paramref name="sourceMtimeSeconds"/> and <paramref name="sourceSize"/> (each
    /// truncated to 32 bits, as CPython does); for the hash modes, the source hash of <paramref name="source"/>.
    /// </summary>
    public static byte[] Build(CodeObject code, PycInvalidationMode mode, long sourceMtimeSeconds, long sourceSize, ReadOnlySpan<byte> source)
    {
        byte[] pyc = MarshalWriter.Write(code, PycHeader.Size);
        BinaryPrimitives.WriteUInt16LittleEndian(pyc, MagicNumber);
        pyc[2] = (byte)'\r';
        pyc[3] = (byte)'\n';
        switch (mode)
        {
            case PycInvalidationMode.Timestamp:
                BinaryPrimitives.WriteUInt32LittleEndian(pyc.AsSpan(8), (uint)sourceMtimeSeconds);
                BinaryPrimitives.WriteUInt32LittleEndian(pyc.AsSpan(12), (uint)sourceSize);
                break;
            case PycInvalidationMode.CheckedHash:
            case PycInvalidationMode.UncheckedHash:
                BinaryPrimitives.WriteInt32LittleEndian(pyc.AsSpan(4), mode == PycInvalidationMode.CheckedHash ? 0b11 : 0b01);
                SourceHash.Compute(source).CopyTo(pyc.AsSpan(8));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(mode));
        }
        return pyc;
    }

    /// <summary>The code object of a whole pyc, its header checked (magic and flags) but not its staleness.</summary>
    /// <exception cref="MarshalFormatException">The header or the marshal data is bad.</exception>
    public static CodeObject ReadCode(ReadOnlySpan<byte> pyc)
    {
        if (!PycHeader.TryRead(pyc, out _, out string? error)) throw new MarshalFormatException(error!);
        return MarshalReader.ReadCode(pyc.Slice(PycHeader.Size));
    }
}
