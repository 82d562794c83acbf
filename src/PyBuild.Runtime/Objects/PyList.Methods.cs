namespace PyBuild.Runtime.Objects;

/// <summary>The methods of <c>list</c>.</summary>
internal partial class PyList
{
    private static PyList Self(ReadOnlySpan<PyObject> a) => (PyList)a[0];

    private static PyType CreateType()
    {
        var t = new PyType("list", PyType.ObjectType, (type, a, k) =>
        {
            Ops.NoKeywords("list", k);
            Ops.CheckArgCount("list", a, 0, 1);
            return a.Length == 0 ? new PyList() : new PyList(a[0] is PyList l ? l.ToArray() : Ops.ToArray(a[0]).ToArray());
        });
        t.AddMethod("__init__", (a, k) =>
        {
            Ops.NoKeywords("list", k);
            var l = Self(a);
            l.Clear();
            if (a.Length > 1) l.Extend(Ops.ToArray(a[1]));
            return PyNone.Value;
        });
        t.AddMethod("__repr__", ArgSpec.Slot(0), (a, k) => new PyStr(a[0].Repr()));
        t.AddMethod("append", ArgSpec.OneArg, (a, k) => { Self(a).Append(a[1]); return PyNone.Value; });
        t.AddMethod("__iadd__", ArgSpec.Slot(1), (a, k) => Self(a).InPlaceOp(BinaryOpKind.Add, a[1])!);
        t.AddMethod("__imul__", ArgSpec.RepeatSlot, (a, k) => Self(a).InPlaceOp(BinaryOpKind.Multiply, PyInt.From(Ops.IndexValue(a[1])))!);
        t.AddMethod("extend", ArgSpec.OneArg, (a, k) => { Self(a).Extend(a[1] is PyList l ? l.ToArray() : Ops.ToArray(a[1])); return PyNone.Value; });
        t.AddMethod("insert", ArgSpec.Positional(2, 2), (a, k) =>
        {
            long i = Ops.IndexValue(a[1]);
            Self(a).Insert((int)Math.Clamp(i, int.MinValue / 2, int.MaxValue / 2), a[2]);
            return PyNone.Value;
        });
        t.AddMethod("pop", ArgSpec.Positional(0, 1), (a, k) =>
        {
            var l = Self(a);
            if (l.Count == 0) throw Ops.Error(Exceptions.ExceptionTypes.IndexError, "pop from empty list");
            long i = a.Length > 1 ? Ops.IndexValue(a[1]) : -1;
            if (i < 0) i += l.Count;
            if (i < 0 || i >= l.Count) throw Ops.Error(Exceptions.ExceptionTypes.IndexError, "pop index out of range");
            return l.PopAt((int)i);
        });
        t.AddMethod("remove", ArgSpec.OneArg, (a, k) =>
        {
            var l = Self(a);
            for (int i = 0; i < l.Count; i++)
            {
                if (Ops.EqualsBool(l.Items[i], a[1]))
                {
                    l.PopAt(i);
                    return PyNone.Value;
                }
            }
            throw Ops.ValueError("list.remove(x): x not in list");
        });
        t.AddMethod("index", ArgSpec.Positional(1, 3), (a, k) =>
        {
            var l = Self(a);
            long start = a.Length > 2 ? ArgConversions.SliceIndexNotNone(a[2]) : 0, stop = a.Length > 3 ? ArgConversions.SliceIndexNotNone(a[3]) : l.Count;
            if (start < 0) start = Math.Max(0, start + l.Count);
            if (stop < 0) stop = Math.Max(0, stop + l.Count);
            for (long i = start; i < Math.Min(stop, l.Count); i++)
            {
                if (Ops.EqualsBool(l.Items[i], a[1])) return PyInt.From(i);
            }
            throw Ops.ValueError($"{Ops.Repr(a[1])} is not in list");
        });
        t.AddMethod("count", ArgSpec.OneArg, (a, k) =>
        {
            var l = Self(a);
            int c = 0;
            for (int i = 0; i < l.Count; i++) if (Ops.EqualsBool(l.Items[i], a[1])) c++;
            return PyInt.From(c);
        });
        t.AddMethod("reverse", ArgSpec.NoArgs, (a, k) => { var l = Self(a); Array.Reverse(l.Items, 0, l.Count); return PyNone.Value; });
        t.AddMethod("sort", ArgSpec.Keywords(0, 0, 0, "key", "reverse"), (a, k) => { Builtins.ListSort.Sort(Self(a), a[1..], k); return PyNone.Value; });
        t.AddMethod("copy", ArgSpec.NoArgs, (a, k) => new PyList(Self(a).ToArray()));
        t.AddMethod("clear", ArgSpec.NoArgs, (a, k) => { Self(a).Clear(); return PyNone.Value; });
        t.AddMethod("__getitem__", ArgSpec.OneArg, (a, k) => Self(a).GetItem(a[1]));
        t.AddMethod("__setitem__", ArgSpec.UnnamedSlot(2, 2), (a, k) => { Self(a).SetItem(a[1], a[2]); return PyNone.Value; });
        t.AddMethod("__len__", ArgSpec.Slot(0), (a, k) => PyInt.From(Self(a).Count));
        t.AddMethod("__contains__", ArgSpec.Slot(1), (a, k) => PyBool.From(Self(a).Contains(a[1]) == true));
        t.AddMethod("__iter__", ArgSpec.Slot(0), (a, k) => Self(a).Iter());
        return t;
    }
}
