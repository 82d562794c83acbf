namespace PyBuild.Compiler.Bytecode;

/// <summary>One entry of <c>co_exceptiontable</c>, in byte offsets as <c>dis</c> shows them.</summary>
/// <param name="Start">First protected byte offset.</param>
/// <param name="End">Byte offset just after the protected range.</param>
/// <param name="Target">Handler byte offset.</param>
/// <param name="Depth">Stack depth to unwind to.</param>
/// <param name="Lasti">Whether the offset of the raising instruction is pushed.</param>
public readonly record struct ExceptionTableEntry(int Start, int End, int Target, int Depth, bool Lasti);

/// <summary>Decodes CPython 3.11+'s exception table, for the disassembler and the VM's unwinding.</summary>
public static class ExceptionTable
{
    /// <summary>The entries of <paramref name="table"/>; a truncated last entry is dropped, as <c>dis</c> drops it.</summary>
    public static List<ExceptionTableEntry> Decode(byte[] table)
    {
        var entries = new List<ExceptionTableEntry>();
        int pos = 0;
        while (true)
        {
            if (!TryReadVarint(table, ref pos, out long start)
                || !TryReadVarint(table, ref pos, out long length)
                || !TryReadVarint(table, ref pos, out long target)
                || !TryReadVarint(table, ref pos, out long depthAndLasti))
            {
                return entries;
            }
            entries.Add(new ExceptionTableEntry(
                Clamp(start * 2), Clamp((start + length) * 2), Clamp(target * 2), Clamp(depthAndLasti >> 1), (depthAndLasti & 1) != 0));
        }
    }

    private static int Clamp(long value) => value > int.MaxValue ? int.MaxValue : (int)value;

    private static bool TryReadVarint(byte[] table, ref int pos, out long value)
    {
        // Big-endian groups of 6 bits, bit 6 meaning "more follows"; bit 7 marks an entry's first byte.
        value = 0;
        while (pos < table.Length)
        {
            int b = table[pos++];
            value = (value << 6) | (long)(b & 63);
            if (value > int.MaxValue) value = int.MaxValue;
            if ((b & 64) == 0) return true;
        }
        return false;
    }
}
