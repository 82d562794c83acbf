using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Builtins;

/// <summary>Helpers shared by <c>dict</c>'s constructor, <c>update</c> and the <c>DICT_UPDATE</c> opcode.</summary>
internal static class DictMethods
{
    /// <summary><c>d.update(other)</c>: a mapping (with <c>keys</c>) or an iterable of pairs.</summary>
    public static void UpdateFrom(PyDict d, PyObject other)
    {
        if (other is PyDict od)
        {
            d.Update(od);
            return;
        }
        if (Ops.GetAttrOrNull(other, "keys") is { } keys)
        {
            foreach (var key in Ops.ToArray(Ops.Call(keys))) d.SetItem(key, Ops.GetItem(other, key));
            return;
        }
        var it = Ops.GetIter(other, $"'{other.Type.Name}' object is not iterable");
        int n = 0;
        while (Ops.Next(it) is { } item)
        {
            var pair = Ops.ToArray(item, $"cannot convert dictionary update sequence element #{n} to a sequence");
            if (pair.Length != 2)
                throw Ops.ValueError($"dictionary update sequence element #{n} has length {pair.Length}; 2 is required");
            d.SetItem(pair[0], pair[1]);
            n++;
        }
    }

    public static PyDict FromMapping(PyObject mapping)
    {
        var d = new PyDict();
        UpdateFrom(d, mapping);
        return d;
    }
}
