using System.Globalization;
using System.Numerics;
using PyBuild.Runtime.Exceptions;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Builtins;

/// <summary><c>int()</c> and <c>float()</c>, and the int/bytes conversions.</summary>
internal static class NumberConstructors
{
    public static PyObject Int(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        var args = Ops.BindArgs("int", a, k, ["x", "base"], 0, 1);
        var x = args[0];
        if (x is null)
        {
            if (args[1] is not null) throw Ops.TypeError("int() missing string argument");
            return PyInt.From(0);
        }
        if (args[1] is not null)
        {
            int radix = (int)Ops.IndexValue(args[1]!);
            if (radix != 0 && (radix < 2 || radix > 36)) throw Ops.ValueError("int() base must be >= 2 and <= 36, or 0");
            string text = x switch
            {
                PyStr s => s.Value,
                PyBytes b => System.Text.Encoding.Latin1.GetString(b.Value),
                PyByteArray ba => System.Text.Encoding.Latin1.GetString(BytesLike.ToArrayOrNull(ba)!),
                _ => throw Ops.TypeError("int() can't convert non-string with explicit base"),
            };
            string shown = x is PyStr ? PyStr.ReprOf(text) : new PyBytes(System.Text.Encoding.Latin1.GetBytes(text)).Repr();
            return PyInt.Parse(text, radix) ?? throw Ops.ValueError($"invalid literal for int() with base {radix}: {Clip(shown)}");
        }
        switch (x)
        {
            case PyInt i: return i is PyBool ? PyInt.From(i.Small) : i;
            case PyFloat f: return FloatToInt(f.Value);
            case PyStr s: return PyInt.Parse(s.Value, 10) ?? throw Ops.ValueError($"invalid literal for int() with base 10: {Clip(PyStr.ReprOf(s.Value))}");
            case PyBytes or PyByteArray or PyMemoryView:
                // The message shows the bytes, whatever held them (as CPython's does).
                var data = BytesLike.ToArrayOrNull(x)!;
                return PyInt.Parse(System.Text.Encoding.Latin1.GetString(data), 10)
                    ?? throw Ops.ValueError($"invalid literal for int() with base 10: {Clip(new PyBytes(data).Repr())}");
        }
        if (x.Type.IsHeapType)
        {
            foreach (var name in new[] { "__int__", "__index__", "__trunc__" })
            {
                if (x.Type.LookupUserDunder(name) is { } fn)
                {
                    var r = Ops.CallWithSelf(fn, x, [], null);
                    if (r is PyInt) return r;
                    throw Ops.TypeError($"{name} returned non-int (type {r.Type.Name})");
                }
            }
        }
        throw Ops.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{x.Type.Name}'");
    }

    /// <summary>CPython shows at most 200 characters of the offending value's repr (<c>%.200R</c>).</summary>
    private static string Clip(string repr) => repr.Length > 200 ? repr[..200] : repr;

