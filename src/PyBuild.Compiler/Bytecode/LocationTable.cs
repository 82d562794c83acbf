namespace PyBuild.Compiler.Bytecode;

/// <summary>
/// One entry of a decoded location table (<c>co_positions</c> for a range of code units). Offsets are
/// in bytes; a field CPython reports as None is -1.
/// </summary>
/// <param name="StartOffset">First byte offset covered.</param>
/// <param name="EndOffset">Byte offset just after the range.</param>
/// <param name="Line">Source line, or -1 when the instructions have no location.</param>
/// <param name="EndLine">Last source line, or -1.</param>
/// <param name="Column">0-based start column in UTF-8 bytes, or -1.</param>
/// <param name="EndColumn">0-based end column in UTF-8 bytes, or -1.</param>
public readonly record struct LocationEntry(int StartOffset, int EndOffset, int Line, int EndLine, int Column, int EndColumn);

/// <summary>
/// Decodes the PEP 626 location table (<c>co_linetable</c>) of CPython 3.11+, for the disassembler's
/// line numbers and the VM's tracebacks. Truncated or corrupt tables end the decoding early rather than fail.
/// </summary>
public static class LocationTable
{
    private const int CodeNoLocation = 15;
    private const int CodeLong = 14;
    private const int CodeNoColumns = 13;
    private const int CodeOneLine0 = 10;

    /// <summary>All entries of <paramref name="code"/>'s location table, in order.</summary>
    public static List<LocationEntry> Decode(CodeObject code)
    {
        var entries = new List<LocationEntry>();
        var reader = new Reader(code);
        while (reader.TryNext(out var entry)) entries.Add(entry);
        return entries;
    }

    /// <summary>
    /// The offsets where a new source line starts, with that line, as CPython's <c>dis.findlinestarts</c>:
    /// an entry starts a line when it has one that differs from the last line seen.
    /// </summary>
    public static List<(int Offset, int Line)> LineStarts(CodeObject code)
    {
        var starts = new List<(int Offset, int Line)>();
        bool any = false;
        int last = 0;
        foreach (var entry in Decode(code))
        {
            if (entry.Line < 0 || (any && entry.Line == last)) continue;
            any = true;
            last = entry.Line;
            starts.Add((entry.StartOffset, entry.Line));
        }
        return starts;
    }

    /// <summary>The source line of the instruction at byte <paramref name="offset"/>, or -1 when it has none.</summary>
    public static int LineForOffset(CodeObject code, int offset)
    {
        var reader = new Reader(code);
        while (reader.TryNext(out var entry))
        {
            if (offset >= entry.StartOffset && offset < entry.EndOffset) return entry.Line;
        }
        return -1;
    }

    /// <summary>Walks the table one entry at a time, without allocating.</summary>
    private struct Reader(CodeObject code)
    {
        private readonly byte[] _table = code.LineTable;
        private int _pos;
        private int _line = code.FirstLineNo;
        private int _offset;

        public bool TryNext(out LocationEntry entry)
        {
            entry = default;
            var table = _table;
            if (_pos >= table.Length) return false;
            int first = table[_pos++];
            if ((first & 0x80) == 0)
            {
                _pos = table.Length;
                return false;
            }
            int kind = (first >> 3) & 15;
            int start = _offset;
            int end = start + ((first & 7) + 1) * 2;
            switch (kind)
            {
                case CodeNoLocation:
                    entry = new LocationEntry(start, end, -1, -1, -1, -1);
                    break;
                case CodeLong:
                {
                    if (!TryReadSignedVarint(table, ref _pos, out int lineDelta)
                        || !TryReadVarint(table, ref _pos, out int endLineDelta)
                        || !TryReadVarint(table, ref _pos, out int column)
                        || !TryReadVarint(table, ref _pos, out int endColumn))
                    {
                        return Stop();
                    }
                    _line += lineDelta;
                    entry = new LocationEntry(start, end, _line, _line + endLineDelta, column - 1, endColumn - 1);
                    break;
                }
                case CodeNoColumns:
                {
                    if (!TryReadSignedVarint(table, ref _pos, out int lineDelta)) return Stop();
                    _line += lineDelta;
                    entry = new LocationEntry(start, end, _line, _line, -1, -1);
                    break;
                }
                case >= CodeOneLine0:
                {
                    if (_pos + 2 > table.Length) return Stop();
                    _line += kind - CodeOneLine0;
                    entry = new LocationEntry(start, end, _line, _line, table[_pos], table[_pos + 1]);
                    _pos += 2;
                    break;
                }
                default:
                {
                    // The short form: same line, the column split between the kind and one byte.
                    if (_pos >= table.Length) return Stop();
                    int second = table[_pos++];
                    int column = kind * 8 + ((second >> 4) & 7);
                    entry = new LocationEntry(start, end, _line, _line, column, column + (second & 15));
                    break;
                }
            }
            _offset = end;
            return true;
        }

        private bool Stop()
        {
            _pos = _table.Length;
            return false;
        }
    }

    private static bool TryReadVarint(byte[] table, ref int pos, out int value)
    {
        // Little-endian groups of 6 bits, bit 6 meaning "more follows".
        value = 0;
        int shift = 0;
        while (pos < table.Length && shift < 32)
        {
            int b = table[pos++];
            value |= (b & 63) << shift;
            if ((b & 64) == 0) return true;
            shift += 6;
        }
        return false;
    }

    private static bool TryReadSignedVarint(byte[] table, ref int pos, out int value)
    {
        if (!TryReadVarint(table, ref pos, out int raw))
        {
            value = 0;
            return false;
        }
        value = (raw & 1) != 0 ? -(int)((uint)raw >> 1) : (int)((uint)raw >> 1);
        return true;
    }
}
