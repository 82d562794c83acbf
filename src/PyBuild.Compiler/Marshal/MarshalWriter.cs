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
/// so the bytes depend on which objects CPython happens to share. This writer rebuilds that sharing from
/// the object graph:
/// <list type="bullet">
/// <item>always marked: interned strings (names, constants made only of <c>[A-Za-z0-9_]</c>, <c>'*'</c>),
/// immortal singletons (small ints, <c>()</c>, <c>''</c>, <c>b''</c>, one-byte bytes constants,
/// one-character Latin-1 strings, the static names such as <c>&lt;module&gt;</c>), <c>co_code</c>
/// (cached by CPython), the file name, and the module's code object (held by py_compile);</item>
/// <item>marked when held more than once: other constants and the <c>co_consts</c>, <c>co_names</c>,
/// <c>co_localsplusnames</c>, location and exception tables, merged by value across the module as
/// CPython's constant cache merges them (a NaN is never merged, nor a frozenset holding an
/// identifier-like string);</item>
/// <item>frozenset elements, which marshal holds while writing the set, sorted by their own bytes.</item>
/// </list>
/// Read and written back, all 1,723 pycs CPython writes for its own library and tests come out
/// byte-identical (corpus_roundtrip.py in the compiler tests).
/// </remarks>
public sealed class MarshalWriter
{
    private readonly Dictionary<object, int> _constCounts;
    private readonly Dictionary<object, int> _constRefs = new(ConstantKey.Instance);
    private readonly Dictionary<string, int> _internedRefs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _staticRefs = new(StringComparer.Ordinal);
    private readonly HashSet<CodeObject> _qualNameOwners = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, int> _filenameRefs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unusualIdentifiers;
    // The last top-level writer's buffer on this thread, reused so that each pyc does not regrow one.
    [ThreadStatic] private static byte[]? s_spareBuffer;
    private const int MaxSpareBuffer = 1 << 20;

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
    public static byte[] Write(CodeObject code) => Write(code, headerSpace: 0);

    /// <summary>
    /// The marshal bytes of <paramref name="code"/> after <paramref name="headerSpace"/> zero bytes
    /// left for the caller's header, so a pyc is built without copying its body.
    /// </summary>
    internal static byte[] Write(CodeObject code, int headerSpace)
    {
        var writer = new MarshalWriter();
        byte[]? spare = s_spareBuffer;
        s_spareBuffer = null;
        if (spare != null) writer._buffer = spare;
        writer._buffer.AsSpan(0, headerSpace).Clear();
        writer._length = headerSpace;
        writer.CountCode(code, 0);
        writer.WriteCode(code, 0, isTop: true);
        byte[] result = writer._buffer.AsSpan(0, writer._length).ToArray();
        if (writer._buffer.Length <= MaxSpareBuffer) s_spareBuffer = writer._buffer;
        return result;
    }

    /// <summary>The marshal bytes of one constant (any of the types listed in <see cref="CodeObject.Consts"/>).</summary>
    /// <exception cref="MarshalFormatException">The value is not a constant type or nests too deeply.</exception>
    public static byte[] WriteConstant(object? value)
    {
        var writer = new MarshalWriter();
        writer.CountConst(value, 0);
        writer.WriteConst(value, 0, inFrozenSet: false);
        return writer._buffer.AsSpan(0, writer._length).ToArray();
    }

    // ---- pass 1: how many holders each merged constant has, as CPython's reference counts ----

    private void CountCode(CodeObject code, int depth)
    {
        CheckDepth(depth);
        if (IsClassBodyQualName(code) && !_constCounts.ContainsKey(code.QualName))
        {
            // Only the first class body to add its qualified name to the constant cache keeps its
            // co_qualname as that constant; a later one's constant is the cached, earlier string.
            _qualNameOwners.Add(code);
            AddCount(code.QualName);
        }
        CountTuple(code.Consts, depth, isNames: false);
        CountTuple(code.Names, depth, isNames: true);
        CountTuple(code.LocalsPlusNames, depth, isNames: true);
        NoteSingletonIdentifiers(code.Names);
        NoteSingletonIdentifiers(code.LocalsPlusNames);
        // The location and exception tables go through the constant cache too, so equal ones are shared.
        if (code.LineTable.Length > 1) AddCount(code.LineTable);
        if (code.ExceptionTable.Length > 1) AddCount(code.ExceptionTable);
    }

    /// <summary>
    /// Whether <paramref name="code"/> is a class body whose first constant, the value it stores in
    /// <c>__qualname__</c>, is the very string object of its <c>co_qualname</c>.
    /// </summary>
    private static bool IsClassBodyQualName(CodeObject code)
        => (code.Flags & CodeFlags.Optimized) == 0
            && code.Consts.Length > 0
            && code.Consts[0] is string first
            && string.Equals(first, code.QualName, StringComparison.Ordinal)
            && !string.Equals(code.QualName, code.Name, StringComparison.Ordinal);

    private void CountTuple(object?[] items, int depth, bool isNames)
    {
        if (items.Length == 0) return;
        // Names are interned strings, which are always marked and need no count.
        if (AddCount(items) > 1 || isNames) return;
        foreach (var item in items) CountConst(item, depth + 1);
    }

