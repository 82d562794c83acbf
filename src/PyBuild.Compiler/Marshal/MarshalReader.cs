using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using PyBuild.Compiler.Bytecode;

namespace PyBuild.Compiler.Marshal;

/// <summary>
/// Reads CPython's marshal format (every type code a pyc can hold, back-references included) into a
/// <see cref="CodeObject"/> and the constant types of <see cref="CodeObject.Consts"/>. Bad data of any
/// kind raises <see cref="MarshalFormatException"/> and nothing else.
/// </summary>
public ref struct MarshalReader
{
    private static readonly object Reserved = new();

    private readonly ReadOnlySpan<byte> _data;
    private readonly List<object?> _refs;
    private int _pos;
    private int _depth;

    private MarshalReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _refs = [];
        _pos = 0;
        _depth = 0;
    }

    /// <summary>Reads the code object at the start of <paramref name="data"/> (a pyc without its header).</summary>
    /// <exception cref="MarshalFormatException">The data is not a marshalled code object.</exception>
    public static CodeObject ReadCode(ReadOnlySpan<byte> data)
    {
        var reader = new MarshalReader(data);
        return reader.ReadObject() as CodeObject ?? throw new MarshalFormatException("bad marshal data (not a code object)");
    }

    /// <summary>Reads the one object at the start of <paramref name="data"/>, as <c>marshal.loads</c>.</summary>
    /// <exception cref="MarshalFormatException">The data is truncated, corrupt, or holds a type a pyc cannot.</exception>
    public static object? ReadConstant(ReadOnlySpan<byte> data)
    {
        var reader = new MarshalReader(data);
        return reader.ReadObject();
    }

    private object? ReadObject()
    {
        if (++_depth > MarshalType.MaxDepth)
        {
            throw new MarshalFormatException("bad marshal data (recursion limit exceeded)");
        }
        if (_pos >= _data.Length) throw new MarshalFormatException("EOF read where object expected");
        byte code = _data[_pos++];
        bool flag = (code & MarshalType.FlagRef) != 0;
        byte type = (byte)(code & ~MarshalType.FlagRef);
        object? result = type switch
        {
            MarshalType.None => Simple(flag, null),
            MarshalType.True => Simple(flag, true),
            MarshalType.False => Simple(flag, false),
            MarshalType.Ellipsis => Simple(flag, ConstEllipsis.Value),
            MarshalType.Int => Remember(flag, new BigInteger(ReadInt32())),
            MarshalType.Int64 => Remember(flag, new BigInteger(ReadInt64())),
            MarshalType.Long => Remember(flag, ReadLong()),
            MarshalType.BinaryFloat => Remember(flag, ReadDouble()),
            MarshalType.Float => Remember(flag, ReadTextFloat()),
            MarshalType.BinaryComplex => Remember(flag, ReadBinaryComplex()),
            MarshalType.Complex => Remember(flag, ReadTextComplex()),
            MarshalType.String => Remember(flag, ReadBytes(ReadSize()).ToArray()),
            MarshalType.Ascii or MarshalType.AsciiInterned => Remember(flag, Latin1(ReadBytes(ReadSize()))),
            MarshalType.ShortAscii or MarshalType.ShortAsciiInterned => Remember(flag, Latin1(ReadBytes(ReadByte()))),
            MarshalType.Unicode or MarshalType.Interned => Remember(flag, ReadUtf8(ReadSize())),
            MarshalType.SmallTuple => ReadTuple(flag, ReadByte()),
            MarshalType.Tuple => ReadTuple(flag, ReadSize()),
            MarshalType.FrozenSet => ReadFrozenSet(flag, ReadSize()),
            MarshalType.Code => ReadCodeObject(flag),
            MarshalType.Ref => ReadRef(),
            MarshalType.List => throw Unsupported("list"),
            MarshalType.Dict => throw Unsupported("dict"),
            MarshalType.Set => throw Unsupported("set"),
            MarshalType.StopIteration => throw Unsupported("StopIteration"),
            MarshalType.Null => throw new MarshalFormatException("bad marshal data (NULL object)"),
            _ => throw new MarshalFormatException("bad marshal data (unknown type code)"),
        };
        _depth--;
        return result;
    }

    private static MarshalFormatException Unsupported(string what)
        => new("bad marshal data (" + what + " cannot be a constant in a pyc)");

    private object? Simple(bool flag, object? value)
    {
        // CPython never flags singletons, but a flagged one is still a valid reference target.
        if (flag) _refs.Add(value);
        return value;
    }

    private object Remember(bool flag, object value)
    {
        if (flag) _refs.Add(value);
        return value;
    }

    private object? ReadRef()
    {
        int index = ReadInt32();
        if (index < 0 || index >= _refs.Count) throw new MarshalFormatException("bad marshal data (invalid reference)");
        object? value = _refs[index];
        if (ReferenceEquals(value, Reserved)) throw new MarshalFormatException("bad marshal data (invalid reference)");
        return value;
    }

    private int Reserve(bool flag)
    {
        if (!flag) return -1;
        _refs.Add(Reserved);
        return _refs.Count - 1;
    }

    private void Fill(int slot, object value)
    {
        if (slot >= 0) _refs[slot] = value;
    }

    private ConstTuple ReadTuple(bool flag, int count)
    {
        int slot = Reserve(flag);
        var items = NewItems(count);
        for (int i = 0; i < count; i++) items[i] = ReadObject();
        var tuple = new ConstTuple(items);
        Fill(slot, tuple);
        return tuple;
    }

    private ConstFrozenSet ReadFrozenSet(bool flag, int count)
    {
        int slot = Reserve(flag);
        var items = NewItems(count);
        for (int i = 0; i < count; i++) items[i] = ReadObject();
        var set = new ConstFrozenSet(items);
        Fill(slot, set);
        return set;
    }

    private object?[] NewItems(int count)
    {
        // Every element takes at least one byte, so a count beyond the data left is corrupt.
        if (count > _data.Length - _pos) throw new MarshalFormatException("bad marshal data (tuple size out of range)");
        return count == 0 ? [] : new object?[count];
    }

    private CodeObject ReadCodeObject(bool flag)
    {
        int slot = Reserve(flag);
        int argCount = ReadInt32();
        int posOnlyArgCount = ReadInt32();
        int kwOnlyArgCount = ReadInt32();
        int stackSize = ReadInt32();
        int flags = ReadInt32();
        byte[] code = Expect<byte[]>(ReadObject(), "co_code");
        object?[] consts = Expect<ConstTuple>(ReadObject(), "co_consts").Items;
        string[] names = Strings(Expect<ConstTuple>(ReadObject(), "co_names"), "co_names");
        string[] localsPlusNames = Strings(Expect<ConstTuple>(ReadObject(), "co_localsplusnames"), "co_localsplusnames");
        byte[] kindBytes = Expect<byte[]>(ReadObject(), "co_localspluskinds");
        string filename = Expect<string>(ReadObject(), "co_filename");
        string name = Expect<string>(ReadObject(), "co_name");
        string qualName = Expect<string>(ReadObject(), "co_qualname");
        int firstLineNo = ReadInt32();
        byte[] lineTable = Expect<byte[]>(ReadObject(), "co_linetable");
        byte[] exceptionTable = Expect<byte[]>(ReadObject(), "co_exceptiontable");
        if (argCount < 0 || posOnlyArgCount < 0 || kwOnlyArgCount < 0 || stackSize < 0
            || posOnlyArgCount > argCount || kindBytes.Length != localsPlusNames.Length
            || (code.Length & 1) != 0 || code.Length == 0)
        {
            throw new MarshalFormatException("bad marshal data (invalid code object)");
        }
        var kinds = new LocalKind[kindBytes.Length];
        for (int i = 0; i < kinds.Length; i++) kinds[i] = (LocalKind)kindBytes[i];
        var result = new CodeObject
        {
            ArgCount = argCount,
            PosOnlyArgCount = posOnlyArgCount,
            KwOnlyArgCount = kwOnlyArgCount,
            StackSize = stackSize,
            Flags = (CodeFlags)flags,
            Code = code,
            Consts = consts,
            Names = names,
            LocalsPlusNames = localsPlusNames,
            LocalsPlusKinds = kinds,
            Filename = filename,
            Name = name,
            QualName = qualName,
            FirstLineNo = firstLineNo,
            LineTable = lineTable,
            ExceptionTable = exceptionTable,
        };
        Fill(slot, result);
        return result;
    }

    private static T Expect<T>(object? value, string field) where T : class
        => value as T ?? throw new MarshalFormatException("bad marshal data (" + field + " has the wrong type)");

    private static string[] Strings(ConstTuple tuple, string field)
    {
        var items = tuple.Items;
        if (items.Length == 0) return [];
        var names = new string[items.Length];
        for (int i = 0; i < items.Length; i++) names[i] = Expect<string>(items[i], field);
        return names;
    }

    private BigInteger ReadLong()
    {
        int n = ReadInt32();
        if (n == int.MinValue || Math.Abs(n) > (_data.Length - _pos) / 2)
        {
            throw new MarshalFormatException("bad marshal data (long size out of range)");
        }
        int count = Math.Abs(n);
        var digits = ReadBytes(count * 2);
        BigInteger value = BigInteger.Zero;
        for (int i = count - 1; i >= 0; i--)
        {
            int digit = BinaryPrimitives.ReadUInt16LittleEndian(digits.Slice(i * 2));
            if (digit > 0x7FFF) throw new MarshalFormatException("bad marshal data (digit out of range in long)");
            if (i == count - 1 && digit == 0) throw new MarshalFormatException("bad marshal data (unnormalized long data)");
            value = (value << 15) | digit;
        }
        return n < 0 ? -value : value;
    }

    private double ReadTextFloat()
    {
        int length = ReadByte();
        return ParseFloat(ReadBytes(length));
    }

    private Complex ReadTextComplex()
    {
        double real = ParseFloat(ReadBytes(ReadByte()));
        double imaginary = ParseFloat(ReadBytes(ReadByte()));
        return new Complex(real, imaginary);
    }

    private Complex ReadBinaryComplex()
    {
        double real = ReadDouble();
        double imaginary = ReadDouble();
        return new Complex(real, imaginary);
    }

    private static double ParseFloat(ReadOnlySpan<byte> text)
    {
        string s = Latin1(text).Trim().ToLowerInvariant();
        string unsigned = s.TrimStart('+', '-');
        bool negative = s.StartsWith('-');
        if (unsigned is "inf" or "infinity") return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (unsigned == "nan") return negative ? -double.NaN : double.NaN;
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            throw new MarshalFormatException("bad marshal data (invalid float)");
        }
        return value;
    }

    private object ReadUtf8(int length)
        => Utf8SurrogatePass.Decode(ReadBytes(length)) ?? throw new MarshalFormatException("bad marshal data (invalid utf-8 in string)");

    // CPython reads the ASCII string types byte for byte, so any byte value maps to U+0000..U+00FF.
    private static string Latin1(ReadOnlySpan<byte> bytes) => System.Text.Encoding.Latin1.GetString(bytes);

    private int ReadSize()
    {
        int size = ReadInt32();
        if (size < 0 || size > _data.Length - _pos) throw new MarshalFormatException("bad marshal data (size out of range)");
        return size;
    }

    private ReadOnlySpan<byte> ReadBytes(int count)
    {
        if (count > _data.Length - _pos) throw new MarshalFormatException("marshal data too short");
        var span = _data.Slice(_pos, count);
        _pos += count;
        return span;
    }

    private int ReadByte() => ReadBytes(1)[0];

    private int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(ReadBytes(4));

    private long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(ReadBytes(8));

    private double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(ReadBytes(8));
}
