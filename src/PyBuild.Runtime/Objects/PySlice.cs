namespace PyBuild.Runtime.Objects;

/// <summary><c>slice</c>.</summary>
internal sealed class PySlice(PyObject start, PyObject stop, PyObject step) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public PyObject Start { get; } = start;

    public PyObject Stop { get; } = stop;

    public PyObject Step { get; } = step;

    public override PyType Type => TypeObject;

    public override string Repr() => $"slice({Ops.Repr(Start)}, {Ops.Repr(Stop)}, {Ops.Repr(Step)})";

    /// <summary>Slices are hashable since Python 3.12, like the tuple of their three parts.</summary>
    public override long Hash() => Ops.Hash(new PyTuple([Start, Stop, Step]));

    private static long SliceIndex(PyObject o)
    {
        if (o is not PyInt && o.Type.Lookup("__index__") is null)
            throw Ops.TypeError("slice indices must be integers or None or have an __index__ method");
        // Out-of-range indices clamp (CPython's _PyEval_SliceIndex), as the slice is clamped to the length anyway.
        if (o is PyInt { IsSmall: false } big) return big.Value.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2;
        return Ops.IndexValue(o);
    }

    /// <summary>CPython's <c>PySlice_GetIndicesEx</c>: clamped start, stop, step and the item count.</summary>
    public (int Start, int Stop, int Step, int Count) Indices(int length)
    {
        long step = Step == PyNone.Value ? 1 : SliceIndex(Step);
        if (step == 0) throw Ops.Error(Exceptions.ExceptionTypes.ValueError, "slice step cannot be zero");
        long start, stop;
        if (Start == PyNone.Value) start = step < 0 ? length - 1 : 0;
        else
        {
            start = SliceIndex(Start);
            if (start < 0) { start += length; if (start < 0) start = step < 0 ? -1 : 0; }
            else if (start >= length) start = step < 0 ? length - 1 : length;
        }
        if (Stop == PyNone.Value) stop = step < 0 ? -1 : length;
        else
        {
            stop = SliceIndex(Stop);
            if (stop < 0) { stop += length; if (stop < 0) stop = step < 0 ? -1 : 0; }
            else if (stop >= length) stop = step < 0 ? length - 1 : length;
        }
        long count;
        if (step < 0) count = stop < start ? (start - stop - 1) / -step + 1 : 0;
        else count = start < stop ? (stop - start - 1) / step + 1 : 0;
        return ((int)start, (int)stop, (int)Math.Clamp(step, int.MinValue, int.MaxValue), (int)count);
    }

    public PyObject[] Apply(PyObject[] items, int length = -1)
    {
        var (start, _, step, count) = Indices(length < 0 ? items.Length : length);
        var r = new PyObject[count];
        for (int i = 0, j = start; i < count; i++, j += step) r[i] = items[j];
        return r;
    }

    public override PyObject? RichCompare(CompareKind op, PyObject other) =>
        other is PySlice o ? Ops.CompareSequences([Start, Stop, Step], 3, [o.Start, o.Stop, o.Step], 3, op) : null;

    public override PyObject? GetSpecialAttr(string name) => name switch
    {
        "start" => Start,
        "stop" => Stop,
        "step" => Step,
        _ => null,
    };

    private static PyType CreateType()
    {
        var t = new PyType("slice", PyType.ObjectType, (type, a, k) => a.Length switch
        {
            1 => new PySlice(PyNone.Value, a[0], PyNone.Value),
            2 => new PySlice(a[0], a[1], PyNone.Value),
            3 => new PySlice(a[0], a[1], a[2]),
            _ => throw Ops.TypeError($"slice expected at least 1 argument, got {a.Length}"),
        })
        {
            ConstructorSpec = ArgSpec.Positional(1, 3),
        };
        t.AddMethod("indices", ArgSpec.OneArg, (a, k) =>
        {
            var (s, e, st, _) = ((PySlice)a[0]).Indices((int)Ops.IndexValue(a[1]));
            return new PyTuple([PyInt.From(s), PyInt.From(e), PyInt.From(st)]);
        });
        return t;
    }
}
