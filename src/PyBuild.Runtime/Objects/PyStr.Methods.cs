using System.Globalization;
using System.Text;

namespace PyBuild.Runtime.Objects;

/// <summary>The methods of <c>str</c>.</summary>
internal sealed partial class PyStr
{
    private static string S(ReadOnlySpan<PyObject> a) => ((PyStr)a[0]).Value;

    private static bool IsPySpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\x0b' or '\x0c' or '\x1c' or '\x1d' or '\x1e' or '\x1f' or '\x85' || (c > 127 && char.IsWhiteSpace(c));

    private static string StripChars(string s, PyObject? chars, bool left, bool right)
    {
        int start = 0, end = s.Length;
        if (chars is not (null or PyNone or PyStr))
            throw Ops.TypeError($"{(left && right ? "strip" : left ? "lstrip" : "rstrip")} arg must be None or str");
        if (chars is null || chars == PyNone.Value)
        {
            if (left) while (start < end && IsPySpace(s[start])) start++;
            if (right) while (end > start && IsPySpace(s[end - 1])) end--;
        }
        else
        {
            var set = ((PyStr)chars).Value;
            if (left) while (start < end && set.Contains(s[start])) start++;
            if (right) while (end > start && set.Contains(s[end - 1])) end--;
        }
        return s[start..end];
    }

    private static PyList Split(string s, string? sep, long maxsplit)
    {
        var result = new PyList();
        if (sep is null)
        {
            int i = 0;
            while (true)
            {
                while (i < s.Length && IsPySpace(s[i])) i++;
                if (i >= s.Length) break;
                if (maxsplit >= 0 && result.Count >= maxsplit)
                {
                    // Once maxsplit is reached the remainder is kept whole, trailing whitespace included.
                    result.Append(new PyStr(s[i..]));
                    break;
                }
                int j = i;
                while (j < s.Length && !IsPySpace(s[j])) j++;
                result.Append(new PyStr(s[i..j]));
                i = j;
            }
            return result;
        }
        if (sep.Length == 0) throw Ops.ValueError("empty separator");
        int pos = 0;
        while (maxsplit < 0 || result.Count < maxsplit)
        {
            int idx = s.IndexOf(sep, pos, StringComparison.Ordinal);
            if (idx < 0) break;
            result.Append(new PyStr(s[pos..idx]));
            pos = idx + sep.Length;
        }
        result.Append(new PyStr(s[pos..]));
        return result;
    }