    private void CountConst(object? value, int depth)
    {
        CheckDepth(depth);
        switch (value)
        {
            case null or bool or ConstEllipsis:
                return;
            case CodeObject code:
                // A class's name is passed to __build_class__ as a constant: the parser's interned identifier.
                if ((code.Flags & CodeFlags.Optimized) == 0) NoteIdentifier(code.Name);
                CountCode(code, depth);
                return;
            case string s:
                if (!IsImmortalString(s) && !LooksLikeIdentifier(s)) AddCount(s);
                return;
            case ConstSurrogateStr:
                AddCount(value);
                return;
            case BigInteger i:
                if (!IsSmallInt(i)) AddCount(i);
                return;
            case byte[] b:
                if (b.Length > 1) AddCount(b);
                return;
            case double or Complex:
                // NaN constants are never merged: a NaN is not equal to itself.
                if (!IsNaN(value)) AddCount(value);
                return;
            case ConstTuple t:
                if (t.Items.Length == 0) return;
                if (AddCount(t.Items) > 1) return;
                foreach (var item in t.Items) CountConst(item, depth + 1);
                return;
            case ConstFrozenSet f:
                if (HasInternableString(f.Items))
                {
                    // Each code object has its own such frozenset.
                    foreach (var item in f.Items) CountConst(item, depth + 1);
                    return;
                }
                if (AddCount(f) > 1) return;
                foreach (var item in f.Items) CountConst(item, depth + 1);
                return;
            default:
                throw new MarshalFormatException("unmarshallable object: " + value.GetType().Name);
        }
    }

    private static bool IsNaN(object value)
        => value is double d ? double.IsNaN(d) : value is Complex c && (double.IsNaN(c.Real) || double.IsNaN(c.Imaginary));

    /// <summary>
    /// Whether a frozenset holds an identifier-like string (letter or underscore first, then name
    /// characters). Measured against CPython 3.12: such a frozenset is never shared between code
    /// objects, while one of digit-led strings (<c>{'225', '426'}</c>) is.
    /// </summary>
    private static bool HasInternableString(object?[] items)
    {
        foreach (var item in items)
        {
            if (item is string s && s.Length > 0 && !char.IsAsciiDigit(s[0]) && LooksLikeIdentifier(s)) return true;
        }
        return false;
    }

    private int AddCount(object key)
    {
        _constCounts.TryGetValue(key, out int count);
        count++;
        _constCounts[key] = count;
        return count;
    }

    /// <summary>
    /// Remembers a class name that <see cref="LooksLikeIdentifier"/> misses (non-ASCII): the string
    /// constant passed to <c>__build_class__</c> is the parser's interned identifier object.
    /// </summary>
    private void NoteIdentifier(string name)
    {
        if (name.Length > 0 && name[0] != '<' && !LooksLikeIdentifier(name)) _unusualIdentifiers.Add(name);
    }

    /// <summary>
    /// Remembers one-character Latin-1 identifiers (<c>é</c>): CPython has one object per such string,
    /// so interning the identifier interns every equal string constant too.
    /// </summary>
    private void NoteSingletonIdentifiers(string[] names)
    {
        foreach (var name in names)
        {
            if (name.Length == 1 && name[0] < 256) NoteIdentifier(name);
        }
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
        bool sameNames = string.Equals(code.QualName, code.Name, StringComparison.Ordinal);
        int nameRef = WriteCodeName(code.Name, sameNames);
        if (sameNames)
        {
            // co_qualname is the co_name object itself.
            WriteRef(nameRef);
        }
        else if (!_qualNameOwners.Contains(code))
        {
            WriteString(code.QualName, interned: false, flag: false);
        }
        else if (TryWriteConstRef(code.QualName, out byte flag, inFrozenSet: false))
        {
            WriteString(code.QualName, interned: false, flag: flag != 0);
        }
        WriteInt32(code.FirstLineNo);
        WriteBytesObject(code.LineTable, isConstant: true);
        WriteBytesObject(code.ExceptionTable, isConstant: true);
    }

    private static byte[] LocalKindsBytes(LocalKind[] kinds)
    {
        var bytes = new byte[kinds.Length];
        for (int i = 0; i < kinds.Length; i++) bytes[i] = (byte)kinds[i];
        return bytes;
    }

    /// <summary>Writes <c>co_name</c>; returns its reference number, or -1 when it was not marked.</summary>
    private int WriteCodeName(string name, bool sharedWithQualName)
    {
        if (IsStaticName(name)) return WriteRefString(_staticRefs, name);
        if (name.Length == 0 || name[0] != '<') return WriteInterned(name);
        // Other made-up names ("<generic parameters of f>") are fresh strings, shared only with co_qualname.
        if (!sharedWithQualName)
        {
            WriteString(name, interned: false, flag: false);
            return -1;
        }
        WriteString(name, interned: false, flag: true);
        return _nextRef++;
    }

    /// <summary>The compiler's static (immortal) names for anonymous code.</summary>
    private static bool IsStaticName(string name)
        => name is "<module>" or "<lambda>" or "<genexpr>" or "<listcomp>" or "<setcomp>" or "<dictcomp>";

