namespace PyBuild.Runtime.Objects;

/// <summary>The text-like methods of <c>bytes</c>: searching, splitting, stripping and ASCII case handling.
/// Bytes are handled as bytes (never through str), so only ASCII letters and whitespace are special.</summary>
internal sealed partial class PyBytes
{
    private static byte[] Self(ReadOnlySpan<PyObject> a) => ((PyBytes)a[0]).Value;

    /// <summary>An argument that must be bytes (CPython also takes other buffers; those are not supported yet).</summary>
    private static byte[] BytesArg(PyObject o)
    {
        if (o is PyBytes b) return b.Value;
        throw Ops.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");
    }

    /// <summary>A search needle: bytes, or an int taken as a single byte.</summary>
    private static byte[] NeedleArg(PyObject o)
    {
        if (o is PyInt or PyBool)
        {
            long v = Ops.IndexValue(o);
            if (v < 0 || v > 255) throw Ops.ValueError("byte must be in range(0, 256)");
            return [(byte)v];
        }
        if (o is PyBytes b) return b.Value;
        throw Ops.TypeError($"argument should be integer or bytes-like object, not '{o.Type.Name}'");
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
            if (o is not PyBytes b)
            {
                throw Ops.TypeError(a[1] is PyTuple ? $"a bytes-like object is required, not '{o.Type.Name}'"
                    : $"{name} first arg must be bytes or a tuple of bytes, not {o.Type.Name}");
            }
            if (end - start < b.Value.Length || start > s.Length) continue;
            var span = s.AsSpan(start, end - start);
            if (prefix ? span.StartsWith(b.Value) : span.EndsWith(b.Value)) return true;
        }
        return false;
    }

    private static PyList Split(byte[] s, PyObject? sepObj, long maxsplit)
    {
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
                    result.Append(new PyBytes(s[i..]));
                    break;
                }
                int j = i;
                while (j < s.Length && !IsAsciiSpace(s[j])) j++;
                result.Append(new PyBytes(s[i..j]));
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
            result.Append(new PyBytes(s[pos..(pos + idx)]));
            pos += idx + sep.Length;
        }
        result.Append(new PyBytes(s[pos..]));
        return result;
    }

    private static PyBytes Strip(ReadOnlySpan<PyObject> a, string name, bool left, bool right)
    {
        Ops.CheckArgCount(name, a[1..], 0, 1);
        var s = Self(a);
        byte[]? chars = a.Length > 1 && a[1] != PyNone.Value ? BytesArg(a[1]) : null;
        bool Strippable(byte b) => chars is null ? IsAsciiSpace(b) : Array.IndexOf(chars, b) >= 0;
        int start = 0, end = s.Length;
        if (left) while (start < end && Strippable(s[start])) start++;
        if (right) while (end > start && Strippable(s[end - 1])) end--;
        return new PyBytes(s[start..end]);
    }

    private static PyBytes MapBytes(ReadOnlySpan<PyObject> a, Func<byte, byte> f)
    {
        var s = Self(a);
        var r = new byte[s.Length];
        for (int i = 0; i < s.Length; i++) r[i] = f(s[i]);
        return new PyBytes(r);
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

    private static void AddTextMethods(PyType t)
    {
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
            return new PyBytes([.. r]);
        });
        t.AddMethod("split", ArgSpec.Keywords(0, 0, 2, "sep", "maxsplit"), (a, k) =>
        {
            var args = Ops.BindArgs("split", a[1..], k, ["sep", "maxsplit"], 0);
            return Split(Self(a), args[0], args[1] is null ? -1 : Ops.IndexValue(args[1]!));
        });
        t.AddMethod("join", ArgSpec.OneArg, (a, k) =>
        {
            var sep = Self(a);
            var items = Ops.ToArray(a[1], "can only join an iterable");
            var r = new List<byte>();
            for (int i = 0; i < items.Length; i++)
            {
                if (items[i] is not PyBytes b)
                    throw Ops.TypeError($"sequence item {i}: expected a bytes-like object, {items[i].Type.Name} found");
                if (i > 0) r.AddRange(sep);
                r.AddRange(b.Value);
            }
            return new PyBytes([.. r]);
        });
        t.AddMethod("partition", ArgSpec.OneArg, (a, k) =>
        {
            var s = Self(a);
            var sep = BytesArg(a[1]);
            if (sep.Length == 0) throw Ops.ValueError("empty separator");
            int i = s.AsSpan().IndexOf(sep);
            if (i < 0) return new PyTuple([new PyBytes(s), new PyBytes([]), new PyBytes([])]);
            return new PyTuple([new PyBytes(s[..i]), new PyBytes(sep), new PyBytes(s[(i + sep.Length)..])]);
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
            return new PyBytes([.. r]);
        });
    }
}