    private static PyList RSplit(string s, string? sep, long maxsplit)
    {
        if (maxsplit < 0) return Split(s, sep, -1);
        var parts = new List<string>();
        if (sep is null)
        {
            int i = s.Length;
            while (true)
            {
                while (i > 0 && IsPySpace(s[i - 1])) i--;
                if (i <= 0) break;
                if (parts.Count >= maxsplit)
                {
                    // The remainder keeps its leading whitespace, as in CPython.
                    parts.Add(s[..i]);
                    break;
                }
                int j = i;
                while (j > 0 && !IsPySpace(s[j - 1])) j--;
                parts.Add(s[j..i]);
                i = j;
            }
        }
        else
        {
            if (sep.Length == 0) throw Ops.ValueError("empty separator");
            int end = s.Length;
            while (parts.Count < maxsplit)
            {
                int idx = end - sep.Length < 0 ? -1 : s.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal);
                if (idx < 0) break;
                parts.Add(s[(idx + sep.Length)..end]);
                end = idx;
            }
            parts.Add(s[..end]);
        }
        parts.Reverse();
        var r = new PyList();
        foreach (var p in parts) r.Append(new PyStr(p));
        return r;
    }

    private static bool AffixMatch(string s, PyObject affix, ReadOnlySpan<PyObject> a, bool prefix, string method)
    {
        var (start, end) = SearchBounds.FromArgs(a, 2, s.Length);
        if (start > s.Length) return false;
        var sub = end >= start ? s[start..end] : "";
        if (affix is PyTuple t)
        {
            foreach (var x in t.Items)
            {
                if (x is not PyStr xs) throw Ops.TypeError($"tuple for {method} must only contain str, not {x.Type.Name}");
                if (prefix ? sub.StartsWith(xs.Value, StringComparison.Ordinal) : sub.EndsWith(xs.Value, StringComparison.Ordinal)) return true;
            }
            return false;
        }
        if (affix is not PyStr ps) throw Ops.TypeError($"{method} first arg must be str or a tuple of str, not {affix.Type.Name}");
        return prefix ? sub.StartsWith(ps.Value, StringComparison.Ordinal) : sub.EndsWith(ps.Value, StringComparison.Ordinal);
    }

    /// <summary>CPython's printable: no character of the categories Cc, Cf, Cs, Co, Cn, Zl, Zp, and no separator but the space.</summary>
    private static bool IsPrintable(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            var cat = char.IsSurrogatePair(s, i) ? System.Globalization.CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(s, i))
                : char.GetUnicodeCategory(s[i]);
            if (char.IsSurrogatePair(s, i)) i++;
            switch (cat)
            {
                case System.Globalization.UnicodeCategory.Control:
                case System.Globalization.UnicodeCategory.Format:
                case System.Globalization.UnicodeCategory.Surrogate:
                case System.Globalization.UnicodeCategory.PrivateUse:
                case System.Globalization.UnicodeCategory.OtherNotAssigned:
                case System.Globalization.UnicodeCategory.LineSeparator:
                case System.Globalization.UnicodeCategory.ParagraphSeparator:
                    return false;
                case System.Globalization.UnicodeCategory.SpaceSeparator when s[i] != ' ':
                    return false;
            }
        }
        return true;
    }

    /// <summary>Only UTF-8 with strict errors is implemented; other codecs fail loudly rather than encode wrongly.</summary>
    internal static void RequireUtf8(PyObject? encoding, PyObject? errors, string function)
    {
        if (encoding is not null)
        {
            string name = encoding is PyStr e ? e.Value.ToLowerInvariant().Replace('_', '-') : throw Ops.TypeError($"{function}() argument 'encoding' must be str, not {ArgConversions.ClinicTypeName(encoding)}");
            if (name is not ("utf-8" or "utf8" or "u8")) throw Ops.NotSupported("the codec " + Ops.Repr(encoding));
        }
        if (errors is PyStr { Value: not "strict" } err) throw Ops.NotSupported("the error handler " + Ops.Repr(err));
    }

    /// <summary>CPython's istitle: upper- and titlecase letters only after uncased characters, lowercase only after cased ones.</summary>
    private static bool IsTitle(string s)
    {
        bool cased = false, previousCased = false;
        foreach (char c in s)
        {
            var cat = char.GetUnicodeCategory(c);
            if (cat is System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.TitlecaseLetter)
            {
                if (previousCased) return false;
                previousCased = cased = true;
            }
            else if (cat == System.Globalization.UnicodeCategory.LowercaseLetter)
            {
                if (!previousCased) return false;
                previousCased = cased = true;
            }
            else
            {
                previousCased = false;
            }
        }
        return cased;
    }

    private static bool All(string s, Func<char, bool> pred)
    {
        if (s.Length == 0) return false;
        foreach (var c in s) if (!pred(c)) return false;
        return true;
    }

    private static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool prevCased = false;
        foreach (var c in s)
        {
            sb.Append(prevCased ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c));
            prevCased = char.IsLetter(c);
        }
        return sb.ToString();
    }

    private static string Justify(ReadOnlySpan<PyObject> a, char how)
    {
        var s = S(a);
        long width = Ops.IndexValue(a[1]);
        char fill = ' ';
        if (a.Length > 2)
        {
            var f = (a[2] as PyStr ?? throw Ops.TypeError($"The fill character must be a unicode character, not {a[2].Type.Name}")).Value;
            if (f.Length != 1) throw Ops.TypeError("The fill character must be exactly one character long");
            fill = f[0];
        }
        int len = ((PyStr)a[0]).CodePointLength;
        if (width <= len) return s;
        if (width > SequenceRepeat.MaxStringLength) throw Ops.Error(Exceptions.ExceptionTypes.MemoryError, "");
        int pad = (int)width - len;
        int left = (pad / 2) + (pad & (int)width & 1);
        return how switch
        {
            'l' => s + new string(fill, pad),
            'r' => new string(fill, pad) + s,
            _ => new string(fill, left) + s + new string(fill, pad - left),
        };
    }

    private static PyType CreateType()
    {
        var t = new PyType("str", PyType.ObjectType, (type, a, k) =>
        {
            var args = Ops.BindArgs("str", a, k, ["object", "encoding", "errors"], 0);
            if (args[1] is { } enc && enc is not PyStr) throw Ops.TypeError($"str() argument 'encoding' must be str, not {ArgConversions.ClinicTypeName(enc)}");
            if (args[2] is { } err && err is not PyStr) throw Ops.TypeError($"str() argument 'errors' must be str, not {ArgConversions.ClinicTypeName(err)}");
            if (args[0] is null) return Empty;
            if (args[1] is null && args[2] is null) return new PyStr(Ops.Str(args[0]!));
            // With an encoding or errors, str() decodes: only bytes-like objects, and only as UTF-8 here.
            if (args[0] is PyStr) throw Ops.TypeError("decoding str is not supported");
            if (BytesLike.ToArrayOrNull(args[0]!) is not { } b) throw Ops.TypeError($"decoding to str: need a bytes-like object, {args[0]!.Type.Name} found");
            RequireUtf8(args[1], args[2], "str");
            return new PyStr(Encoding.UTF8.GetString(b));
        });
        t.AddMethod("join", ArgSpec.OneArg, (a, k) =>
        {
            var sep = S(a);
            var items = Ops.ToArray(a[1], "can only join an iterable");
            var parts = new string[items.Length];
            for (int i = 0; i < items.Length; i++)
            {
                parts[i] = items[i] is PyStr ps ? ps.Value : throw Ops.TypeError($"sequence item {i}: expected str instance, {items[i].Type.Name} found");
            }
            return new PyStr(string.Join(sep, parts));
        });
        t.AddMethod("split", ArgSpec.Keywords(0, 0, 2, "sep", "maxsplit"), (a, k) =>
        {
            var args = Ops.BindArgs("split", a, k, ["self", "sep", "maxsplit"], 1);
            // Clinic converts maxsplit before split checks the separator's type.
            long maxsplit = args[2] is null ? -1 : Ops.IndexValue(args[2]!);
            return Split(S(a), ArgConversions.StrOrNone(args[1]), maxsplit);
        });
        t.AddMethod("rsplit", ArgSpec.Keywords(0, 0, 2, "sep", "maxsplit"), (a, k) =>
        {
            var args = Ops.BindArgs("rsplit", a, k, ["self", "sep", "maxsplit"], 1);
            // Clinic converts maxsplit before split checks the separator's type.
            long maxsplit = args[2] is null ? -1 : Ops.IndexValue(args[2]!);
            return RSplit(S(a), ArgConversions.StrOrNone(args[1]), maxsplit);
        });
        t.AddMethod("splitlines", ArgSpec.Keywords(0, 0, 1, "keepends"), (a, k) =>
        {
            var args = Ops.BindArgs("splitlines", a, k, ["self", "keepends"], 1);
            bool keep = args[1] is not null && Ops.IsTrue(args[1]!);
            var s = S(a);
            var r = new PyList();
            int i = 0;
            while (i < s.Length)
            {
                int j = i;
                while (j < s.Length && s[j] is not ('\n' or '\r' or '\x0b' or '\x0c' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029')) j++;
                int eol = j;
                if (j < s.Length) j += s[j] == '\r' && j + 1 < s.Length && s[j + 1] == '\n' ? 2 : 1;
                r.Append(new PyStr(keep ? s[i..j] : s[i..eol]));
                i = j;
            }
            return r;
        });
        t.AddMethod("strip", ArgSpec.Positional(0, 1), (a, k) => new PyStr(StripChars(S(a), a.Length > 1 ? a[1] : null, true, true)));
        t.AddMethod("lstrip", ArgSpec.Positional(0, 1), (a, k) => new PyStr(StripChars(S(a), a.Length > 1 ? a[1] : null, true, false)));
        t.AddMethod("rstrip", ArgSpec.Positional(0, 1), (a, k) => new PyStr(StripChars(S(a), a.Length > 1 ? a[1] : null, false, true)));
        t.AddMethod("replace", ArgSpec.Positional(2, 3), (a, k) =>
        {
            var s = S(a);
            var old = ArgConversions.ClinicStr(a[1], "replace", "argument 1");
            var nw = ArgConversions.ClinicStr(a[2], "replace", "argument 2");
            long count = a.Length > 3 ? Ops.IndexValue(a[3]) : -1;
            if (count < 0) return new PyStr(old.Length == 0 ? InsertBetween(s, nw) : s.Replace(old, nw, StringComparison.Ordinal));
            var sb = new StringBuilder();
            int pos = 0;
            for (long n = 0; n < count; n++)
            {
                int idx = s.IndexOf(old, pos, StringComparison.Ordinal);
                if (idx < 0) break;
                sb.Append(s, pos, idx - pos).Append(nw);
                pos = idx + old.Length;
                if (old.Length == 0)
                {
                    if (pos < s.Length) sb.Append(s[pos]);
                    pos++;
                    if (pos > s.Length) break;
                }
            }
            if (pos <= s.Length) sb.Append(s, pos, s.Length - pos);
            return new PyStr(sb.ToString());
        });
        t.AddMethod("find", ArgSpec.ParseTuple(1, 3), (a, k) => PyInt.From(Find(a, false)));
        t.AddMethod("rfind", ArgSpec.ParseTuple(1, 3), (a, k) => PyInt.From(Find(a, true)));
        t.AddMethod("index", ArgSpec.ParseTuple(1, 3), (a, k) =>
        {
            int r = Find(a, false);
            return r >= 0 ? PyInt.From(r) : throw Ops.ValueError("substring not found");
        });
        t.AddMethod("rindex", ArgSpec.ParseTuple(1, 3), (a, k) =>
        {
            int r = Find(a, true);
            return r >= 0 ? PyInt.From(r) : throw Ops.ValueError("substring not found");
        });
        t.AddMethod("count", ArgSpec.ParseTuple(1, 3), (a, k) =>
        {
            var s = S(a);
            var (start, end) = SearchBounds.FromArgs(a, 2, s.Length);
            var sub = ArgConversions.Str(a[1]);
            if (start > s.Length || end < start) return PyInt.From(0);
            var region = s[start..end];
            if (sub.Length == 0) return PyInt.From(region.Length + 1);
            int n = 0, pos = 0;
            while ((pos = region.IndexOf(sub, pos, StringComparison.Ordinal)) >= 0) { n++; pos += sub.Length; }
            return PyInt.From(n);
        });
        t.AddMethod("startswith", ArgSpec.ParseTuple(1, 3), (a, k) => PyBool.From(AffixMatch(S(a), a[1], a, true, "startswith")));
        t.AddMethod("endswith", ArgSpec.ParseTuple(1, 3), (a, k) => PyBool.From(AffixMatch(S(a), a[1], a, false, "endswith")));
        t.AddMethod("upper", ArgSpec.NoArgs, (a, k) => new PyStr(S(a).ToUpperInvariant()));
        t.AddMethod("lower", ArgSpec.NoArgs, (a, k) => new PyStr(S(a).ToLowerInvariant()));
        t.AddMethod("casefold", ArgSpec.NoArgs, (a, k) => new PyStr(S(a).ToLowerInvariant()));
        t.AddMethod("swapcase", ArgSpec.NoArgs, (a, k) =>
        {
            var sb = new StringBuilder();
            foreach (var c in S(a)) sb.Append(char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c));
            return new PyStr(sb.ToString());
        });
        t.AddMethod("title", ArgSpec.NoArgs, (a, k) => new PyStr(Title(S(a))));
        t.AddMethod("capitalize", ArgSpec.NoArgs, (a, k) =>
        {
            var s = S(a);
            return new PyStr(s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant());
        });
        t.AddMethod("isdigit", ArgSpec.NoArgs, (a, k) => PyBool.From(All(S(a), char.IsDigit)));
        t.AddMethod("isdecimal", ArgSpec.NoArgs, (a, k) => PyBool.From(All(S(a), char.IsDigit)));
        t.AddMethod("isnumeric", ArgSpec.NoArgs, (a, k) => PyBool.From(All(S(a), char.IsNumber)));
        t.AddMethod("isalpha", ArgSpec.NoArgs, (a, k) => PyBool.From(All(S(a), char.IsLetter)));
        t.AddMethod("isalnum", ArgSpec.NoArgs, (a, k) => PyBool.From(All(S(a), char.IsLetterOrDigit)));
        t.AddMethod("isspace", ArgSpec.NoArgs, (a, k) => PyBool.From(All(S(a), IsPySpace)));
        t.AddMethod("isprintable", ArgSpec.NoArgs, (a, k) => PyBool.From(IsPrintable(S(a))));
        t.AddMethod("isascii", ArgSpec.NoArgs, (a, k) => PyBool.From(S(a).Length == 0 || All(S(a), c => c < 128)));
        t.AddMethod("isidentifier", ArgSpec.NoArgs, (a, k) =>
        {
            var s = S(a);
            return PyBool.From(s.Length > 0 && (char.IsLetter(s[0]) || s[0] == '_') && All(s, c => char.IsLetterOrDigit(c) || c == '_'));
        });
        t.AddMethod("isupper", ArgSpec.NoArgs, (a, k) =>
        {
            var s = S(a);
            bool cased = false;
            foreach (var c in s) { if (char.IsLower(c)) return PyBool.False; if (char.IsUpper(c)) cased = true; }
            return PyBool.From(cased);
        });
        t.AddMethod("islower", ArgSpec.NoArgs, (a, k) =>
        {
            var s = S(a);
            bool cased = false;
            foreach (var c in s) { if (char.IsUpper(c)) return PyBool.False; if (char.IsLower(c)) cased = true; }
            return PyBool.From(cased);
        });
        t.AddMethod("istitle", ArgSpec.NoArgs, (a, k) => PyBool.From(IsTitle(S(a))));
        t.AddMethod("zfill", ArgSpec.OneArg, (a, k) =>
        {
            var s = S(a);
            long width = Ops.IndexValue(a[1]);
            if (width <= s.Length) return new PyStr(s);
            if (width > SequenceRepeat.MaxStringLength) throw Ops.Error(Exceptions.ExceptionTypes.MemoryError, "");
            int pad = (int)width - s.Length;
            if (s.Length > 0 && s[0] is '+' or '-') return new PyStr(s[0] + new string('0', pad) + s[1..]);
            return new PyStr(new string('0', pad) + s);
        });
        t.AddMethod("center", ArgSpec.Positional(1, 2), (a, k) => new PyStr(Justify(a, 'c')));
        t.AddMethod("ljust", ArgSpec.Positional(1, 2), (a, k) => new PyStr(Justify(a, 'l')));
        t.AddMethod("rjust", ArgSpec.Positional(1, 2), (a, k) => new PyStr(Justify(a, 'r')));
        t.AddMethod("partition", ArgSpec.OneArg, (a, k) =>
        {
            var s = S(a);
            var sep = ArgConversions.Str(a[1]);
            if (sep.Length == 0) throw Ops.ValueError("empty separator");
            int idx = s.IndexOf(sep, StringComparison.Ordinal);
            return idx < 0 ? new PyTuple([new PyStr(s), Empty, Empty]) : new PyTuple([new PyStr(s[..idx]), new PyStr(sep), new PyStr(s[(idx + sep.Length)..])]);
        });
        t.AddMethod("rpartition", ArgSpec.OneArg, (a, k) =>
        {
            var s = S(a);
            var sep = ArgConversions.Str(a[1]);
            if (sep.Length == 0) throw Ops.ValueError("empty separator");
            int idx = s.LastIndexOf(sep, StringComparison.Ordinal);
            return idx < 0 ? new PyTuple([Empty, Empty, new PyStr(s)]) : new PyTuple([new PyStr(s[..idx]), new PyStr(sep), new PyStr(s[(idx + sep.Length)..])]);
        });
        t.AddMethod("removeprefix", ArgSpec.OneArg, (a, k) =>
        {
            var s = S(a);
            var p = ArgConversions.ClinicStr(a[1], "removeprefix", "argument");
            return new PyStr(s.StartsWith(p, StringComparison.Ordinal) ? s[p.Length..] : s);
        });
        t.AddMethod("removesuffix", ArgSpec.OneArg, (a, k) =>
        {
            var s = S(a);
            var p = ArgConversions.ClinicStr(a[1], "removesuffix", "argument");
            return new PyStr(p.Length > 0 && s.EndsWith(p, StringComparison.Ordinal) ? s[..^p.Length] : s);
        });
        t.AddMethod("expandtabs", ArgSpec.Keywords(0, 0, 1, "tabsize"), (a, k) =>
        {
            long requested = a.Length > 1 ? Ops.IndexValue(a[1]) : 8;
            if (requested is < int.MinValue or > int.MaxValue) throw Ops.Error(Exceptions.ExceptionTypes.OverflowError, "Python int too large to convert to C int");
            int size = (int)requested;
            var sb = new StringBuilder();
            int col = 0;
            foreach (var c in S(a))
            {
                if (c == '\t')
                {
                    int n = size > 0 ? size - col % size : 0;
                    sb.Append(' ', n);
                    col += n;
                }
                else
                {
                    sb.Append(c);
                    col = c is '\n' or '\r' ? 0 : col + 1;
                }
            }
            return new PyStr(sb.ToString());
        });
        t.AddMethod("encode", ArgSpec.Keywords(0, 0, 2, "encoding", "errors"), (a, k) =>
        {
            var args = Ops.BindArgs("encode", a[1..], k, ["encoding", "errors"], 0);
            RequireUtf8(args[0], args[1], "encode");
            return new PyBytes(Encoding.UTF8.GetBytes(S(a)));
        });
        t.AddMethod("format", (a, k) => new PyStr(Builtins.StrFormat.Format(S(a), a[1..], k)));
        t.AddMethod("format_map", ArgSpec.OneArg, (a, k) => new PyStr(Builtins.StrFormat.FormatMap(S(a), a[1])));
        t.AddMethod("__format__", ArgSpec.OneArg, (a, k) => new PyStr(Builtins.FormatSpec.Format(a[0], ArgConversions.ClinicStr(a[1], "__format__", "argument"))));
        t.AddMethod("__len__", ArgSpec.Slot(0), (a, k) => PyInt.From(((PyStr)a[0]).CodePointLength));
        t.AddMethod("__contains__", ArgSpec.Slot(1), (a, k) => PyBool.From(((PyStr)a[0]).Contains(a[1]) == true));
        t.AddMethod("__getitem__", ArgSpec.Slot(1), (a, k) => a[0].GetItem(a[1]));
        t.AddStaticMethod("maketrans", (a, k) =>
        {
            var d = new PyDict();
            if (a.Length == 1)
            {
                foreach (var (key, v) in ((PyDict)a[0]).Items()) d.SetItem(key is PyStr ks ? PyInt.From(ks.CodePointAt(0)) : key, v);
                return d;
            }
            var from = ((PyStr)a[0]).Value;
            var to = ((PyStr)a[1]).Value;
            if (from.Length != to.Length) throw Ops.ValueError("the first two maketrans arguments must have equal length");
            for (int i = 0; i < from.Length; i++) d.SetItem(PyInt.From(from[i]), PyInt.From(to[i]));
            if (a.Length > 2) foreach (var c in ((PyStr)a[2]).Value) d.SetItem(PyInt.From(c), PyNone.Value);
            return d;
        });
        t.AddMethod("translate", ArgSpec.OneArg, (a, k) =>
        {
            var sb = new StringBuilder();
            foreach (var c in S(a))
            {
                PyObject? m;
                try
                {
                    m = Ops.GetItem(a[1], PyInt.From(c));
                }
                catch (Exceptions.PyException e) when (e.Value.Type.IsSubtypeOf(Exceptions.ExceptionTypes.LookupError))
                {
                    m = null;
                }
                if (m is null) sb.Append(c);
                else if (m is PyStr ms) sb.Append(ms.Value);
                else if (m is PyInt mi) sb.Append(char.ConvertFromUtf32((int)mi.Small));
            }
            return new PyStr(sb.ToString());
        });
        return t;
    }

    private static string InsertBetween(string s, string ins)
    {
        var sb = new StringBuilder(ins);
        foreach (var c in s) sb.Append(c).Append(ins);
        return sb.ToString();
    }

    /// <summary>find, rfind, index, rindex: the bounds are read before the substring, which gives CPython's error order.</summary>
    private static int Find(ReadOnlySpan<PyObject> a, bool last)
    {
        var s = S(a);
        var (start, end) = SearchBounds.FromArgs(a, 2, s.Length);
        var sub = ArgConversions.Str(a[1]);
        if (start > s.Length || end - start < sub.Length) return -1;
        if (end < start) return -1;
        var region = s.AsSpan(start, end - start);
        int r = last ? region.LastIndexOf(sub.AsSpan(), StringComparison.Ordinal) : region.IndexOf(sub.AsSpan(), StringComparison.Ordinal);
        if (last && sub.Length == 0) r = region.Length;
        return r < 0 ? -1 : r + start;
    }
}
