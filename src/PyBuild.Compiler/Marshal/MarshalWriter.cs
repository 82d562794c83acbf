using System.Buffers.Binary;
using System.Numerics;
using PyBuild.Compiler.Bytecode;

namespace PyBuild.Compiler.Marshal;

/// <summary>
/// Writes code objects and constants in CPython 3.12's marshal format, version 4, as
/// <c>marshal.dumps</c> does when <c>py_compile</c> writes a pyc.
/// </summary>
/// <remarks>
/// CPython marks an object for back-references (<c>FLAG_REF</c>) when its reference count is above one,
/// so the bytes depend on which objects CPython shares. This writer reproduces that sharing from the
/// object graph: interned strings (names, and constants made only of <c>[A-Za-z0-9_]</c>) and
/// immortal singletons (small ints, <c>()</c>, <c>b''</c>, one-byte bytes, one-character Latin-1 strings,
/// the static names such as <c>&lt;module&gt;</c>) are always marked; <c>co_code</c> and the file name are
/// always marked; other constants, and the <c>co_consts</c>, <c>co_names</c> and <c>co_localsplusnames</c>
/// tuples, are merged by value across the whole module as CPython's constant cache merges them and
/// are marked when used more than once or when they are frozenset elements.
/// </remarks>
public sealed class MarshalWriter
{
    private static readonly object TopCodeKey = new();

    private readonly Dictionary<object, int> _constCounts;
    private readonly Dictionary<object, int> _constRefs = new(ConstantKey.Instance);
    private readonly Dictionary<string, int> _internedRefs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _staticRefs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _filenameRefs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unusualIdentifiers;
    private byte[] _buffer = new byte[4096];
    private int _length;
    private int _nextRef;

    private MarshalWriter()
    {
        _constCounts = new(ConstantKey.Instance);
        _unusualIdentifiers = new(StringComparer.Ordinal);
    }

    /// <summary>A writer with fresh back-references but the same sharing facts as <paramref name="module"/>.</summary>
    private MarshalWriter(MarshalWriter module)
    {
        _constCounts = module._constCounts;
        _unusualIdentifiers = module._unusualIdentifiers;
    }

    /// <summary>The marshal bytes of <paramref name="code"/>, the body of a pyc.</summary>
    /// <exception cref="MarshalFormatException">The constants nest deeper than marshal allows.</exception>
    public static byte[] Write(CodeObject code)
    {
        var writer = new MarshalWriter();
        writer.CountCode(code, 0);
        writer.WriteCode(code, 0, isTop: true);
        return writer._buffer.AsSpan(0, writer._length).ToArray();
    }

    /// <summary>The marshal bytes of one constant (any of the types listed in <see cref="CodeObject.Consts"/>).</summary>
    /// <exception cref="MarshalFormatException">The value is not a constant type or nests too deeply.</exception>
    public static byte[] WriteConstant(object? value)
    {
        var writer = new MarshalWriter();
        writer.CountConst(value, 0, inFrozenSet: false);
        writer.WriteConst(value, 0);
        return writer._buffer.AsSpan(0, writer._length).ToArray();
    }

    // ---- pass 1: how many holders each merged constant has, as CPython's reference counts ----

    private void CountCode(CodeObject code, int depth)
    {
        CheckDepth(depth);
        CountTuple(code.Consts, depth, isNames: false);
        CountTuple(code.Names, depth, isNames: true);
        CountTuple(code.LocalsPlusNames, depth, isNames: true);
        NoteIdentifier(code.Name);
        // A class body loads its own qualified name as a constant: that string is co_qualname itself.
        if (!string.Equals(code.QualName, code.Name, StringComparison.Ordinal) && HoldsString(code.Consts, code.QualName))
        {
            AddCount(code.QualName, 1);
        }
    }