    public static PyObject FloatToInt(double d)
    {
        if (double.IsNaN(d)) throw Ops.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(d)) throw Ops.Error(ExceptionTypes.OverflowError, "cannot convert float infinity to integer");
        d = Math.Truncate(d);
        if (Math.Abs(d) < 9.2e18) return PyInt.From((long)d);
        return PyInt.From(new BigInteger(d));
    }

    public static PyObject Float(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        Ops.NoKeywords("float", k);
        Ops.CheckArgCount("float", a, 0, 1);
        if (a.Length == 0) return PyFloat.From(0.0);
        var x = a[0];
        switch (x)
        {
            case PyFloat f: return f;
            case PyInt i: return PyFloat.From(i.ToDouble());
            case PyStr s: return PyFloat.From(ParseFloat(s.Value) ?? throw Ops.ValueError($"could not convert string to float: {PyStr.ReprOf(s.Value)}"));
            case PyBytes or PyByteArray or PyMemoryView:
                return PyFloat.From(ParseFloat(System.Text.Encoding.Latin1.GetString(BytesLike.ToArrayOrNull(x)!)) ?? throw Ops.ValueError($"could not convert string to float: {x.Repr()}"));
        }
        if (x.Type.IsHeapType)
        {
            if (x.Type.LookupUserDunder("__float__") is { } fn)
            {
                var r = Ops.CallWithSelf(fn, x, [], null);
                return r is PyFloat ? r : throw Ops.TypeError($"{x.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
            }
            if (x.Type.LookupUserDunder("__index__") is { } ix)
            {
                var r = Ops.CallWithSelf(ix, x, [], null);
                return r is PyInt ri ? PyFloat.From(ri.ToDouble()) : throw Ops.TypeError($"__index__ returned non-int (type {r.Type.Name})");
            }
        }
        throw Ops.TypeError($"float() argument must be a string or a real number, not '{x.Type.Name}'");
    }

    /// <summary>Parses float() text: decimal literals with underscores, inf, infinity and nan.</summary>
    public static double? ParseFloat(string text)
    {
        var t = text.Trim();
        if (t.Length == 0) return null;
        var lower = t.ToLowerInvariant();
        string body = lower.TrimStart('+', '-');
        bool neg = lower.StartsWith('-');
        if (lower.Length - body.Length > 1) return null;
        if (body is "inf" or "infinity") return neg ? double.NegativeInfinity : double.PositiveInfinity;
        if (body == "nan") return double.NaN;
        if (t.Contains('_'))
        {
            for (int i = 0; i < t.Length; i++)
            {
                if (t[i] == '_' && (i == 0 || i == t.Length - 1 || !char.IsAsciiDigit(t[i - 1]) || !char.IsAsciiDigit(t[i + 1]))) return null;
            }
            t = t.Replace("_", "", StringComparison.Ordinal);
        }
        foreach (var c in t)
        {
            if (!(char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-')) return null;
        }
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        return null;
    }

    public static PyObject ToBytes(PyInt value, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        var args = Ops.BindArgs("to_bytes", a, k, ["length", "byteorder", "signed"], 0);
        long requested = args[0] is null ? 1 : Ops.IndexValue(args[0]!);
        string order = ByteOrder(args[1], "to_bytes");
        if (requested < 0) throw Ops.ValueError("length argument must be non-negative");
        if (requested > Array.MaxLength) throw Ops.Error(ExceptionTypes.MemoryError, "");
        int length = (int)requested;
        bool signed = args[2] is not null && Ops.IsTrue(args[2]!);
        var v = value.Value;
        if (!signed && v.Sign < 0) throw Ops.Error(ExceptionTypes.OverflowError, "can't convert negative int to unsigned");
        var bytes = v.ToByteArray(isUnsigned: !signed, isBigEndian: false);
        if (bytes.Length > length)
        {
            bool allPad = true;
            for (int i = length; i < bytes.Length; i++) if (bytes[i] != (v.Sign < 0 ? 0xff : 0)) allPad = false;
            if (!allPad || (signed && length > 0 && ((bytes[length - 1] & 0x80) != 0) != (v.Sign < 0)))
                throw Ops.Error(ExceptionTypes.OverflowError, "int too big to convert");
        }
        var r = new byte[length];
        for (int i = 0; i < length; i++) r[i] = i < bytes.Length ? bytes[i] : (byte)(v.Sign < 0 ? 0xff : 0);
        if (order == "big") Array.Reverse(r);
        return new PyBytes(r);
    }

    /// <summary>The byteorder argument of to_bytes/from_bytes: "big" by default, otherwise exactly "little" or "big".</summary>
    private static string ByteOrder(PyObject? arg, string function)
    {
        if (arg is null) return "big";
        if (arg is not PyStr s) throw Ops.TypeError($"{function}() argument 'byteorder' must be str, not {ArgConversions.ClinicTypeName(arg)}");
        if (s.Value is not ("little" or "big")) throw Ops.ValueError("byteorder must be either 'little' or 'big'");
        return s.Value;
    }

    public static PyObject FromBytes(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        var args = Ops.BindArgs("from_bytes", a, k, ["bytes", "byteorder", "signed"], 1);
        string order = ByteOrder(args[1], "from_bytes");
        var data = args[0] is PyBytes b ? b.Value : BytesOf(args[0]!);
        bool signed = args[2] is not null && Ops.IsTrue(args[2]!);
        return PyInt.From(new BigInteger(data, isUnsigned: !signed, isBigEndian: order == "big"));
    }

    /// <summary>What <c>bytes(x)</c> would make of a non-bytes argument to <c>int.from_bytes</c>: an iterable of ints in range(256).</summary>
    private static byte[] BytesOf(PyObject o)
    {
        string notBytes = $"cannot convert '{o.Type.Name}' object to bytes";
        if (o is PyStr) throw Ops.TypeError(notBytes);
        var items = Ops.ToArray(o, notBytes);
        var data = new byte[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            long v = Ops.IndexValue(items[i]);
            if (v is < 0 or > 255) throw Ops.ValueError("bytes must be in range(0, 256)");
            data[i] = (byte)v;
        }
        return data;
    }
}
