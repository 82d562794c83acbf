using System.Text;

namespace PyBuild.Runtime.Objects;

/// <summary>The methods of <c>dict</c> and its views.</summary>
internal partial class PyDict
{
    private static PyDict Self(ReadOnlySpan<PyObject> a) => (PyDict)a[0];

    private static PyType CreateType()
    {
        var t = new PyType("dict", PyType.ObjectType, (type, a, k) =>
        {
            var d = new PyDict();
            int nkw = k?.Items.Length ?? 0;
            int npos = a.Length - nkw;
            if (npos > 1) throw Ops.TypeError($"dict expected at most 1 argument, got {npos}");
            if (npos == 1) Builtins.DictMethods.UpdateFrom(d, a[0]);
            for (int i = 0; i < nkw; i++) d.SetItem(k!.Items[i], a[npos + i]);
            return d;
        });
        t.AddMethod("__init__", (a, k) =>
        {
            var d = Self(a);
            int nkw = k?.Items.Length ?? 0;
            int npos = a.Length - nkw;
            if (npos > 1) Builtins.DictMethods.UpdateFrom(d, a[1]);
            for (int i = 0; i < nkw; i++) d.SetItem(k!.Items[i], a[npos + i]);
            return PyNone.Value;
        });
        t.AddMethod("__repr__", ArgSpec.Slot(0), (a, k) => new PyStr(a[0].Repr()));
        t.AddMethod("keys", ArgSpec.NoArgs, (a, k) => new PyDictView(Self(a), DictIterKind.Keys));
        t.AddMethod("values", ArgSpec.NoArgs, (a, k) => new PyDictView(Self(a), DictIterKind.Values));
        t.AddMethod("items", ArgSpec.NoArgs, (a, k) => new PyDictView(Self(a), DictIterKind.Items));
        t.AddMethod("get", ArgSpec.Positional(1, 2), (a, k) =>
        {
            return Self(a).GetItemOrNull(a[1]) ?? (a.Length > 2 ? a[2] : PyNone.Value);
        });
        t.AddMethod("pop", ArgSpec.Positional(1, 2), (a, k) =>
        {
            if (Self(a).Remove(a[1], out var v)) return v!;
            if (a.Length > 2) return a[2];
            throw new Exceptions.PyException(Exceptions.PyBaseException.Create(Exceptions.ExceptionTypes.KeyError, a[1]));
        });
        t.AddMethod("popitem", ArgSpec.NoArgs, (a, k) =>
        {
            var d = Self(a);
            for (int i = d.used - 1; i >= 0; i--)
            {
                var e = d.entries[i];
                if (e.Key is null) continue;
                d.Remove(e.Key, out _);
                return new PyTuple([e.Key, e.Value!]);
            }
            throw Ops.Error(Exceptions.ExceptionTypes.KeyError, "popitem(): dictionary is empty");
        });
        t.AddMethod("setdefault", ArgSpec.Positional(1, 2), (a, k) =>
        {
            var d = Self(a);
            var v = d.GetItemOrNull(a[1]);
            if (v is not null) return v;
            var dflt = a.Length > 2 ? a[2] : PyNone.Value;
            d.SetItem(a[1], dflt);
            return dflt;
        });
        t.AddMethod("update", ArgSpec.PositionalAndKeywords(0, 1), (a, k) =>
        {
            var d = Self(a);
            int nkw = k?.Items.Length ?? 0;
            int npos = a.Length - nkw;
            if (npos > 1) Builtins.DictMethods.UpdateFrom(d, a[1]);
            for (int i = 0; i < nkw; i++) d.SetItem(k!.Items[i], a[npos + i]);
            return PyNone.Value;
        });
        t.AddMethod("copy", ArgSpec.NoArgs, (a, k) => Self(a).Copy());
        t.AddMethod("clear", ArgSpec.NoArgs, (a, k) => { Self(a).Clear(); return PyNone.Value; });
        t.AddClassMethod("fromkeys", ArgSpec.Positional(1, 2), (a, k) =>
        {
            var d = new PyDict();
            var v = a.Length > 2 ? a[2] : PyNone.Value;
            foreach (var key in Ops.ToArray(a[1])) d.SetItem(key, v);
            return d;
        });
        t.AddMethod("__getitem__", ArgSpec.OneArg, (a, k) => Self(a).GetItem(a[1]));
        t.AddMethod("__setitem__", ArgSpec.UnnamedSlot(2, 2), (a, k) => { Self(a).SetItem(a[1], a[2]); return PyNone.Value; });
        t.AddMethod("__contains__", ArgSpec.OneArg, (a, k) => PyBool.From(Self(a).FindIndex(a[1]) >= 0));
        t.AddMethod("__len__", ArgSpec.Slot(0), (a, k) => PyInt.From(Self(a).Count));
        t.AddMethod("__iter__", ArgSpec.Slot(0), (a, k) => Self(a).Iter());
        return t;
    }
}