    private void WriteTuple(object?[] items, int depth, bool isNames)
    {
        if (!TryWriteConstRef(items, out byte flag, inFrozenSet: false)) return;
        WriteTupleHeader(items.Length, flag);
        foreach (var item in items)
        {
            if (isNames) WriteInterned((string)item!);
            else WriteConst(item, depth + 1, inFrozenSet: false);
        }
    }

    /// <summary>
    /// Writes a constant. <paramref name="inFrozenSet"/>: the value is an element of a frozenset being
    /// written, which CPython's marshal holds one more reference to while it writes the set.
    /// </summary>
    private void WriteConst(object? value, int depth, bool inFrozenSet)
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
                // '*' is interned in every CPython process: os.py's "from posix import *" interns it.
                if (LooksLikeIdentifier(s) || s == "*" || _unusualIdentifiers.Contains(s))
                {
                    WriteInterned(s);
                }
                else if (TryWriteConstRef(s, out flag, inFrozenSet))
                {
                    WriteString(s, interned: false, flag: flag != 0);
                }
                return;
            case ConstSurrogateStr surrogates:
                if (TryWriteConstRef(surrogates, out flag, inFrozenSet)) WriteUnicode(surrogates, interned: false, flag != 0 ? MarshalType.FlagRef : (byte)0);
                return;
            case BigInteger i:
                if (TryWriteConstRef(i, out flag, inFrozenSet)) WriteInteger(i, flag);
                return;
            case byte[] bytes:
                WriteBytesObject(bytes, isConstant: true, inFrozenSet);
                return;
            case double d:
                if (!TryWriteConstRef(d, out flag, inFrozenSet)) return;
                WriteByte((byte)(MarshalType.BinaryFloat | flag));
                WriteDouble(d);
                return;
            case Complex c:
                if (!TryWriteConstRef(c, out flag, inFrozenSet)) return;
                WriteByte((byte)(MarshalType.BinaryComplex | flag));
                WriteDouble(c.Real);
                WriteDouble(c.Imaginary);
                return;
            case ConstTuple t:
                if (!TryWriteConstRef(t.Items, out flag, inFrozenSet)) return;
                WriteTupleHeader(t.Items.Length, flag);
                foreach (var item in t.Items) WriteConst(item, depth + 1, inFrozenSet: false);
                return;
            case ConstFrozenSet f:
                if (!TryWriteConstRef(f, out flag, inFrozenSet)) return;
                WriteByte((byte)(MarshalType.FrozenSet | flag));
                WriteInt32(f.Items.Length);
                foreach (var item in SortedForMarshal(f.Items, depth)) WriteConst(item, depth + 1, inFrozenSet: true);
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
            // Each element is dumped on its own before the set's extra references exist.
            alone.WriteConst(items[i], depth + 1, inFrozenSet: false);
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
    private bool TryWriteConstRef(object key, out byte flag, bool inFrozenSet)
    {
        flag = 0;
        if (_constRefs.TryGetValue(key, out int index))
        {
            WriteRef(index);
            return false;
        }
        bool shared = inFrozenSet || IsImmortal(key) || (_constCounts.TryGetValue(key, out int count) && count > 1);
        if (!shared) return true;
        _constRefs.Add(key, _nextRef++);
        flag = MarshalType.FlagRef;
        return true;
    }

    /// <summary>
    /// Writes a bytes object. <paramref name="isConstant"/> is false for <c>co_localspluskinds</c>, which
    /// is never merged: only the empty bytes, a singleton, is shared there. Constants and the tables
    /// are merged, and one-byte constants are singletons too.
    /// </summary>
    private void WriteBytesObject(byte[] bytes, bool isConstant, bool inFrozenSet = false)
    {
        if (!isConstant && bytes.Length > 0)
        {
            WriteBytesBody(MarshalType.String, bytes);
            return;
        }
        if (TryWriteConstRef(bytes, out byte flag, inFrozenSet)) WriteBytesBody((byte)(MarshalType.String | flag), bytes);
    }

    private void WriteBytesBody(int type, byte[] bytes)
    {
        WriteByte((byte)type);
        WriteInt32(bytes.Length);
        WriteSpan(bytes);
    }

    private int WriteInterned(string s) => WriteRefString(_internedRefs, s, interned: true);

    private int WriteRefString(Dictionary<string, int> refs, string s, bool interned = false)
    {
        if (refs.TryGetValue(s, out int index))
        {
            WriteRef(index);
            return index;
        }
        index = _nextRef++;
        refs.Add(s, index);
        WriteString(s, interned, flag: true);
        return index;
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
        WriteUnicode(s, interned, refFlag);
    }

    /// <summary>Writes a str constant that is not ASCII as UTF-8 with surrogates passed through.</summary>
    private void WriteUnicode(object str, bool interned, byte refFlag)
    {
        WriteByte((byte)((interned ? MarshalType.Interned : MarshalType.Unicode) | refFlag));
        int lengthAt = _length;
        WriteInt32(0);
        int start = _length;
        Utf8SurrogatePass.Encode(str, this);
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
