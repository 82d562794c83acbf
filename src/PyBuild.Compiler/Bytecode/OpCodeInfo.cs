namespace PyBuild.Compiler.Bytecode;

/// <summary>Static facts about opcodes that the assembler, the disassembler and the VM share.</summary>
public static class OpCodeInfo
{
    /// <summary>Opcodes below this number take no argument (CPython's <c>HAVE_ARGUMENT</c>).</summary>
    public const int HaveArgument = 90;

    private static readonly byte[] CacheEntryCounts = BuildCacheEntryCounts();

    /// <summary>The number of inline <c>CACHE</c> code units that follow <paramref name="op"/> (CPython's <c>_PyOpcode_Caches</c>).</summary>
    public static int CacheEntries(OpCode op) => (int)op < CacheEntryCounts.Length ? CacheEntryCounts[(int)op] : 0;

    /// <summary>Whether <paramref name="op"/> (a real, not pseudo, opcode) uses its argument.</summary>
    public static bool HasArgument(OpCode op) => (int)op >= HaveArgument;

    private static byte[] BuildCacheEntryCounts()
    {
        var counts = new byte[256];
        counts[(int)OpCode.BINARY_SUBSCR] = 1;
        counts[(int)OpCode.STORE_SUBSCR] = 1;
        counts[(int)OpCode.UNPACK_SEQUENCE] = 1;
        counts[(int)OpCode.FOR_ITER] = 1;
        counts[(int)OpCode.STORE_ATTR] = 4;
        counts[(int)OpCode.LOAD_ATTR] = 9;
        counts[(int)OpCode.COMPARE_OP] = 1;
        counts[(int)OpCode.LOAD_GLOBAL] = 4;
        counts[(int)OpCode.BINARY_OP] = 1;
        counts[(int)OpCode.SEND] = 1;
        counts[(int)OpCode.LOAD_SUPER_ATTR] = 1;
        counts[(int)OpCode.CALL] = 3;
        return counts;
    }
}