    private static bool HoldsString(object?[] consts, string value)
    {
        foreach (var item in consts)
        {
            if (item is string s && string.Equals(s, value, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private void CountTuple(object?[] items, int depth, bool isNames)
    {
        if (items.Length == 0) return;
        if (AddCount(items, 1) > 1) return;
        foreach (var item in items)
        {
            if (isNames) NoteIdentifier((string)item!);
            else CountConst(item, depth + 1, inFrozenSet: false);
        }
    }

    private void CountConst(object? value, int depth, bool inFrozenSet)
    {
        CheckDepth(depth);
        // A frozenset's elements carry one more reference than their other holders in CPython.
        int weight = inFrozenSet ? 2 : 1;
        switch (value)
        {
            case null or bool or ConstEllipsis:
                return;
            case CodeObject code:
                CountCode(code, depth);
                return;
            case string s:
                if (!IsImmortalString(s) && !LooksLikeIdentifier(s)) AddCount(s, weight);
                return;
            case BigInteger i:
                if (!IsSmallInt(i)) AddCount(i, weight);
                return;
            case byte[] b:
                if (b.Length > 1) AddCount(b, weight);
                return;
            case double or Complex:
                AddCount(value, weight);
                return;
            case ConstTuple t:
                if (t.Items.Length == 0) return;
                if (AddCount(t.Items, weight) > weight) return;
                // The ('*',) of "from m import *" holds the alias name, an identifier, so '*' is interned.
                if (t.Items is ["*"]) NoteIdentifier("*");
                foreach (var item in t.Items) CountConst(item, depth + 1, inFrozenSet: false);
                return;
            case ConstFrozenSet f:
                if (AddCount(f, weight) > weight) return;
                foreach (var item in f.Items) CountConst(item, depth + 1, inFrozenSet: true);
                return;
            default:
                throw new MarshalFormatException("unmarshallable object: " + value.GetType().Name);
        }
    }

    private int AddCount(object key, int weight)
    {
        _constCounts.TryGetValue(key, out int count);
        count += weight;
        _constCounts[key] = count;
        return count;
    }

    /// <summary>
    /// Remembers an identifier that <see cref="LooksLikeIdentifier"/> misses (non-ASCII, or '*'): a
    /// string constant equal to it is the parser's interned identifier object (a class name passed to
    /// <c>__build_class__</c>, a keyword name, an import name) or the shared one-character singleton.
    /// </summary>
    private void NoteIdentifier(string name)
    {
        if (!LooksLikeIdentifier(name)) _unusualIdentifiers.Add(name);
    }

    // ---- pass 2: the bytes ----

    private void WriteCode(CodeObject code, int depth, bool isTop)
    {
        CheckDepth(depth);
        byte type = MarshalType.Code;
        if (isTop)
        {
            // py_compile holds the module's code object in a variable while dumping it.
            _nextRef++;
            type |= MarshalType.FlagRef;
        }
        WriteByte(type);
        WriteInt32(code.ArgCount);
        WriteInt32(code.PosOnlyArgCount);
        WriteInt32(code.KwOnlyArgCount);
        WriteInt32(code.StackSize);
        WriteInt32((int)code.Flags);
        // co_code is a cached bytes object in CPython, so it always has a second reference.
        _nextRef++;
        WriteBytesBody(MarshalType.String | MarshalType.FlagRef, code.Code);
        WriteTuple(code.Consts, depth, isNames: false);
        WriteTuple(code.Names, depth, isNames: true);
        WriteTuple(code.LocalsPlusNames, depth, isNames: true);
        WriteBytesObject(LocalKindsBytes(code.LocalsPlusKinds), isConstant: false);
        WriteRefString(_filenameRefs, code.Filename);
        WriteCodeName(code.Name);
        if (string.Equals(code.QualName, code.Name, StringComparison.Ordinal))
        {
            WriteCodeName(code.Name);
        }
        else if (TryWriteConstRef(code.QualName, out byte flag))
        {
            WriteString(code.QualName, interned: false, flag: flag != 0);
        }
        WriteInt32(code.FirstLineNo);
        WriteBytesObject(code.LineTable, isConstant: false);
        WriteBytesObject(code.ExceptionTable, isConstant: false);
    }

    private static byte[] LocalKindsBytes(LocalKind[] kinds)
    {
        var bytes = new byte[kinds.Length];
        for (int i = 0; i < kinds.Length; i++) bytes[i] = (byte)kinds[i];
        return bytes;
    }

    private void WriteCodeName(string name)
    {
        // The compiler's anonymous names ("<module>", "<lambda>", ...) are static strings, not interned.
        if (name.Length > 0 && name[0] == '<') WriteRefString(_staticRefs, name);
        else WriteInterned(name);
    }

    private void WriteTuple(object?[] items, int depth, bool isNames)
    {
        if (!TryWriteConstRef(items, out byte flag)) return;
        WriteTupleHeader(items.Length, flag);
        foreach (var item in items)
        {
            if (isNames) WriteInterned((string)item!);
            else WriteConst(item, depth + 1);
        }
    }

    private void WriteConst(object? value, int depth)
    {
        CheckDepth(depth);
        byte flag;
        switch (value)
        {
            case null: WriteByte(MarshalType.None); return;
            case bool b: WriteByte(b ? MarshalType.True : MarshalType.False); return;
            case ConstEllipsis: WriteByte(MarshalType.Ellipsis); return;
            case CodeObject code: WriteCode(code, depth, isTop: false); return;
            case string s:
                if (LooksLikeIdentifier(s) || _unusualIdentifiers.Contains(s))
                {
                    WriteInterned(s);
                }
                else if (TryWriteConstRef(s, out flag))
                {
                    WriteString(s, interned: false, flag: flag != 0);
                }
                return;
            case BigInteger i:
                if (TryWriteConstRef(i, out flag)) WriteInteger(i, flag);
                return;
            case byte[] bytes:
                WriteBytesObject(bytes, isConstant: true);
                return;
            case double d:
                if (!TryWriteConstRef(d, out flag)) return;
                WriteByte((byte)(MarshalType.BinaryFloat | flag));
                WriteDouble(d);
                return;
            case Complex c:
                if (!TryWriteConstRef(c, out flag)) return;
                WriteByte((byte)(MarshalType.BinaryComplex | flag));
                WriteDouble(c.Real);
                WriteDouble(c.Imaginary);
                return;
            case ConstTuple t:
                if (!TryWriteConstRef(t.Items, out flag)) return;
                WriteTupleHeader(t.Items.Length, flag);
                foreach (var item in t.Items) WriteConst(item, depth + 1);
                return;
            case ConstFrozenSet f:
                if (!TryWriteConstRef(f, out flag)) return;
                WriteByte((byte)(MarshalType.FrozenSet | flag));
                WriteInt32(f.Items.Length);
                foreach (var item in SortedForMarshal(f.Items, depth)) WriteConst(item, depth + 1);
                return;
            default:
                throw new MarshalFormatException("unmarshallable object: " + value.GetType().Name);
        }
    }

    /// <summary>
    /// The elements of a frozenset in the order CPython 3.12's marshal writes them, for reproducible
    /// output: sorted by the bytes each element marshals to on its own.
    /// </summary>
    private object?[] SortedForMarshal(object?[] items, int depth)
    {
        if (items.Length < 2) return items;
        var keys = new byte[items.Length][];
        for (int i = 0; i < items.Length; i++)
        {
            var alone = new MarshalWriter(this);
            alone.WriteConst(items[i], depth + 1);
            keys[i] = alone._buffer.AsSpan(0, alone._length).ToArray();
        }
        var sorted = (object?[])items.Clone();
        Array.Sort(keys, sorted, ByteOrder.Instance);
        return sorted;
    }

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static readonly ByteOrder Instance = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }

    /// <summary>
    /// Writes a back-reference and returns false when <paramref name="key"/> was already written
    /// marked; otherwise returns true with the flag to put on its type code.
    /// </summary>
    private bool TryWriteConstRef(object key, out byte flag)
    {
        flag = 0;
        if (!IsImmortal(key) && (!_constCounts.TryGetValue(key, out int count) || count < 2)) return true;
        if (_constRefs.TryGetValue(key, out int index))
        {
            WriteRef(index);
            return false;
        }
        _constRefs.Add(key, _nextRef++);
        flag = MarshalType.FlagRef;
        return true;
    }

    /// <summary>
    /// Writes a bytes object. Only the empty bytes is a singleton everywhere; one-byte bytes are
    /// singletons only as constants, since code-object fields are built as fresh objects.
    /// </summary>
    private void WriteBytesObject(byte[] bytes, bool isConstant)
    {
        if (!isConstant && bytes.Length == 1)
        {
            WriteBytesBody(MarshalType.String, bytes);
            return;
        }
        if (TryWriteConstRef(bytes, out byte flag)) WriteBytesBody((byte)(MarshalType.String | flag), bytes);
    }

    private void WriteBytesBody(int type, byte[] bytes)
    {
        WriteByte((byte)type);
        WriteInt32(bytes.Length);
        WriteSpan(bytes);
    }

    private void WriteInterned(string s)
    {
        if (_internedRefs.TryGetValue(s, out int index))
        {
            WriteRef(index);
            return;
        }
        _internedRefs.Add(s, _nextRef++);
        WriteString(s, interned: true, flag: true);
    }

    private void WriteRefString(Dictionary<string, int> refs, string s)
    {
        if (refs.TryGetValue(s, out int index))
        {
            WriteRef(index);
            return;
        }
        refs.Add(s, _nextRef++);
        WriteString(s, interned: false, flag: true);
    }

    private void WriteString(string s, bool interned, bool flag)
    {
        byte refFlag = flag ? MarshalType.FlagRef : (byte)0;
        if (IsAscii(s))
        {
            if (s.Length < 256)
            {
                WriteByte((byte)((interned ? MarshalType.ShortAsciiInterned : MarshalType.ShortAscii) | refFlag));
                WriteByte((byte)s.Length);
            }
            else
            {
                WriteByte((byte)((interned ? MarshalType.AsciiInterned : MarshalType.Ascii) | refFlag));
                WriteInt32(s.Length);
            }
            EnsureCapacity(s.Length);
            foreach (char c in s) _buffer[_length++] = (byte)c;
            return;
        }
        WriteByte((byte)((interned ? MarshalType.Interned : MarshalType.Unicode) | refFlag));
        int lengthAt = _length;
        WriteInt32(0);
        int start = _length;
        Utf8SurrogatePass.Encode(s, this);
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(lengthAt), _length - start);
    }

    private void WriteInteger(BigInteger value, byte flag)
    {
        if (value >= int.MinValue && value <= int.MaxValue)
        {
            WriteByte((byte)(MarshalType.Int | flag));
            WriteInt32((int)value);
            return;
        }
        // TYPE_LONG: a signed count of 15-bit digits, least significant first.
        var magnitude = BigInteger.Abs(value);
        int digits = (int)((magnitude.GetBitLength() + 14) / 15);
        WriteByte((byte)(MarshalType.Long | flag));
        WriteInt32(value.Sign < 0 ? -digits : digits);
        EnsureCapacity(digits * 2);
        for (int i = 0; i < digits; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(_buffer.AsSpan(_length), (ushort)(magnitude & 0x7FFF));
            _length += 2;
            magnitude >>= 15;
        }
    }

    private void WriteTupleHeader(int count, byte flag)
    {
        if (count < 256)
        {
            WriteByte((byte)(MarshalType.SmallTuple | flag));
            WriteByte((byte)count);
        }
        else
        {
            WriteByte((byte)(MarshalType.Tuple | flag));
            WriteInt32(count);
        }
    }

    private void WriteRef(int index)
    {
        WriteByte(MarshalType.Ref);
        WriteInt32(index);
    }

    private static bool IsImmortal(object key) => key switch
    {
        BigInteger i => IsSmallInt(i),
        object?[] items => items.Length == 0,
        byte[] b => b.Length <= 1,
        string s => IsImmortalString(s),
        _ => false,
    };

    private static bool IsSmallInt(BigInteger i) => i >= -5 && i <= 256;

    private static bool IsImmortalString(string s) => s.Length == 0 || (s.Length == 1 && s[0] < 256);

    /// <summary>CPython interns string constants made only of ASCII letters, digits and underscores.</summary>
    private static bool LooksLikeIdentifier(string s)
    {
        foreach (char c in s)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_')) return false;
        }
        return true;
    }

    private static bool IsAscii(string s)
    {
        foreach (char c in s)
        {
            if (c >= 128) return false;
        }
        return true;
    }

    private static void CheckDepth(int depth)
    {
        if (depth > MarshalType.MaxDepth) throw new MarshalFormatException("object too deeply nested to marshal");
    }

    // ---- the output buffer ----

    internal void WriteByte(byte value)
    {
        EnsureCapacity(1);
        _buffer[_length++] = value;
    }

    private void WriteInt32(int value)
    {
        EnsureCapacity(4);
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_length), value);
        _length += 4;
    }

    private void WriteDouble(double value)
    {
        EnsureCapacity(8);
        BinaryPrimitives.WriteDoubleLittleEndian(_buffer.AsSpan(_length), value);
        _length += 8;
    }

    private void WriteSpan(ReadOnlySpan<byte> bytes)
    {
        EnsureCapacity(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void EnsureCapacity(int extra)
    {
        if (_length + extra <= _buffer.Length) return;
        Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + extra));
    }
}