/// <summary>The views <c>dict_keys</c>, <c>dict_values</c> and <c>dict_items</c>.</summary>
internal sealed class PyDictView(PyDict dict, DictIterKind kind) : PyObject
{
    private static readonly PyType KeysType = WithSetMethods(new("dict_keys", PyType.ObjectType));
    private static readonly PyType ValuesType = new("dict_values", PyType.ObjectType);
    private static readonly PyType ItemsType = WithSetMethods(new("dict_items", PyType.ObjectType));

    /// <summary>Keys and items views are set-like, so they have isdisjoint().</summary>
    private static PyType WithSetMethods(PyType t)
    {
        t.AddMethod("isdisjoint", (a, k) =>
        {
            Ops.CheckArgCount("isdisjoint", a[1..], 1, 1);
            var view = (PyDictView)a[0];
            foreach (var x in Ops.ToArray(a[1]))
            {
                if (view.Contains(x) == true) return PyBool.False;
            }
            return PyBool.True;
        });
        return t;
    }

    public override PyType Type => kind switch { DictIterKind.Keys => KeysType, DictIterKind.Values => ValuesType, _ => ItemsType };

    public override int Length() => dict.Count;

    public override bool IsTrue() => dict.Count > 0;

    public override PyObject Iter() => new PyDictIterator(dict, kind);

    /// <summary>reversed(view): a snapshot of the view's items, last inserted first.</summary>
    public PyObject Reversed()
    {
        var items = Ops.ToArray(this);
        Array.Reverse(items);
        string name = kind switch { DictIterKind.Keys => "dict_reversekeyiterator", DictIterKind.Values => "dict_reversevalueiterator", _ => "dict_reverseitemiterator" };
        return new PySeqIterator(items, items.Length, name);
    }

    public override bool? Contains(PyObject item)
    {
        switch (kind)
        {
            case DictIterKind.Keys:
                return dict.FindIndex(item) >= 0;
            case DictIterKind.Items:
                if (item is not PyTuple { Items.Length: 2 } t) return false;
                var v = dict.GetItemOrNull(t.Items[0]);
                return v is not null && Ops.EqualsBool(v, t.Items[1]);
            default:
                return null;
        }
    }

    public override string Repr()
    {
        var sb = new StringBuilder(Type.Name).Append("([");
        var it = Iter();
        bool first = true;
        while (it.Next() is { } x)
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(Ops.Repr(x));
        }
        return sb.Append("])").ToString();
    }

    private PySet AsSet() => new(false, Ops.ToArray(this));

    public override PyObject? BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        if (kind == DictIterKind.Values) return null;
        var mine = AsSet();
        var theirs = other as PySet ?? new PySet(false, Ops.ToArray(other));
        return reflected ? theirs.BinaryOp(op, mine, false) : mine.BinaryOp(op, theirs, false);
    }

    public override PyObject? RichCompare(CompareKind op, PyObject other)
    {
        if (kind == DictIterKind.Values) return null;
        if (other is PyDictView or PySet) return AsSet().RichCompare(op, other is PySet s ? s : ((PyDictView)other).AsSet());
        return null;
    }
}
