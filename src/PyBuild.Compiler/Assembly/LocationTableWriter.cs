using PyBuild.Compiler.FlowGraph;

namespace PyBuild.Compiler.Assembly;

/// <summary>
/// Writes <c>co_linetable</c> in the PEP 626 format of CPython 3.11+: entries of up to eight code
/// units, each in the most compact form (short, one-line, no-column, long or none) that fits.
/// </summary>
internal sealed class LocationTableWriter
{
    private readonly List<byte> _bytes;
    private int _line;

    /// <summary>
    /// A writer for code of <paramref name="codeUnits"/> code units: tables come out at about a byte
    /// per code unit, so the buffer starts at that size instead of growing from empty.
    /// </summary>
    public LocationTableWriter(int firstLineNo, int codeUnits)
    {
        _line = firstLineNo;
        _bytes = new List<byte>(codeUnits);
    }

    public byte[] ToArray() => _bytes.ToArray();

    /// <summary>Records that <paramref name="length"/> code units have location <paramref name="loc"/>.</summary>
    public void Add(SourceLocation loc, int length)
    {
        while (length > 8)
        {
            WriteEntry(loc, 8);
            length -= 8;
        }
        if (length > 0) WriteEntry(loc, length);
    }

    private void WriteEntry(SourceLocation loc, int length)
    {
        if (loc.Line < 0)
        {
            Header(15, length);
            return;
        }
        int lineDelta = loc.Line - _line;
        int column = loc.Column;
        int endColumn = loc.EndColumn;
        if (column < 0 || endColumn < 0)
        {
            if (loc.EndLine == loc.Line || loc.EndLine < 0)
            {
                Header(13, length);
                WriteSignedVarint(lineDelta);
                _line = loc.Line;
                return;
            }
        }
        else if (loc.EndLine == loc.Line)
        {
            if (lineDelta == 0 && column < 80 && endColumn - column < 16 && endColumn >= column)
            {
                Header(column >> 3, length);
                _bytes.Add((byte)(((column & 7) << 4) | (endColumn - column)));
                return;
            }
            if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128)
            {
                Header(10 + lineDelta, length);
                _bytes.Add((byte)column);
                _bytes.Add((byte)endColumn);
                _line = loc.Line;
                return;
            }
        }
        Header(14, length);
        WriteSignedVarint(lineDelta);
        WriteVarint(loc.EndLine - loc.Line);
        WriteVarint(column + 1);
        WriteVarint(endColumn + 1);
        _line = loc.Line;
    }

    private void Header(int code, int length) => _bytes.Add((byte)(0x80 | (code << 3) | (length - 1)));

    private void WriteVarint(int value)
    {
        uint v = (uint)value;
        while (v >= 64)
        {
            _bytes.Add((byte)(64 | (v & 63)));
            v >>= 6;
        }
        _bytes.Add((byte)v);
    }

    private void WriteSignedVarint(int value) =>
        WriteVarint(value < 0 ? ((-value) << 1) | 1 : value << 1);
}
