namespace PyBuild.Runtime.Objects;

/// <summary>The <c>bytes</c>/<c>bytearray</c> methods that pad, cut and rearrange: center, ljust,
/// rjust, zfill, expandtabs, removeprefix/removesuffix, rsplit, rpartition, splitlines, translate
/// and maketrans.</summary>
internal sealed partial class PyBytes
{
    // The fill byte of center/ljust/rjust: a bytes-like object of length 1, space by default.
    private static byte FillArg(ReadOnlySpan<PyObject> a, string name)
    {
        if (a.Length < 3) return (byte)' ';
        var f = BytesLike.ToArrayOrNull(a[2]);
        if (f is null || f.Length != 1)
            throw Ops.TypeError($"{name}() argument 2 must be a byte string of length 1, not {a[2].Type.Name}");
        return f[0];
    }

    // center/ljust/rjust: left is how many fill bytes go before the contents.
    private static PyObject Pad(ReadOnlySpan<PyObject> a, PyTuple? k, string name, Func<int, int, int> left)
    {
        Ops.NoKeywords(name, k);
        Ops.CheckArgCount(name, a[1..], 1, 2);
        var s = Self(a);
        long width = Ops.IndexValue(a[1]);
        byte fill = FillArg(a, name);
        if (width <= s.Length) return Make(a, [.. s]);
        var r = new byte[width];
        Array.Fill(r, fill);
        s.CopyTo(r, left((int)width - s.Length, (int)width));
        return Make(a, r);
    }

    private static PyObject ZFill(ReadOnlySpan<PyObject> a)
    {
        Ops.CheckArgCount("zfill", a[1..], 1, 1);
        var s = Self(a);
        long width = Ops.IndexValue(a[1]);
        if (width <= s.Length) return Make(a, [.. s]);
        var r = new byte[width];
        int fill = (int)width - s.Length;
        Array.Fill(r, (byte)'0', 0, fill);
        s.CopyTo(r, fill);
        // A sign stays in front of the zeros.
        if (s.Length > 0 && s[0] is (byte)'+' or (byte)'-')
        {
            r[0] = s[0];
            r[fill] = (byte)'0';
        }
        return Make(a, r);
    }

    private static PyObject ExpandTabs(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        var args = Ops.BindArgs("expandtabs", a[1..], k, ["tabsize"], 0);
        long tab = args[0] is null ? 8 : Ops.IndexValue(args[0]!);
        var s = Self(a);
        var r = new List<byte>(s.Length);
        long column = 0;
        foreach (var b in s)
        {
            if (b == '\t')
            {
                if (tab > 0)
                {
                    long spaces = tab - column % tab;
                    for (long i = 0; i < spaces; i++) r.Add((byte)' ');
                    column += spaces;
                }
            }
            else
            {
                r.Add(b);
                column = b is (byte)'\n' or (byte)'\r' ? 0 : column + 1;
            }
        }
        return Make(a, [.. r]);
    }

    private static PyObject RemoveAffix(ReadOnlySpan<PyObject> a, string name, bool prefix)
    {
        Ops.CheckArgCount(name, a[1..], 1, 1);
        var s = Self(a);
        var affix = BytesArg(a[1]);
        var span = s.AsSpan();
        if (prefix && span.StartsWith(affix)) return Make(a, s[affix.Length..]);
        if (!prefix && span.EndsWith(affix)) return Make(a, s[..^affix.Length]);
        return Make(a, [.. s]);
    }

    private static PyList RSplit(ReadOnlySpan<PyObject> a, PyObject? sepObj, long maxsplit)
    {
        var s = Self(a);
        var parts = new List<PyObject>();
        if (sepObj is null || sepObj == PyNone.Value)
        {
            int j = s.Length;
            while (true)
            {
                while (j > 0 && IsAsciiSpace(s[j - 1])) j--;
                if (j == 0) break;
                if (maxsplit >= 0 && parts.Count >= maxsplit)
                {
                    parts.Add(Make(a, s[..j]));
                    break;
                }
                int i = j;
                while (i > 0 && !IsAsciiSpace(s[i - 1])) i--;
                parts.Add(Make(a, s[i..j]));
                j = i;
            }
        }
        else
        {
            var sep = BytesArg(sepObj);
            if (sep.Length == 0) throw Ops.ValueError("empty separator");
            int end = s.Length;
            while (maxsplit < 0 || parts.Count < maxsplit)
            {
                int idx = s.AsSpan(0, end).LastIndexOf(sep);
                if (idx < 0) break;
                parts.Add(Make(a, s[(idx + sep.Length)..end]));
                end = idx;
            }
            parts.Add(Make(a, s[..end]));
        }
        parts.Reverse();
        var result = new PyList();
        foreach (var p in parts) result.Append(p);
        return result;
    }

