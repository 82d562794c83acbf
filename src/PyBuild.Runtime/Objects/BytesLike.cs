using System.Text;

namespace PyBuild.Runtime.Objects;

/// <summary>
/// What <c>bytes</c> and <c>bytearray</c> share: reading them or a <c>memoryview</c> as bytes
/// (CPython's buffer protocol, as far as the runtime has it), making a result of the same kind, the constructor forms and the repr.
/// </summary>
internal static class BytesLike
{
    /// <summary>The contents of a bytes-like object, or false for other objects.</summary>
    public static bool TryGetSpan(PyObject o, out ReadOnlySpan<byte> span)
    {
        switch (o)
        {
            case PyBytes b:
                span = b.Value;
                return true;
            case PyByteArray ba:
                span = ba.Span;
                return true;
            case PyMemoryView mv:
                span = mv.ToArray();
                return true;
            default:
                span = default;
                return false;
        }
    }

    /// <summary>
    /// The contents as an array: the bytes object's own (not to be modified) or a snapshot of a
    /// bytearray, so that a method may mutate the bytearray while reading its argument.
    /// </summary>
    public static byte[]? ToArrayOrNull(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.ToArray(),
        PyMemoryView mv => mv.ToArray(),
        _ => null,
    };

    /// <summary>A new object of <paramref name="self"/>'s kind (bytes or bytearray) holding <paramref name="data"/>.</summary>
    public static PyObject SameKind(PyObject self, byte[] data) =>
        self is PyByteArray || self == PyByteArray.TypeObject ? new PyByteArray(data) : new PyBytes(data);

    /// <summary>An int argument that must fit in a byte (<c>append</c>, item assignment, <c>bytearray([...])</c>).</summary>
    public static byte ByteValue(PyObject o)
    {
        long v = Ops.IndexValue(o);
        if (v < 0 || v > 255) throw Ops.ValueError("byte must be in range(0, 256)");
        return (byte)v;
    }

    /// <summary>
    /// The initial contents for <c>bytes(...)</c> or <c>bytearray(...)</c>: nothing, a str with its
    /// encoding, a count of zero bytes, another bytes-like object, or an iterable of ints.
    /// </summary>
    public static byte[] FromConstructorArgs(string typeName, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        var args = Ops.BindArgs(typeName, a, k, ["source", "encoding", "errors"], 0);
        if (args[1] is { } enc && enc is not PyStr) throw Ops.TypeError($"{typeName}() argument 'encoding' must be str, not {ArgConversions.ClinicTypeName(enc)}");
        if (args[2] is { } err && err is not PyStr) throw Ops.TypeError($"{typeName}() argument 'errors' must be str, not {ArgConversions.ClinicTypeName(err)}");
        var source = args[0];
        if (source is null)
        {
            if (args[1] is not null) throw Ops.TypeError("encoding without a string argument");
            if (args[2] is not null) throw Ops.TypeError("errors without a string argument");
            return [];
        }
        if (source is PyStr s)
        {
            if (args[1] is null) throw Ops.TypeError("string argument without an encoding");
            PyStr.RequireUtf8(args[1], args[2], typeName);
            return Encoding.UTF8.GetBytes(s.Value);
        }
        if (args[1] is not null) throw Ops.TypeError("encoding without a string argument");
        if (args[2] is not null) throw Ops.TypeError("errors without a string argument");
        if (TryGetSpan(source, out var span)) return span.ToArray();
        // bytes(x) asks x for its bytes first (bytearray(x) does not).
        if (typeName == "bytes" && source.Type.Lookup("__bytes__") is { } toBytes)
        {
            var r = Ops.CallWithSelf(toBytes, source, [], null);
            return r is PyBytes b ? b.Value : throw Ops.TypeError($"__bytes__ returned non-bytes (type {r.Type.Name})");
        }
        if (source is PyInt or PyBool)
        {
            long n = Ops.IndexValue(source);
            if (n < 0) throw Ops.ValueError("negative count");
            if (n > Array.MaxLength) throw Ops.Error(Exceptions.ExceptionTypes.MemoryError, "");
            return new byte[n];
        }
        if (source is PyFloat or PyComplex) throw Ops.TypeError($"cannot convert '{source.Type.Name}' object to {typeName}");
        var items = Ops.ToArray(source, $"cannot convert '{source.Type.Name}' object to {typeName}");
        var data = new byte[items.Length];
        for (int i = 0; i < data.Length; i++)
        {
            long v = Ops.IndexValue(items[i]);
            if (v < 0 || v > 255) throw Ops.ValueError(typeName == "bytes" ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
            data[i] = (byte)v;
        }
        return data;
    }

    /// <summary>
    /// The <c>b'...'</c> literal for <paramref name="value"/>: double quotes when it holds only single
    /// ones. bytearray's repr escapes every single quote, even inside double quotes, as CPython's does.
    /// </summary>
    public static string Literal(ReadOnlySpan<byte> value, bool escapeAllSingleQuotes)
    {
        bool hasSingle = value.IndexOf((byte)'\'') >= 0, hasDouble = value.IndexOf((byte)'"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder("b").Append(quote);
        foreach (var b in value)
        {
            if (b == quote || b == '\\' || b == '\'' && escapeAllSingleQuotes) sb.Append('\\').Append((char)b);
            else if (b == '\n') sb.Append("\\n");
            else if (b == '\r') sb.Append("\\r");
            else if (b == '\t') sb.Append("\\t");
            else if (b < 0x20 || b >= 0x7f) sb.Append($"\\x{b:x2}");
            else sb.Append((char)b);
        }
        return sb.Append(quote).ToString();
    }
}
