using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Builtins;

/// <summary><c>list.sort</c> and <c>sorted</c>: a stable merge sort using only <c>&lt;</c>, as CPython's contract requires.</summary>
internal static class ListSort
{
    public static void Sort(PyList list, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        PyObject? key = null;
        bool reverse = false;
        int nkw = k?.Items.Length ?? 0;
        if (a.Length - nkw > 0) throw Ops.TypeError("sort() takes no positional arguments");
        for (int i = 0; i < nkw; i++)
        {
            var name = ((PyStr)k!.Items[i]).Value;
            var v = a[a.Length - nkw + i];
            if (name == "key") key = v == PyNone.Value ? null : v;
            else if (name == "reverse") reverse = Ops.IsTrue(v);
            else throw Ops.TypeError($"'{name}' is an invalid keyword argument for sort()");
        }
        var items = list.ToArray();
        // As in CPython the list is empty while it sorts, so that a key function or comparison that
        // changes it is caught afterwards; the sorted items then replace whatever it was changed to.
        PyObject[] emptied = [];
        list.SetContents(emptied);
        var result = items;
        bool modified;
        try
        {
            result = Sorted(items, key, reverse);
        }
        finally
        {
            modified = list.Count != 0 || !ReferenceEquals(list.Items, emptied);
            list.SetContents(result);
        }
        if (modified) throw Ops.ValueError("list modified during sort");
    }

    private static PyObject[] Sorted(PyObject[] items, PyObject? key, bool reverse)
    {
        var keys = items;
        if (key is not null)
        {
            keys = new PyObject[items.Length];
            for (int i = 0; i < items.Length; i++) keys[i] = Ops.Call(key, items[i]);
        }
        var idx = new int[items.Length];
        for (int i = 0; i < idx.Length; i++) idx[i] = i;
        // Reversing before and after a stable sort keeps equal elements in their original order, as CPython does.
        if (reverse) Array.Reverse(idx);
        var tmp = new int[idx.Length];
        MergeSort(idx, tmp, 0, idx.Length, keys);
        if (reverse) Array.Reverse(idx);
        var result = new PyObject[items.Length];
        for (int i = 0; i < idx.Length; i++) result[i] = items[idx[i]];
        return result;
    }

    private static bool Less(PyObject a, PyObject b)
    {
        if (a is PyInt ia && b is PyInt ib && ia.IsSmall && ib.IsSmall) return ia.Small < ib.Small;
        if (a is PyStr sa && b is PyStr sb) return string.CompareOrdinal(sa.Value, sb.Value) < 0;
        return Ops.IsTrue(Ops.RichCompare(a, b, CompareKind.Lt));
    }

    private static void MergeSort(int[] idx, int[] tmp, int lo, int hi, PyObject[] keys)
    {
        if (hi - lo < 2) return;
        if (hi - lo <= 16)
        {
            for (int i = lo + 1; i < hi; i++)
            {
                int x = idx[i];
                int j = i - 1;
                while (j >= lo && Less(keys[x], keys[idx[j]]))
                {
                    idx[j + 1] = idx[j];
                    j--;
                }
                idx[j + 1] = x;
            }
            return;
        }
        int mid = (lo + hi) / 2;
        MergeSort(idx, tmp, lo, mid, keys);
        MergeSort(idx, tmp, mid, hi, keys);
        if (!Less(keys[idx[mid]], keys[idx[mid - 1]])) return;
        Array.Copy(idx, lo, tmp, lo, hi - lo);
        int a = lo, b = mid, o = lo;
        while (a < mid && b < hi)
        {
            if (Less(keys[tmp[b]], keys[tmp[a]])) idx[o++] = tmp[b++];
            else idx[o++] = tmp[a++];
        }
        while (a < mid) idx[o++] = tmp[a++];
        while (b < hi) idx[o++] = tmp[b++];
    }
}
