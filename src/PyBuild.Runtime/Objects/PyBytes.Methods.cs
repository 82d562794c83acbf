namespace PyBuild.Runtime.Objects;

/// <summary>The text-like methods of <c>bytes</c>, shared with <c>bytearray</c>: searching, splitting,
/// stripping, ASCII case handling, hex and decode. Bytes are handled as bytes (never through str), so only
/// ASCII letters and whitespace are special. Results are of the receiver's kind (bytes or bytearray).</summary>
internal sealed partial class PyBytes
{
    // The receiver's contents, to read only: a bytearray's own buffer, never to be handed out as a result.
    private static byte[] Self(ReadOnlySpan<PyObject> a) => a[0] is PyBytes b ? b.Value : ((PyByteArray)a[0]).ContentsForReading();

    // A result of the receiver's kind.
    private static PyObject Make(ReadOnlySpan<PyObject> a, byte[] data) => BytesLike.SameKind(a[0], data);

    /// <summary>An argument that must be bytes-like (bytes or bytearray).</summary>
    private static byte[] BytesArg(PyObject o) =>
        BytesLike.ToArrayOrNull(o) ?? throw Ops.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");

    /// <summary>A search needle: bytes, or an int taken as a single byte.</summary>
    private static byte[] NeedleArg(PyObject o)
    {
        if (o is PyInt or PyBool)
        {
            long v = Ops.IndexValue(o);
            if (v < 0 || v > 255) throw Ops.ValueError("byte must be in range(0, 256)");
            return [(byte)v];
        }
        return BytesLike.ToArrayOrNull(o) ?? throw Ops.TypeError($"argument should be integer or bytes-like object, not '{o.Type.Name}'");
    }

    private static bool IsAsciiSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0b or 0x0c;

    private static int Find(ReadOnlySpan<PyObject> a, string name, bool reverse)
    {
        Ops.CheckArgCount(name, a[1..], 1, 3);
        var s = Self(a);
        var (start, end) = SearchBounds.FromArgs(a, 2, s.Length);
        var needle = NeedleArg(a[1]);
        if (end - start < needle.Length) return -1;
        var span = s.AsSpan(start, end - start);
        int i = reverse ? span.LastIndexOf(needle) : span.IndexOf(needle);
        return i < 0 ? -1 : i + start;
    }

    private static int Count(byte[] s, byte[] needle, int start, int end)
    {
        if (end - start < needle.Length) return 0;
        if (needle.Length == 0) return end - start + 1;
        int c = 0;
        for (int i = start; i <= end - needle.Length;)
        {
            if (s.AsSpan(i, needle.Length).SequenceEqual(needle)) { c++; i += needle.Length; }
            else i++;
        }
        return c;
    }

    private static bool AffixMatch(ReadOnlySpan<PyObject> a, string name, bool prefix)
    {
        Ops.CheckArgCount(name, a[1..], 1, 3);
        var s = Self(a);
        var (start, end) = SearchBounds.FromArgs(a, 2, s.Length);
        PyObject[] affixes = a[1] is PyTuple t ? t.Items : [a[1]];
        foreach (var o in affixes)
        {
            var b = BytesLike.ToArrayOrNull(o) ?? throw Ops.TypeError(a[1] is PyTuple ? $"a bytes-like object is required, not '{o.Type.Name}'"
                : $"{name} first arg must be bytes or a tuple of bytes, not {o.Type.Name}");
            if (end - start < b.Length || start > s.Length) continue;
            var span = s.AsSpan(start, end - start);
            if (prefix ? span.StartsWith(b) : span.EndsWith(b)) return true;
        }
        return false;
    }

