using PyBuild.Compiler.Bytecode;

namespace PyBuild.Runtime.Interpreter;

/// <summary>Reads the PEP 626 location table (<c>co_linetable</c>) of CPython 3.12.</summary>
internal static class LineTable
{
    /// <summary>The line of every code unit (-1 where the table says "no location").</summary>
    public static int[] LinesPerCodeUnit(CodeObject code)
    {
        var positions = PositionsPerCodeUnit(code);
        var lines = new int[positions.Length];
        for (int i = 0; i < lines.Length; i++) lines[i] = positions[i].Line;
        return lines;
    }

    /// <summary>The full source position of every code unit (columns are UTF-8 byte offsets, -1 when absent).</summary>
    public static SourcePosition[] PositionsPerCodeUnit(CodeObject code)
    {
        var result = new SourcePosition[code.Code.Length / 2];
        Array.Fill(result, new SourcePosition(-1, -1, -1, -1));
        var t = code.LineTable;
        int pos = 0, unit = 0, line = code.FirstLineNo;
        while (pos < t.Length && unit < result.Length)
        {
            byte first = t[pos++];
            int kind = (first >> 3) & 15;
            int length = (first & 7) + 1;
            SourcePosition here;
            switch (kind)
            {
                case 15:
                    here = new SourcePosition(-1, -1, -1, -1);
                    break;
                case 14:
                {
                    line += ReadSignedVarint(t, ref pos);
                    int endLine = line + ReadVarint(t, ref pos);
                    int col = ReadVarint(t, ref pos) - 1;
                    int endCol = ReadVarint(t, ref pos) - 1;
                    here = new SourcePosition(line, endLine, col, endCol);
                    break;
                }
                case 13:
                    line += ReadSignedVarint(t, ref pos);
                    here = new SourcePosition(line, line, -1, -1);
                    break;
                case 10:
                case 11:
                case 12:
                    line += kind - 10;
                    here = new SourcePosition(line, line, t[pos], t[pos + 1]);
                    pos += 2;
                    break;
                default:
                {
                    int second = t[pos++];
                    int col = kind * 8 + ((second >> 4) & 7);
                    here = new SourcePosition(line, line, col, col + (second & 15));
                    break;
                }
            }
            for (int i = 0; i < length && unit < result.Length; i++) result[unit++] = here;
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

/// <summary>A source range of an instruction: lines, and UTF-8 byte columns (-1 when unknown).</summary>
/// <param name="Line">First line.</param>
/// <param name="EndLine">Last line.</param>
/// <param name="Col">Start column.</param>
/// <param name="EndCol">End column.</param>
internal readonly record struct SourcePosition(int Line, int EndLine, int Col, int EndCol);
