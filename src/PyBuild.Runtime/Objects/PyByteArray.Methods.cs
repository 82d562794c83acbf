using PyBuild.Runtime.Exceptions;

namespace PyBuild.Runtime.Objects;

/// <summary>The methods that change a <c>bytearray</c>, and its type.</summary>
internal sealed partial class PyByteArray
{
    private static PyByteArray Self(ReadOnlySpan<PyObject> a) => (PyByteArray)a[0];

    /// <summary><c>extend</c>: a bytes-like object, or any iterable of ints.</summary>
    private void Extend(PyObject source)
    {
        var data = BytesLike.ToArrayOrNull(source);
        if (data is null)
        {
            if (source is PyStr) throw Ops.TypeError("expected iterable of integers; got: 'str'");
            var items = Ops.ToArray(source, $"can't extend bytearray with {source.Type.Name}");
            data = new byte[items.Length];
            for (int i = 0; i < data.Length; i++) data[i] = BytesLike.ByteValue(items[i]);
        }
        Insert(count, data);
    }

    private PyObject Pop(long index)
    {
        if (count == 0) throw Ops.Error(ExceptionTypes.IndexError, "pop from empty bytearray");
        if (index < 0) index += count;
        if (index < 0 || index >= count) throw Ops.Error(ExceptionTypes.IndexError, "pop index out of range");
        byte b = buffer[index];
        RemoveRange((int)index, 1);
        return PyInt.From(b);
    }

    private static PyType CreateType()
    {
        var t = new PyType("bytearray", PyType.ObjectType, (type, a, k) => new PyByteArray(BytesLike.FromConstructorArgs("bytearray", a, k)));
        t.AddMethod("append", ArgSpec.OneArg, (a, k) =>
        {
            var self = Self(a);
            self.Insert(self.count, [BytesLike.ByteValue(a[1])]);
            return PyNone.Value;
        });
        t.AddMethod("extend", ArgSpec.OneArg, (a, k) =>
        {
            Self(a).Extend(a[1]);
            return PyNone.Value;
        });
        t.AddMethod("insert", ArgSpec.Positional(2, 2), (a, k) =>
        {
            var self = Self(a);
            long i = Ops.IndexValue(a[1]);
            byte b = BytesLike.ByteValue(a[2]);
            // Like list.insert, a position outside the bytearray clamps to its ends.
            if (i < 0) i = Math.Max(0, i + self.count);
            self.Insert((int)Math.Min(i, self.count), [b]);
            return PyNone.Value;
        });
        t.AddMethod("pop", ArgSpec.Positional(0, 1), (a, k) =>
        {
            return Self(a).Pop(a.Length > 1 ? Ops.IndexValue(a[1]) : -1);
        });
        t.AddMethod("remove", ArgSpec.OneArg, (a, k) =>
        {
            var self = Self(a);
            int i = self.Span.IndexOf(BytesLike.ByteValue(a[1]));
            if (i < 0) throw Ops.ValueError("value not found in bytearray");
            self.RemoveRange(i, 1);
            return PyNone.Value;
        });
        t.AddMethod("clear", ArgSpec.NoArgs, (a, k) =>
        {
            Self(a).count = 0;
            return PyNone.Value;
        });
        t.AddMethod("reverse", ArgSpec.NoArgs, (a, k) =>
        {
            var self = Self(a);
            self.buffer.AsSpan(0, self.count).Reverse();
            return PyNone.Value;
        });
        t.AddMethod("copy", ArgSpec.NoArgs, (a, k) =>
        {
            return new PyByteArray(Self(a).ToArray());
        });
        t.AddMethod("__setitem__", ArgSpec.UnnamedSlot(2, 2), (a, k) =>
        {
            Self(a).SetItem(a[1], a[2]);
            return PyNone.Value;
        });
        t.AddMethod("__delitem__", ArgSpec.Slot(1), (a, k) =>
        {
            Self(a).DelItem(a[1]);
            return PyNone.Value;
        });
        t.AddMethod("__iadd__", ArgSpec.Slot(1), (a, k) =>
        {
            return Self(a).InPlaceOp(BinaryOpKind.Add, a[1]) ?? PyNotImplemented.Value;
        });
        t.AddMethod("__imul__", ArgSpec.RepeatSlot, (a, k) =>
        {
            return Self(a).InPlaceOp(BinaryOpKind.Multiply, a[1]) ?? PyNotImplemented.Value;
        });
        // Mutable, so unhashable: hash() refuses it and the class says so, as CPython's does.
        t.Dict.SetItem(PyStr.Intern("__hash__"), PyNone.Value);
        PyBytes.AddTextMethods(t);
        return t;
    }
}