    private static PyList Split(ReadOnlySpan<PyObject> a, PyObject? sepObj, long maxsplit)
    {
        var s = Self(a);
        var result = new PyList();
        if (sepObj is null || sepObj == PyNone.Value)
        {
            int i = 0;
            while (true)
            {
                while (i < s.Length && IsAsciiSpace(s[i])) i++;
                if (i >= s.Length) break;
                if (maxsplit >= 0 && result.Count >= maxsplit)
                {
                    result.Append(Make(a, s[i..]));
                    break;
                }
                int j = i;
                while (j < s.Length && !IsAsciiSpace(s[j])) j++;
                result.Append(Make(a, s[i..j]));
                i = j;
            }
            return result;
        }
        var sep = BytesArg(sepObj);
        if (sep.Length == 0) throw Ops.ValueError("empty separator");
        int pos = 0;
        while (maxsplit < 0 || result.Count < maxsplit)
        {
            int idx = s.AsSpan(pos).IndexOf(sep);
            if (idx < 0) break;
            result.Append(Make(a, s[pos..(pos + idx)]));
            pos += idx + sep.Length;
        }
        result.Append(Make(a, s[pos..]));
        return result;
    }

    private static PyObject Strip(ReadOnlySpan<PyObject> a, string name, bool left, bool right)
    {
        Ops.CheckArgCount(name, a[1..], 0, 1);
        var s = Self(a);
        byte[]? chars = a.Length > 1 && a[1] != PyNone.Value ? BytesArg(a[1]) : null;
        bool Strippable(byte b) => chars is null ? IsAsciiSpace(b) : Array.IndexOf(chars, b) >= 0;
        int start = 0, end = s.Length;
        if (left) while (start < end && Strippable(s[start])) start++;
        if (right) while (end > start && Strippable(s[end - 1])) end--;
        return Make(a, s[start..end]);
    }

    private static PyObject MapBytes(ReadOnlySpan<PyObject> a, Func<byte, byte> f)
    {
        var s = Self(a);
        var r = new byte[s.Length];
        for (int i = 0; i < s.Length; i++) r[i] = f(s[i]);
        return Make(a, r);
    }

    private static byte Upper(byte b) => b is >= (byte)'a' and <= (byte)'z' ? (byte)(b - 32) : b;

    private static byte Lower(byte b) => b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b;

    /// <summary>A predicate true for non-empty bytes whose every byte passes <paramref name="test"/>.</summary>
    private static PyObject All(ReadOnlySpan<PyObject> a, Func<byte, bool> test)
    {
        var s = Self(a);
        if (s.Length == 0) return PyBool.False;
        foreach (var b in s) if (!test(b)) return PyBool.False;
        return PyBool.True;
    }

    /// <summary>
    /// <c>hex(sep=None, bytes_per_sep=1)</c> (also memoryview's): two digits a byte, with
    /// <paramref name="sepObj"/> between groups of bytes counted from the right, or from the left
    /// when <paramref name="perSepObj"/> is negative.
    /// </summary>
    internal static string Hex(byte[] data, PyObject? sepObj, PyObject? perSepObj)
    {
        var digits = Convert.ToHexString(data).ToLowerInvariant();
        if (sepObj is null || sepObj == PyNone.Value || data.Length == 0) return digits;
        string sep = sepObj switch
        {
            PyStr s => s.Value,
            _ when BytesLike.ToArrayOrNull(sepObj) is { } b => System.Text.Encoding.Latin1.GetString(b),
            _ => throw Ops.TypeError($"object of type '{sepObj.Type.Name}' has no len()"),
        };
        if (sep.Length != 1) throw Ops.ValueError("sep must be length 1.");
        if (sep[0] > 127) throw Ops.ValueError("sep must be ASCII.");
        long per = perSepObj is null ? 1 : Ops.IndexValue(perSepObj);
        if (per == 0) return digits;
        int group = (int)Math.Min(Math.Abs(per), data.Length);
        var sb = new System.Text.StringBuilder();
        // The first group is the short one when counting from the right.
        int first = per > 0 ? (data.Length % group == 0 ? group : data.Length % group) : group;
        for (int i = 0; i < data.Length; i++)
        {
            bool boundary = i > 0 && (per > 0 ? (i - first) % group == 0 && i >= first : i % group == 0);
            if (boundary) sb.Append(sep);
            sb.Append(digits, i * 2, 2);
        }
        return sb.ToString();
    }

