using PyBuild.Runtime.Exceptions;

namespace PyBuild.Runtime.Objects;

/// <summary>
/// <c>memoryview</c> over a bytes or bytearray (format <c>'B'</c>, one dimension): a window
/// (start, step, length) onto the object's bytes that reads and, for a bytearray, writes them in
/// place; slicing makes a narrower window on the same memory.
/// </summary>
/// <remarks>
/// CPython forbids resizing a bytearray while a view exists; without reference counting a view
/// cannot tell when it is dropped, so the bytearray is not locked. A view whose bytes a resize has
/// removed fails as not supported yet rather than read outside them.
/// </remarks>
internal sealed class PyMemoryView : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly PyObject obj;
    private readonly int start;
    private readonly int step;
    private readonly int length;
    private readonly bool readOnly;
    private bool released;

    private PyMemoryView(PyObject obj, int start, int step, int length, bool readOnly)
    {
        this.obj = obj;
        this.start = start;
        this.step = step;
        this.length = length;
        this.readOnly = readOnly;
    }

    /// <summary><c>memoryview(obj)</c>: a view of all of a bytes-like object.</summary>
    public static PyMemoryView Of(PyObject o) => o switch
    {
        PyBytes b => new PyMemoryView(b, 0, 1, b.Value.Length, readOnly: true),
        PyByteArray ba => new PyMemoryView(ba, 0, 1, ba.Length(), readOnly: false),
        PyMemoryView m => m.Checked().Slice(0, 1, m.length, m.readOnly),
        _ => throw Ops.TypeError($"memoryview: a bytes-like object is required, not '{o.Type.Name}'"),
    };

    public override PyType Type => TypeObject;

    // The underlying object's current bytes, checked to still hold this view's.
    private Span<byte> Memory()
    {
        Checked();
        var whole = obj is PyBytes b ? b.Value.AsSpan() : ((PyByteArray)obj).WritableSpan;
        int first = step > 0 ? start : start + (length - 1) * step;
        int last = step > 0 ? start + (length - 1) * step : start;
        if (length > 0 && (first < 0 || last >= whole.Length))
            throw Ops.NotSupported("a memoryview of a bytearray that was resized after the view was made");
        return whole;
    }

    private PyMemoryView Checked()
    {
        if (released) throw Ops.ValueError("operation forbidden on released memoryview object");
        return this;
    }

    private PyMemoryView Slice(int offset, int stride, int count, bool ro) =>
        new(obj, start + offset * step, step * stride, count, ro);

    /// <summary>The viewed bytes, copied in order.</summary>
    public byte[] ToArray()
    {
        var m = Memory();
        var r = new byte[length];
        for (int i = 0, j = start; i < length; i++, j += step) r[i] = m[j];
        return r;
    }

    public override int Length() => Checked().length;

    public override string Repr() => (released ? "<released memory at 0x" : "<memory at 0x") + Ops.Id(this).ToString("x") + ">";

    public override long Hash()
    {
        Checked();
        if (!readOnly) throw Ops.ValueError("cannot hash writable memoryview object");
        return new PyBytes(ToArray()).Hash();
    }

    public override PyObject? RichCompare(CompareKind op, PyObject other)
    {
        if (op is not (CompareKind.Eq or CompareKind.Ne)) return null;
        bool equal;
        if (released || other is PyMemoryView { released: true }) equal = ReferenceEquals(this, other);
        else if (BytesLike.TryGetSpan(other, out var o)) equal = o.SequenceEqual(ToArray());
        else return null;
        return PyBool.From(equal == (op == CompareKind.Eq));
    }

    public override PyObject GetItem(PyObject key)
    {
        Checked();
        if (key is PySlice sl)
        {
            var (s, _, st, n) = sl.Indices(length);
            return Slice(s, st, n, readOnly);
        }
        return PyInt.From(Memory()[Position(key)]);
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        Checked();
        if (readOnly) throw Ops.TypeError("cannot modify read-only memory");
        if (key is PySlice sl)
        {
            var (s, _, st, n) = sl.Indices(length);
            var data = BytesLike.ToArrayOrNull(value) ?? throw Ops.TypeError($"a bytes-like object is required, not '{value.Type.Name}'");
            if (data.Length != n) throw Ops.ValueError("memoryview assignment: lvalue and rvalue have different structures");
            var m = Memory();
            for (int i = 0; i < n; i++) m[start + (s + i * st) * step] = data[i];
            return;
        }
        int at = Position(key);
        if (value is not (PyInt or PyBool)) throw Ops.TypeError("memoryview: invalid type for format 'B'");
        long v = Ops.IndexValue(value);
        if (v < 0 || v > 255) throw Ops.ValueError("memoryview: invalid value for format 'B'");
        Memory()[at] = (byte)v;
    }

    public override void DelItem(PyObject key)
    {
        Checked();
        throw Ops.TypeError(readOnly ? "cannot modify read-only memory" : "cannot delete memory");
    }

    // The index into the underlying bytes of the view's item at an int key.
    private int Position(PyObject key)
    {
        if (key is not (PyInt or PyBool))
        {
            if (key is PyTuple) throw Ops.NotSupported("multi-dimensional memoryview indexing");
            throw Ops.TypeError("memoryview: invalid slice key");
        }
        long i = Ops.IndexValue(key);
        if (i < 0) i += length;
        if (i < 0 || i >= length) throw Ops.Error(ExceptionTypes.IndexError, "index out of bounds on dimension 1");
        return start + (int)i * step;
    }

    public override PyObject Iter()
    {
        var items = ToArray();
        var ints = new PyObject[items.Length];
        for (int i = 0; i < ints.Length; i++) ints[i] = PyInt.From(items[i]);
        return new PySeqIterator(ints, ints.Length, "memory_iterator");
    }

    public override PyObject? GetSpecialAttr(string name)
    {
        switch (name)
        {
            case "obj": return Checked().obj;
            case "nbytes": return PyInt.From(Checked().length);
            case "readonly": return PyBool.From(Checked().readOnly);
            case "itemsize": Checked(); return PyInt.From(1);
            case "format": Checked(); return new PyStr("B");
            case "ndim": Checked(); return PyInt.From(1);
            case "shape": return new PyTuple([PyInt.From(Checked().length)]);
            case "strides": return new PyTuple([PyInt.From(Checked().step)]);
            case "c_contiguous" or "f_contiguous" or "contiguous": return PyBool.From(Checked().step == 1 || length <= 1);
            default: return null;
        }
    }

    private static PyMemoryView Self(ReadOnlySpan<PyObject> a) => (PyMemoryView)a[0];

    private static PyType CreateType()
    {
        var t = new PyType("memoryview", PyType.ObjectType, (type, a, k) =>
        {
            var args = Ops.BindArgs("memoryview", a, k, ["object"], 0);
            if (args[0] is null) throw Ops.TypeError("memoryview() missing required argument 'object' (pos 1)");
            return Of(args[0]!);
        });
        t.AddMethod("tobytes", ArgSpec.Keywords(0, 0, 1, "order"), (a, k) => new PyBytes(Self(a).ToArray()));
        t.AddMethod("tolist", ArgSpec.NoArgs, (a, k) =>
        {
            var list = new PyList();
            foreach (var b in Self(a).ToArray()) list.Append(PyInt.From(b));
            return list;
        });
        t.AddMethod("hex", ArgSpec.Keywords(0, 0, 2, "sep", "bytes_per_sep"), (a, k) =>
        {
            var args = Ops.BindArgs("hex", a[1..], k, ["sep", "bytes_per_sep"], 0);
            return new PyStr(PyBytes.Hex(Self(a).ToArray(), args[0], args[1]));
        });
        t.AddMethod("toreadonly", ArgSpec.NoArgs, (a, k) =>
        {
            var m = Self(a).Checked();
            return m.Slice(0, 1, m.length, ro: true);
        });
        t.AddMethod("release", ArgSpec.NoArgs, (a, k) =>
        {
            Self(a).released = true;
            return PyNone.Value;
        });
        t.AddMethod("__setitem__", ArgSpec.UnnamedSlot(2, 2), (a, k) =>
        {
            if (a.Length != 3) throw Ops.TypeError($"expected 2 arguments, got {a.Length - 1}");
            Self(a).SetItem(a[1], a[2]);
            return PyNone.Value;
        });
        t.AddMethod("__delitem__", ArgSpec.Slot(1), (a, k) =>
        {
            if (a.Length != 2) throw Ops.TypeError($"expected 1 argument, got {a.Length - 1}");
            Self(a).DelItem(a[1]);
            return PyNone.Value;
        });
        t.AddMethod("cast", (a, k) => throw Ops.NotSupported("memoryview.cast()"));
        t.AddMethod("__enter__", ArgSpec.NoArgs, (a, k) => Self(a).Checked());
        t.AddMethod("__exit__", (a, k) =>
        {
            Self(a).released = true;
            return PyBool.False;
        });
        return t;
    }
}
