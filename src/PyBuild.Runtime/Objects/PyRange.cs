namespace PyBuild.Runtime.Objects;

/// <summary><c>range</c> over machine-size integers.</summary>
internal sealed class PyRange : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public PyRange(long start, long stop, long step)
    {
        Start = start;
        Stop = stop;
        Step = step;
        if (step > 0) Count = start < stop ? (stop - start - 1) / step + 1 : 0;
        else Count = start > stop ? (start - stop - 1) / -step + 1 : 0;
    }

    public long Start { get; }

    public long Stop { get; }

    public long Step { get; }

    public long Count { get; }

    public override PyType Type => TypeObject;

    public override string Repr() => Step == 1 ? $"range({Start}, {Stop})" : $"range({Start}, {Stop}, {Step})";

    public override int Length() => Count > int.MaxValue ? throw Ops.Error(Exceptions.ExceptionTypes.OverflowError, "Python int too large to convert to C ssize_t") : (int)Count;

    public override bool IsTrue() => Count > 0;

    public override PyObject Iter() => new PyRangeIterator(Start, Step, Count);

    public override bool? Contains(PyObject item)
    {
        if (item is not PyInt i || !i.IsSmall)
        {
            for (long k = 0; k < Count; k++)
            {
                if (Ops.EqualsBool(PyInt.From(Start + k * Step), item)) return true;
            }
            return false;
        }
        long v = i.Small;
        if (Step > 0 ? v < Start || v >= Stop : v > Start || v <= Stop) return false;
        return (v - Start) % Step == 0;
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PySlice sl)
        {
            // As CPython's compute_slice: the slice's own bounds mapped through the range, not its length.
            var (s, e, st, _) = sl.Indices((int)Count);
            return new PyRange(Start + s * Step, Start + e * Step, Step * st);
        }
        long idx = Ops.IndexValue(key);
        if (idx < 0) idx += Count;
        if (idx < 0 || idx >= Count) throw Ops.Error(Exceptions.ExceptionTypes.IndexError, "range object index out of range");
        return PyInt.From(Start + idx * Step);
    }

    public override PyObject? RichCompare(CompareKind op, PyObject other)
    {
        if (other is not PyRange o || op is not (CompareKind.Eq or CompareKind.Ne)) return null;
        bool eq = Count == o.Count && (Count == 0 || (Start == o.Start && (Count == 1 || Step == o.Step)));
        return PyBool.From(op == CompareKind.Eq ? eq : !eq);
    }

    public override PyObject? GetSpecialAttr(string name) => name switch
    {
        "start" => PyInt.From(Start),
        "stop" => PyInt.From(Stop),
        "step" => PyInt.From(Step),
        _ => null,
    };

    private static PyType CreateType()
    {
        var t = new PyType("range", PyType.ObjectType, (type, a, k) =>
        {
            if (k is not null && k.Items.Length > 0) throw Ops.TypeError("range() takes no keyword arguments");
            return a.Length switch
            {
                1 => new PyRange(0, Ops.IndexValue(a[0]), 1),
                2 => new PyRange(Ops.IndexValue(a[0]), Ops.IndexValue(a[1]), 1),
                3 => new PyRange(Ops.IndexValue(a[0]), Ops.IndexValue(a[1]), NonZeroStep(a[2])),
                0 => throw Ops.TypeError("range expected at least 1 argument, got 0"),
                _ => throw Ops.TypeError($"range expected at most 3 arguments, got {a.Length}"),
            };
        });
        t.AddMethod("index", ArgSpec.OneArg, (a, k) =>
        {
            var r = (PyRange)a[0];
            if (r.Contains(a[1]) != true) throw Ops.Error(Exceptions.ExceptionTypes.ValueError, $"{Ops.Repr(a[1])} is not in range");
            return PyInt.From((((PyInt)a[1]).Small - r.Start) / r.Step);
        });
        t.AddMethod("count", ArgSpec.OneArg, (a, k) => PyInt.From(((PyRange)a[0]).Contains(a[1]) == true ? 1 : 0));
        return t;
    }

    private static long NonZeroStep(PyObject o)
    {
        long s = Ops.IndexValue(o);
        if (s == 0) throw Ops.Error(Exceptions.ExceptionTypes.ValueError, "range() arg 3 must not be zero");
        return s;
    }
}

/// <summary>The iterator of a range; the interpreter's <c>FOR_ITER</c> reads it directly.</summary>
internal sealed class PyRangeIterator(long next, long step, long remaining) : PyObject
{
    private static readonly PyType IterType = SlotWrappers.Iterator(new("range_iterator", PyType.ObjectType));
    private long next = next;
    private long remaining = remaining;

    public override PyType Type => IterType;

    public override PyObject Iter() => this;

    public override PyObject? Next()
    {
        if (remaining <= 0) return null;
        remaining--;
        var v = next;
        next += step;
        return PyInt.From(v);
    }
}