    /// <summary>Adds the methods bytes and bytearray share to <paramref name="t"/>, one of the two.</summary>
    internal static void AddTextMethods(PyType t)
    {
        t.AddMethod("decode", ArgSpec.Keywords(0, 0, 2, "encoding", "errors"), (a, k) =>
        {
            var args = Ops.BindArgs("decode", a[1..], k, ["encoding", "errors"], 0);
            PyStr.RequireUtf8(args[0], args[1], "decode");
            try
            {
                return new PyStr(new System.Text.UTF8Encoding(false, true).GetString(Self(a)));
            }
            catch (System.Text.DecoderFallbackException)
            {
                throw Ops.Error(Exceptions.ExceptionTypes.UnicodeDecodeError, "'utf-8' codec can't decode bytes");
            }
        });
        t.AddMethod("hex", ArgSpec.Keywords(0, 0, 2, "sep", "bytes_per_sep"), (a, k) =>
        {
            var args = Ops.BindArgs("hex", a[1..], k, ["sep", "bytes_per_sep"], 0);
            return new PyStr(Hex(Self(a), args[0], args[1]));
        });
        AddCaseMethods(t);
        AddLayoutMethods(t);
        t.AddMethod("find", ArgSpec.ParseTuple(1, 3), (a, k) => PyInt.From(Find(a, "find", false)));
        t.AddMethod("rfind", ArgSpec.ParseTuple(1, 3), (a, k) => PyInt.From(Find(a, "rfind", true)));
        t.AddMethod("index", ArgSpec.ParseTuple(1, 3), (a, k) =>
        {
            int i = Find(a, "index", false);
            return i >= 0 ? PyInt.From(i) : throw Ops.ValueError("subsection not found");
        });
        t.AddMethod("rindex", ArgSpec.ParseTuple(1, 3), (a, k) =>
        {
            int i = Find(a, "rindex", true);
            return i >= 0 ? PyInt.From(i) : throw Ops.ValueError("subsection not found");
        });
        t.AddMethod("count", ArgSpec.ParseTuple(1, 3), (a, k) =>
        {
            var s = Self(a);
            var (start, end) = SearchBounds.FromArgs(a, 2, s.Length);
            return PyInt.From(start > s.Length ? 0 : Count(s, NeedleArg(a[1]), start, end));
        });
        t.AddMethod("startswith", ArgSpec.ParseTuple(1, 3), (a, k) => PyBool.From(AffixMatch(a, "startswith", true)));
        t.AddMethod("endswith", ArgSpec.ParseTuple(1, 3), (a, k) => PyBool.From(AffixMatch(a, "endswith", false)));
        t.AddMethod("replace", ArgSpec.Positional(2, 3), (a, k) =>
        {
            var s = Self(a);
            var old = BytesArg(a[1]);
            var repl = BytesArg(a[2]);
            long max = a.Length > 3 ? Ops.IndexValue(a[3]) : -1;
            var r = new List<byte>(s.Length);
            int i = 0, done = 0;
            while (i <= s.Length && (max < 0 || done < max))
            {
                int idx = old.Length == 0 ? i : s.AsSpan(i).IndexOf(old) is var f && f >= 0 ? i + f : -1;
                if (idx < 0 || idx > s.Length) break;
                r.AddRange(s.AsSpan(i, idx - i));
                r.AddRange(repl);
                done++;
                if (old.Length == 0)
                {
                    if (idx < s.Length) r.Add(s[idx]);
                    i = idx + 1;
                }
                else i = idx + old.Length;
            }
            if (i < s.Length) r.AddRange(s.AsSpan(i));
            return Make(a, [.. r]);
        });
        t.AddMethod("split", ArgSpec.Keywords(0, 0, 2, "sep", "maxsplit"), (a, k) =>
        {
            var args = Ops.BindArgs("split", a[1..], k, ["sep", "maxsplit"], 0);
            return Split(a, args[0], args[1] is null ? -1 : Ops.IndexValue(args[1]!));
        });
        t.AddMethod("join", ArgSpec.OneArg, (a, k) =>
        {
            var sep = Self(a);
            var items = Ops.ToArray(a[1], "can only join an iterable");
            var r = new List<byte>();
            for (int i = 0; i < items.Length; i++)
            {
                var b = BytesLike.ToArrayOrNull(items[i])
                    ?? throw Ops.TypeError($"sequence item {i}: expected a bytes-like object, {items[i].Type.Name} found");
                if (i > 0) r.AddRange(sep);
                r.AddRange(b);
            }
            return Make(a, [.. r]);
        });
        t.AddMethod("partition", ArgSpec.OneArg, (a, k) =>
        {
            var s = Self(a);
            var sep = BytesArg(a[1]);
            if (sep.Length == 0) throw Ops.ValueError("empty separator");
            int i = s.AsSpan().IndexOf(sep);
            if (i < 0) return new PyTuple([Make(a, [.. s]), Make(a, []), Make(a, [])]);
            return new PyTuple([Make(a, s[..i]), Make(a, [.. sep]), Make(a, s[(i + sep.Length)..])]);
        });
        t.AddMethod("strip", ArgSpec.Positional(0, 1), (a, k) => Strip(a, "strip", true, true));
        t.AddMethod("lstrip", ArgSpec.Positional(0, 1), (a, k) => Strip(a, "lstrip", true, false));
        t.AddMethod("rstrip", ArgSpec.Positional(0, 1), (a, k) => Strip(a, "rstrip", false, true));
        t.AddMethod("upper", ArgSpec.NoArgs, (a, k) => MapBytes(a, Upper));
        t.AddMethod("lower", ArgSpec.NoArgs, (a, k) => MapBytes(a, Lower));
        t.AddMethod("swapcase", ArgSpec.NoArgs, (a, k) => MapBytes(a, b => b is >= (byte)'a' and <= (byte)'z' ? Upper(b) : Lower(b)));
        t.AddMethod("isdigit", ArgSpec.NoArgs, (a, k) => All(a, b => b is >= (byte)'0' and <= (byte)'9'));
        t.AddMethod("isalpha", ArgSpec.NoArgs, (a, k) => All(a, b => Upper(b) is >= (byte)'A' and <= (byte)'Z'));
        t.AddMethod("isalnum", ArgSpec.NoArgs, (a, k) => All(a, b => b is >= (byte)'0' and <= (byte)'9' || Upper(b) is >= (byte)'A' and <= (byte)'Z'));
        t.AddMethod("isspace", ArgSpec.NoArgs, (a, k) => All(a, IsAsciiSpace));
        t.AddMethod("isascii", ArgSpec.NoArgs, (a, k) =>
        {
            foreach (var b in Self(a)) if (b > 127) return PyBool.False;
            return PyBool.True;
        });
        t.AddClassMethod("fromhex", ArgSpec.OneArg, (a, k) =>
        {
            if (a[1] is not PyStr s) throw Ops.TypeError($"fromhex() argument must be str, not {ArgConversions.ClinicTypeName(a[1])}");
            var r = new List<byte>();
            var text = s.Value;
            int i = 0;
            while (i < text.Length)
            {
                if (text[i] == ' ') { i++; continue; }
                if (i + 1 >= text.Length || !Uri.IsHexDigit(text[i]) || !Uri.IsHexDigit(text[i + 1]))
                {
                    int at = i < text.Length && Uri.IsHexDigit(text[i]) ? i + 1 : i;
                    throw Ops.ValueError($"non-hexadecimal number found in fromhex() arg at position {at}");
                }
                r.Add((byte)Convert.ToInt32(text.Substring(i, 2), 16));
                i += 2;
            }
            return Make(a, [.. r]);
        });
    }
}