    private static PyObject RPartition(ReadOnlySpan<PyObject> a)
    {
        Ops.CheckArgCount("rpartition", a[1..], 1, 1);
        var s = Self(a);
        var sep = BytesArg(a[1]);
        if (sep.Length == 0) throw Ops.ValueError("empty separator");
        int i = s.AsSpan().LastIndexOf(sep);
        if (i < 0) return new PyTuple([Make(a, []), Make(a, []), Make(a, [.. s])]);
        return new PyTuple([Make(a, s[..i]), Make(a, [.. sep]), Make(a, s[(i + sep.Length)..])]);
    }

    // Lines end at \n, \r or \r\n (bytes know no other line breaks).
    private static PyList SplitLines(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        var args = Ops.BindArgs("splitlines", a[1..], k, ["keepends"], 0);
        bool keep = args[0] is not null && Ops.IsTrue(args[0]!);
        var s = Self(a);
        var result = new PyList();
        int i = 0;
        while (i < s.Length)
        {
            int j = i;
            while (j < s.Length && s[j] is not ((byte)'\n' or (byte)'\r')) j++;
            int eol = j;
            if (j < s.Length) j += s[j] == '\r' && j + 1 < s.Length && s[j + 1] == '\n' ? 2 : 1;
            result.Append(Make(a, s[i..(keep ? j : eol)]));
            i = j;
        }
        return result;
    }

    private static PyObject Translate(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        var args = Ops.BindArgs("translate", a[1..], k, ["table", "delete"], 1, positionalOnly: 1);
        byte[]? table = null;
        if (args[0] != PyNone.Value)
        {
            table = BytesLike.ToArrayOrNull(args[0]!) ?? throw Ops.TypeError($"a bytes-like object is required, not '{args[0]!.Type.Name}'");
            if (table.Length != 256) throw Ops.ValueError("translation table must be 256 characters long");
        }
        var delete = args[1] is null ? [] : BytesArg(args[1]!);
        var r = new List<byte>();
        foreach (var b in Self(a))
        {
            if (Array.IndexOf(delete, b) >= 0) continue;
            r.Add(table is null ? b : table[b]);
        }
        return Make(a, [.. r]);
    }

    private static PyObject MakeTrans(ReadOnlySpan<PyObject> a)
    {
        if (a.Length != 2) throw Ops.TypeError($"maketrans expected 2 arguments, got {a.Length}");
        var from = BytesArg(a[0]);
        var to = BytesArg(a[1]);
        if (from.Length != to.Length) throw Ops.ValueError("maketrans arguments must have same length");
        var table = new byte[256];
        for (int i = 0; i < 256; i++) table[i] = (byte)i;
        for (int i = 0; i < from.Length; i++) table[from[i]] = to[i];
        return new PyBytes(table);
    }

    private static void AddLayoutMethods(PyType t)
    {
        t.AddMethod("center", (a, k) => Pad(a, k, "center", (margin, width) => margin / 2 + (margin & width & 1)));
        t.AddMethod("ljust", (a, k) => Pad(a, k, "ljust", (margin, width) => 0));
        t.AddMethod("rjust", (a, k) => Pad(a, k, "rjust", (margin, width) => margin));
        t.AddMethod("zfill", (a, k) => ZFill(a));
        t.AddMethod("expandtabs", (a, k) => ExpandTabs(a, k));
        t.AddMethod("removeprefix", (a, k) => RemoveAffix(a, "removeprefix", prefix: true));
        t.AddMethod("removesuffix", (a, k) => RemoveAffix(a, "removesuffix", prefix: false));
        t.AddMethod("rsplit", (a, k) =>
        {
            var args = Ops.BindArgs("rsplit", a[1..], k, ["sep", "maxsplit"], 0);
            return RSplit(a, args[0], args[1] is null ? -1 : Ops.IndexValue(args[1]!));
        });
        t.AddMethod("rpartition", (a, k) => RPartition(a));
        t.AddMethod("splitlines", (a, k) => SplitLines(a, k));
        t.AddMethod("translate", (a, k) => Translate(a, k));
        t.AddStaticMethod("maketrans", (a, k) => MakeTrans(a));
    }
}
