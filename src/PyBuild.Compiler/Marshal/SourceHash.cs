using System.Buffers.Binary;
using System.Numerics;

namespace PyBuild.Compiler.Marshal;

/// <summary>
/// The source hash of hash-based pycs (PEP 552), as <c>importlib.util.source_hash</c>: SipHash-1-3 of the
/// source bytes, keyed with the pyc magic number read as a little-endian integer (second key half zero).
/// </summary>
public static class SourceHash
{
    /// <summary>The first SipHash key: the four magic bytes <c>cb 0d 0d 0a</c> read little-endian.</summary>
    private const ulong Key0 = Pyc.MagicNumber | ((ulong)'\r' << 16) | ((ulong)'\n' << 24);

    /// <summary>The 8 bytes that go in a hash-based pyc header for <paramref name="source"/>.</summary>
    public static byte[] Compute(ReadOnlySpan<byte> source)
    {
        var result = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(result, SipHash13(Key0, 0, source));
        return result;
    }

    /// <summary>SipHash with one compression round per block and three finalization rounds.</summary>
    internal static ulong SipHash13(ulong k0, ulong k1, ReadOnlySpan<byte> data)
    {
        ulong v0 = 0x736f6d6570736575UL ^ k0;
        ulong v1 = 0x646f72616e646f6dUL ^ k1;
        ulong v2 = 0x6c7967656e657261UL ^ k0;
        ulong v3 = 0x7465646279746573UL ^ k1;
        int blocks = data.Length / 8;
        for (int i = 0; i < blocks; i++)
        {
            ulong m = BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(i * 8));
            v3 ^= m;
            Round(ref v0, ref v1, ref v2, ref v3);
            v0 ^= m;
        }
        // The last block holds the remaining bytes and, in its top byte, the length modulo 256.
        ulong last = (ulong)data.Length << 56;
        var tail = data.Slice(blocks * 8);
        for (int i = 0; i < tail.Length; i++) last |= (ulong)tail[i] << (8 * i);
        v3 ^= last;
        Round(ref v0, ref v1, ref v2, ref v3);
        v0 ^= last;
        v2 ^= 0xff;
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        return v0 ^ v1 ^ v2 ^ v3;
    }

    private static void Round(ref ulong v0, ref ulong v1, ref ulong v2, ref ulong v3)
    {
        v0 += v1; v1 = BitOperations.RotateLeft(v1, 13); v1 ^= v0; v0 = BitOperations.RotateLeft(v0, 32);
        v2 += v3; v3 = BitOperations.RotateLeft(v3, 16); v3 ^= v2;
        v0 += v3; v3 = BitOperations.RotateLeft(v3, 21); v3 ^= v0;
        v2 += v1; v1 = BitOperations.RotateLeft(v1, 17); v1 ^= v2; v2 = BitOperations.RotateLeft(v2, 32);
    }
}
