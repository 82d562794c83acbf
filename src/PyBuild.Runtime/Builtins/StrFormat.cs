using System.Text;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Builtins;

/// <summary><c>str.format</c> and <c>str.format_map</c>: replacement fields with conversions and nested specs.</summary>
internal static class StrFormat
{
    public static string Format(string fmt, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Items.Length ?? 0;
        int npos = args.Length - nkw;
        var positional = args[..npos].ToArray();
        var kw = new PyDict();
        for (int i = 0; i < nkw; i++) kw.SetItem(kwnames!.Items[i], args[npos + i]);
        return Render(fmt, positional, kw, 0, new FieldNumbering());
    }

    public static string FormatMap(string fmt, PyObject mapping) => Render(fmt, [], mapping, 0, new FieldNumbering());

    /// <summary>Automatic field numbering state, shared by a format string and the specs nested in it
    /// (CPython numbers "{:{}}" as fields 0 then 1).</summary>
    private sealed class FieldNumbering
    {
        public int Auto;
        public bool Manual, Automatic;
    }

    private static string Render(string fmt, PyObject[] positional, PyObject kw, int depth, FieldNumbering numbering)
    {
        if (depth > 2) throw Ops.ValueError("Max string recursion exceeded");
        var sb = new StringBuilder();
        int i = 0;
        while (i < fmt.Length)
        {
            char c = fmt[i];
            if (c == '}')
            {
                if (i + 1 < fmt.Length && fmt[i + 1] == '}') { sb.Append('}'); i += 2; continue; }
                throw Ops.ValueError("Single '}' encountered in format string");
            }
            if (c != '{') { sb.Append(c); i++; continue; }
            if (i + 1 < fmt.Length && fmt[i + 1] == '{') { sb.Append('{'); i += 2; continue; }
            int level = 1, j = i + 1;
            while (j < fmt.Length && level > 0)
            {
                if (fmt[j] == '{') level++;
                else if (fmt[j] == '}') level--;
                if (level > 0) j++;
            }
            if (j >= fmt.Length) throw Ops.ValueError("expected '}' before end of string");
            var field = fmt[(i + 1)..j];
            i = j + 1;
            string name = field, conv = "", spec = "";
            int bracket = 0, k2 = 0;
            for (; k2 < field.Length; k2++)
            {
                if (field[k2] == '[') bracket++;
                else if (field[k2] == ']') bracket--;
                else if (bracket == 0 && field[k2] is '!' or ':') break;
            }
            name = field[..k2];
            var rest = field[k2..];
            if (rest.StartsWith('!'))
            {
                if (rest.Length < 2) throw Ops.ValueError("end of string while looking for conversion specifier");
                conv = rest[1].ToString();
                rest = rest[2..];
                if (rest.Length > 0 && rest[0] != ':') throw Ops.ValueError("expected ':' after conversion specifier");
            }
            if (rest.StartsWith(':')) spec = rest[1..];
            int firstEnd = 0;
            while (firstEnd < name.Length && name[firstEnd] is not ('.' or '[')) firstEnd++;
            var head = name[..firstEnd];
            PyObject value;
            if (head.Length == 0)
            {
                if (numbering.Manual) throw Ops.ValueError("cannot switch from manual field specification to automatic field numbering");
                numbering.Automatic = true;
                if (numbering.Auto >= positional.Length) throw Ops.Error(Exceptions.ExceptionTypes.IndexError, $"Replacement index {numbering.Auto} out of range for positional args tuple");
                value = positional[numbering.Auto++];
            }
            else if (int.TryParse(head, out int index))
            {
                if (numbering.Automatic) throw Ops.ValueError("cannot switch from automatic field numbering to manual field specification");
                numbering.Manual = true;
                if (index >= positional.Length) throw Ops.Error(Exceptions.ExceptionTypes.IndexError, $"Replacement index {index} out of range for positional args tuple");
                value = positional[index];
            }
            else
            {
                value = Ops.GetItem(kw, new PyStr(head));
            }
            int p = firstEnd;
            while (p < name.Length)
            {
                if (name[p] == '.')
                {
                    int e = p + 1;
                    while (e < name.Length && name[e] is not ('.' or '[')) e++;
                    value = Ops.GetAttr(value, name[(p + 1)..e]);
                    p = e;
                }
                else
                {
                    int e = name.IndexOf(']', p);
                    var key = name[(p + 1)..e];
                    // Only an all-digit key is an index: "{0[-1]}" looks up the string "-1".
                    bool digits = key.Length > 0;
                    foreach (char ch in key) digits &= ch is >= '0' and <= '9';
                    value = Ops.GetItem(value, digits && int.TryParse(key, out int ki) ? PyInt.From(ki) : new PyStr(key));
                    p = e + 1;
                }
            }
            value = conv switch
            {
                "" => value,
                "s" => new PyStr(Ops.Str(value)),
                "r" => new PyStr(Ops.Repr(value)),
                "a" => new PyStr(BuiltinFunctions.Ascii(Ops.Repr(value))),
                _ => throw Ops.ValueError($"Unknown conversion specifier {conv}"),
            };
            // The nested fields of the spec come after the field itself in the numbering.
            if (spec.Contains('{')) spec = Render(spec, positional, kw, depth + 1, numbering);
            sb.Append(Ops.Format(value, spec));
        }
        return sb.ToString();
    }
}
