using PyBuild.Compiler.Bytecode;

namespace PyBuild.Runtime.Interpreter;

/// <summary>Reads the PEP 626 location table (<c>co_linetable</c>) of CPython 3.12.</summary>
internal static class LineTable
{
    /// <summary>The line of every code unit (-1 where the table says "no location").</summary>
    public static int[] LinesPerCodeUnit(CodeObject code)
    {
        var result = new int[code.Code.Length / 2];
        Array.Fill(result, -1);
        var t = code.LineTable;
        int pos = 0, unit = 0, line = code.FirstLineNo;
        while (pos < t.Length && unit < result.Length)
        {
            byte first = t[pos++];
            int kind = (first >> 3) & 15;
            int length = (first & 7) + 1;
            int lineHere;
            switch (kind)
            {
                case 15:
                    lineHere = -1;
                    break;
                case 14:
                    line += ReadSignedVarint(t, ref pos);
                    ReadVarint(t, ref pos);
                    ReadVarint(t, ref pos);
                    ReadVarint(t, ref pos);
                    lineHere = line;
                    break;
                case 13:
                    line += ReadSignedVarint(t, ref pos);
                    lineHere = line;
                    break;
                case 10:
                case 11:
                case 12:
                    line += kind - 10;
                    pos += 2;
                    lineHere = line;
                    break;
                default:
                    pos += 1;
                    lineHere = line;
                    break;
            }
            for (int i = 0; i < length && unit < result.Length; i++) result[unit++] = lineHere;
        }
        return result;
    }

    private static int ReadVarint(byte[] t, ref int pos)
    {
        int b = t[pos++];
        int val = b & 63;
        int shift = 0;
        while ((b & 64) != 0)
        {
            b = t[pos++];
            shift += 6;
            val |= (b & 63) << shift;
        }
        return val;
    }

    private static int ReadSignedVarint(byte[] t, ref int pos)
    {
        int v = ReadVarint(t, ref pos);
        return (v & 1) != 0 ? -(v >> 1) : v >> 1;
    }
}
