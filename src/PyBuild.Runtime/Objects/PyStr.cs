using System.Text;

namespace PyBuild.Runtime.Objects;

/// <summary>
/// <c>str</c>: a .NET string with code-point semantics. Strings without surrogate pairs (nearly all)
/// index the UTF-16 text directly; the rest go through a code-point array built on first need.
/// </summary>
internal sealed partial class PyStr : PyObject
{
    // Declared before TypeObject: building the type interns its method names.
    private static readonly Dictionary<string, PyStr> Interned = new(StringComparer.Ordinal);
    private static readonly PyStr[] Latin1Chars = BuildCharCache();

    public static readonly PyStr Empty = new("");
    public static readonly PyType TypeObject = CreateType();

    private int hash;
    private bool hashComputed;
    private sbyte hasSurrogates = -1;
    private int[]? codePoints;

    public PyStr(string value) => Value = value;

    public string Value { get; }

    public override PyType Type => TypeObject;

    /// <summary>The shared string object for an identifier-like name.</summary>
    public static PyStr Intern(string s)
    {
        lock (Interned)
        {
            if (!Interned.TryGetValue(s, out var p))
            {
                p = new PyStr(s);
                Interned[s] = p;
            }
            return p;
        }
    }

    public static PyStr FromChar(int codePoint) =>
        codePoint < Latin1Chars.Length ? Latin1Chars[codePoint] : new PyStr(char.ConvertFromUtf32(codePoint));

    private static PyStr[] BuildCharCache()
    {
        var a = new PyStr[256];
        for (int i = 0; i < a.Length; i++) a[i] = new PyStr(((char)i).ToString());
        return a;
    }

    public bool HasSurrogates
    {
        get
        {
            if (hasSurrogates < 0)
            {
                hasSurrogates = 0;
                foreach (var c in Value)
                {
                    if (char.IsSurrogate(c)) { hasSurrogates = 1; break; }
                }
            }
            return hasSurrogates == 1;
        }
    }

    /// <summary>The code points, for strings with surrogate pairs.</summary>
    public int[] CodePoints
    {
        get
        {
            if (codePoints is null)
            {
                var list = new List<int>(Value.Length);
                for (int i = 0; i < Value.Length; i++)
                {
                    if (char.IsHighSurrogate(Value[i]) && i + 1 < Value.Length && char.IsLowSurrogate(Value[i + 1]))
                    {
                        list.Add(char.ConvertToUtf32(Value[i], Value[i + 1]));
                        i++;
                    }
                    else
                    {
                        list.Add(Value[i]);
                    }
                }
                codePoints = [.. list];
            }
            return codePoints;
        }
    }

    public int CodePointLength => HasSurrogates ? CodePoints.Length : Value.Length;

    public int CodePointAt(int i) => HasSurrogates ? CodePoints[i] : Value[i];

    /// <summary>The code points [start, end) as a string.</summary>
    public string Slice(int start, int end)
    {
        if (end <= start) return "";
        if (!HasSurrogates) return Value.Substring(start, end - start);
        var sb = new StringBuilder();
        for (int i = start; i < end; i++) sb.Append(char.ConvertFromUtf32(CodePoints[i]));
        return sb.ToString();
    }

    public override string Repr() => ReprOf(Value);

    public override string Str() => Value;

