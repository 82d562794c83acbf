namespace PyBuild.Runtime.Objects;

/// <summary>The methods of <c>set</c> and <c>frozenset</c>.</summary>
internal sealed partial class PySet
{
    private static PySet Self(ReadOnlySpan<PyObject> a) => (PySet)a[0];

    private static PyObject Construct(bool frozen, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        Ops.NoKeywords(frozen ? "frozenset" : "set", k);
        Ops.CheckArgCount(frozen ? "frozenset" : "set", a, 0, 1);
        var s = new PySet(frozen);
        if (a.Length == 1)
        {
            if (frozen && a[0] is PySet { IsFrozen: true } fs) return fs;
            s.Update(a[0]);
        }
        return s;
    }

    private static void AddCommon(PyType t, bool frozen)
    {
        t.AddMethod("union", ArgSpec.ParseTuple(0, int.MaxValue), (a, k) =>
        {
            var r = Self(a).Copy(frozen);
            for (int i = 1; i < a.Length; i++) r.Update(a[i]);
            return r;
        });
        t.AddMethod("intersection", ArgSpec.ParseTuple(0, int.MaxValue), (a, k) =>
        {
            var r = Self(a).Copy(frozen);
            for (int i = 1; i < a.Length; i++) r = r.Intersection(a[i], frozen);
            return r;
        });
        t.AddMethod("difference", ArgSpec.ParseTuple(0, int.MaxValue), (a, k) =>
        {
            var r = Self(a).Copy(frozen);
            for (int i = 1; i < a.Length; i++) r = r.Difference(a[i], frozen);
            return r;
        });
        t.AddMethod("symmetric_difference", ArgSpec.OneArg, (a, k) => Self(a).SymmetricDifference(a[1], frozen));
        t.AddMethod("issubset", ArgSpec.OneArg, (a, k) => PyBool.From(Self(a).IsSubsetOf(a[1] as PySet ?? new PySet(true, Ops.ToArray(a[1])))));
        t.AddMethod("issuperset", ArgSpec.OneArg, (a, k) => PyBool.From((a[1] as PySet ?? new PySet(true, Ops.ToArray(a[1]))).IsSubsetOf(Self(a))));
        t.AddMethod("isdisjoint", ArgSpec.OneArg, (a, k) => PyBool.From(Self(a).Intersection(a[1], true).Count == 0));
        t.AddMethod("copy", ArgSpec.NoArgs, (a, k) => frozen ? a[0] : Self(a).Copy(false));
        t.AddMethod("__contains__", ArgSpec.OneArg, (a, k) => PyBool.From(Self(a).Contains(a[1]) == true));
        t.AddMethod("__len__", ArgSpec.Slot(0), (a, k) => PyInt.From(Self(a).Count));
    }

    private static PyType CreateSetType()
    {
        var t = new PyType("set", PyType.ObjectType, (type, a, k) => Construct(false, a, k));
        AddCommon(t, false);
        t.AddMethod("add", ArgSpec.OneArg, (a, k) => { Self(a).Add(a[1]); return PyNone.Value; });
        t.AddMethod("remove", ArgSpec.OneArg, (a, k) =>
        {
            if (!Self(a).Discard(a[1])) throw new Exceptions.PyException(Exceptions.PyBaseException.Create(Exceptions.ExceptionTypes.KeyError, a[1]));
            return PyNone.Value;
        });
        t.AddMethod("discard", ArgSpec.OneArg, (a, k) => { Self(a).Discard(a[1]); return PyNone.Value; });
        t.AddMethod("pop", ArgSpec.NoArgs, (a, k) => Self(a).Pop());
        t.AddMethod("clear", ArgSpec.NoArgs, (a, k) => { Self(a).Clear(); return PyNone.Value; });
        t.AddMethod("update", ArgSpec.ParseTuple(0, int.MaxValue), (a, k) =>
        {
            for (int i = 1; i < a.Length; i++) Self(a).Update(a[i]);
            return PyNone.Value;
        });
        // The *_update methods take any number of iterables, like their operator-free counterparts.
        t.AddMethod("intersection_update", ArgSpec.ParseTuple(0, int.MaxValue), (a, k) =>
        {
            for (int i = 1; i < a.Length; i++) Self(a).Replace(Self(a).Intersection(a[i], false));
            return PyNone.Value;
        });
        t.AddMethod("difference_update", ArgSpec.ParseTuple(0, int.MaxValue), (a, k) =>
        {
            for (int i = 1; i < a.Length; i++)
                foreach (var x in Ops.ToArray(a[i])) Self(a).Discard(x);
            return PyNone.Value;
        });
        t.AddMethod("symmetric_difference_update", ArgSpec.OneArg, (a, k) => { Self(a).Replace(Self(a).SymmetricDifference(a[1], false)); return PyNone.Value; });
        return t;
    }

    private static PyType CreateFrozenSetType()
    {
        var t = new PyType("frozenset", PyType.ObjectType, (type, a, k) => Construct(true, a, k));
        AddCommon(t, true);
        return t;
    }
}
