namespace PyBuild.Runtime.Objects;

/// <summary>The ASCII case methods of <c>bytes</c> and <c>bytearray</c> beyond upper/lower/swapcase:
/// capitalize, title and the islower/isupper/istitle tests. Only ASCII letters are cased.</summary>
internal sealed partial class PyBytes
{
    private static bool IsAsciiUpper(byte b) => b is >= (byte)'A' and <= (byte)'Z';

    private static bool IsAsciiLower(byte b) => b is >= (byte)'a' and <= (byte)'z';

    private static PyObject Capitalize(ReadOnlySpan<PyObject> a)
    {
        var s = Self(a);
        var r = new byte[s.Length];
        for (int i = 0; i < s.Length; i++) r[i] = i == 0 ? Upper(s[i]) : Lower(s[i]);
        return Make(a, r);
    }

    // A letter is upper-cased when it starts a run of letters, lower-cased otherwise.
    private static PyObject Title(ReadOnlySpan<PyObject> a)
    {
        var s = Self(a);
        var r = new byte[s.Length];
        bool previousCased = false;
        for (int i = 0; i < s.Length; i++)
        {
            byte b = s[i];
            r[i] = previousCased ? Lower(b) : Upper(b);
            previousCased = IsAsciiUpper(b) || IsAsciiLower(b);
        }
        return Make(a, r);
    }

    // islower/isupper: at least one cased byte, none of the other case.
    private static PyObject HasOnlyCase(ReadOnlySpan<PyObject> a, bool upper)
    {
        bool cased = false;
        foreach (var b in Self(a))
        {
            if (upper ? IsAsciiLower(b) : IsAsciiUpper(b)) return PyBool.False;
            cased |= upper ? IsAsciiUpper(b) : IsAsciiLower(b);
        }
        return PyBool.From(cased);
    }

    // istitle: upper-case letters only after uncased bytes, lower-case only after cased ones, and at least one letter.
    private static PyObject IsTitle(ReadOnlySpan<PyObject> a)
    {
        bool cased = false, previousCased = false;
        foreach (var b in Self(a))
        {
            if (IsAsciiUpper(b))
            {
                if (previousCased) return PyBool.False;
                previousCased = cased = true;
            }
            else if (IsAsciiLower(b))
            {
                if (!previousCased) return PyBool.False;
                previousCased = cased = true;
            }
            else
            {
                previousCased = false;
            }
        }
        return PyBool.From(cased);
    }

    private static void AddCaseMethods(PyType t)
    {
        t.AddMethod("capitalize", (a, k) => { NoArgs("capitalize", a, k); return Capitalize(a); });
        t.AddMethod("title", (a, k) => { NoArgs("title", a, k); return Title(a); });
        t.AddMethod("islower", (a, k) => { NoArgs("islower", a, k); return HasOnlyCase(a, upper: false); });
        t.AddMethod("isupper", (a, k) => { NoArgs("isupper", a, k); return HasOnlyCase(a, upper: true); });
        t.AddMethod("istitle", (a, k) => { NoArgs("istitle", a, k); return IsTitle(a); });
    }

    private static void NoArgs(string name, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        Ops.NoKeywords(name, k);
        if (a.Length != 1) throw Ops.TypeError($"{a[0].Type.Name}.{name}() takes no arguments ({a.Length - 1} given)");
    }
}
