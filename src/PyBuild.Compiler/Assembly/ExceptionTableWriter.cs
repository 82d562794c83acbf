using PyBuild.Compiler.FlowGraph;

namespace PyBuild.Compiler.Assembly;

/// <summary>
/// Writes <c>co_exceptiontable</c>: one entry per run of instructions sharing a handler, each as
/// start, length, target and (depth, lasti), in CPython's 6-bit big-endian varints with the first
/// byte of an entry marked by bit 7.
/// </summary>
internal sealed class ExceptionTableWriter
{
    private readonly List<byte> _bytes = new();
    private BasicBlock? _handler;
    private int _start;

    /// <summary>Records that the instruction at <paramref name="offset"/> is covered by <paramref name="handler"/>.</summary>
    public void Add(int offset, BasicBlock? handler)
    {
        if (ReferenceEquals(handler, _handler)) return;
        if (_handler is not null) WriteEntry(_start, offset, _handler);
        _start = offset;
        _handler = handler;
    }

    /// <summary>Closes the last run at <paramref name="end"/> and returns the table.</summary>
    public byte[] Finish(int end)
    {
        if (_handler is not null) WriteEntry(_start, end, _handler);
        return _bytes.ToArray();
    }

    private void WriteEntry(int start, int end, BasicBlock handler)
    {
        int depth = handler.StartDepth - 1;
        if (handler.PreserveLastI) depth--;
        int depthAndLastI = (depth << 1) | (handler.PreserveLastI ? 1 : 0);
        WriteVarint(start, 0x80);
        WriteVarint(end - start, 0);
        WriteVarint(handler.Offset, 0);
        WriteVarint(depthAndLastI, 0);
    }

    private void WriteVarint(int value, int mark)
    {
        int shift = 0;
        while (shift + 6 <= 30 && (value >> (shift + 6)) != 0) shift += 6;
        bool first = true;
        for (; shift > 0; shift -= 6)
        {
            _bytes.Add((byte)(0x40 | ((value >> shift) & 0x3F) | (first ? mark : 0)));
            first = false;
        }
        _bytes.Add((byte)((value & 0x3F) | (first ? mark : 0)));
    }
}