    /// <summary>CPython's <c>unicode_repr</c>: single quotes unless the text has ' and no ".</summary>
    public static string ReprOf(string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == quote || c == '\\') { sb.Append('\\').Append(c); continue; }
            switch (c)
            {
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
                case '\t': sb.Append("\\t"); continue;
            }
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(c, s[i + 1]);
            }
            if (cp < 0x20 || cp == 0x7f) sb.Append($"\\x{cp:x2}");
            else if (cp < 0x7f) sb.Append(c);
            else if (IsPrintable(cp))
            {
                sb.Append(char.ConvertFromUtf32(cp));
                if (cp > 0xFFFF) i++;
            }
            else if (cp <= 0xff) sb.Append($"\\x{cp:x2}");
            else if (cp <= 0xffff) sb.Append($"\\u{cp:x4}");
            else { sb.Append($"\\U{cp:x8}"); i++; }
        }
        sb.Append(quote);
        return sb.ToString();
    }

    private static bool IsPrintable(int cp)
    {
        if (cp >= 0xD800 && cp <= 0xDFFF) return false;
        var cat = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat switch
        {
            System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
                or System.Globalization.UnicodeCategory.Surrogate or System.Globalization.UnicodeCategory.PrivateUse
                or System.Globalization.UnicodeCategory.OtherNotAssigned or System.Globalization.UnicodeCategory.LineSeparator
                or System.Globalization.UnicodeCategory.ParagraphSeparator => false,
            System.Globalization.UnicodeCategory.SpaceSeparator => cp == ' ',
            _ => true,
        };
    }

    public override long Hash()
    {
        if (!hashComputed)
        {
            int h = Value.GetHashCode();
            hash = h == -1 ? -2 : h;
            hashComputed = true;
        }
        return hash;
    }

    public override bool IsTrue() => Value.Length > 0;

    public override int Length() => CodePointLength;

    public override PyObject? RichCompare(CompareKind op, PyObject other)
    {
        if (other is not PyStr o) return null;
        if (op == CompareKind.Eq) return PyBool.From(ReferenceEquals(this, o) || Value == o.Value);
        if (op == CompareKind.Ne) return PyBool.From(!ReferenceEquals(this, o) && Value != o.Value);
        return PyBool.From(Ops.CompareResult(op, string.CompareOrdinal(Value, o.Value)));
    }

    public override PyObject? BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        switch (op)
        {
            case BinaryOpKind.Add when other is PyStr o && !reflected:
                return new PyStr(Value + o.Value);
            case BinaryOpKind.Multiply when other is PyInt n:
            {
                int count = SequenceRepeat.Count(n, Value.Length, "repeated string is too long", SequenceRepeat.MaxStringLength);
                if (count == 0) return Empty;
                var sb = new StringBuilder(Value.Length * count);
                for (int i = 0; i < count; i++) sb.Append(Value);
                return new PyStr(sb.ToString());
            }
            case BinaryOpKind.Remainder when !reflected:
                return new PyStr(Builtins.PercentFormat.Format(Value, other));
            default:
                return null;
        }
    }

    public override bool? Contains(PyObject item)
    {
        if (item is not PyStr s) throw Ops.TypeError($"'in <string>' requires string as left operand, not {item.Type.Name}");
        return Value.Contains(s.Value, StringComparison.Ordinal);
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyInt i)
        {
            int n = CodePointLength;
            long idx = i.IsSmall ? i.Small : long.MaxValue;
            if (idx < 0) idx += n;
            if (idx < 0 || idx >= n) throw Ops.Error(Exceptions.ExceptionTypes.IndexError, "string index out of range");
            return FromChar(CodePointAt((int)idx));
        }
        if (key is PySlice sl)
        {
            var (start, stop, step, count) = sl.Indices(CodePointLength);
            if (step == 1) return new PyStr(Slice(start, stop));
            var sb = new StringBuilder(count);
            for (int k = 0, j = start; k < count; k++, j += step) sb.Append(char.ConvertFromUtf32(CodePointAt(j)));
            return new PyStr(sb.ToString());
        }
        if (Ops.TryIndex(key, out var ix)) return GetItem(ix);
        throw Ops.TypeError($"string indices must be integers, not '{key.Type.Name}'");
    }

    public override PyObject Iter() => new PyStrIterator(this);

    /// <summary>The iterator of a string: one code point at a time.</summary>
    private sealed class PyStrIterator(PyStr s) : PyObject
    {
        private static readonly PyType IterType = SlotWrappers.Iterator(new("str_ascii_iterator", PyType.ObjectType));
        private int index;

        public override PyType Type => IterType;

        public override PyObject Iter() => this;

        public override PyObject? Next()
        {
            if (index >= s.CodePointLength) return null;
            return FromChar(s.CodePointAt(index++));
        }
    }
}
