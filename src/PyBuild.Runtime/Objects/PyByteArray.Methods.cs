using PyBuild.Runtime.Exceptions;

namespace PyBuild.Runtime.Objects;

/// <summary>The methods that change a <c>bytearray</c>, and its type.</summary>
internal sealed partial class PyByteArray
{
    private static PyByteArray Self(ReadOnlySpan<PyObject> a) => (PyByteArray)a[0];

    /// <summary>Checks the argument count of a method; <paramref name="a"/> starts with self.</summary>
    private static void Arity(string name, ReadOnlySpan<PyObject> a, PyTuple? k, int min, int max)
    {
        Ops.NoKeywords("bytearray." + name, k);
        int n = a.Length - 1;
        if (n >= min && n <= max) return;
        if (max == 0) throw Ops.TypeError($"bytearray.{name}() takes no arguments ({n} given)");
        if (min == max) throw Ops.TypeError($"bytearray.{name}() takes exactly one argument ({n} given)");
        throw Ops.TypeError($"{name} expected {(n < min ? "at least" : "at most")} {(n < min ? min : max)} argument{((n < min ? min : max) == 1 ? "" : "s")}, got {n}");
    }

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
        t.AddMethod("append", (a, k) =>
        {
            Arity("append", a, k, 1, 1);
            var self = Self(a);
            self.Insert(self.count, [BytesLike.ByteValue(a[1])]);
            return PyNone.Value;
        });
        t.AddMethod("extend", (a, k) =>
        {
            Arity("extend", a, k, 1, 1);
            Self(a).Extend(a[1]);
            return PyNone.Value;
        });
        t.AddMethod("insert", (a, k) =>
        {
            Arity("insert", a, k, 2, 2);
            var self = Self(a);
            long i = Ops.IndexValue(a[1]);
            byte b = BytesLike.ByteValue(a[2]);
            // Like list.insert, a position outside the bytearray clamps to its ends.
            if (i < 0) i = Math.Max(0, i + self.count);
            self.Insert((int)Math.Min(i, self.count), [b]);
            return PyNone.Value;
        });
        t.AddMethod("pop", (a, k) =>
        {
            Arity("pop", a, k, 0, 1);
            return Self(a).Pop(a.Length > 1 ? Ops.IndexValue(a[1]) : -1);
        });
        t.AddMethod("remove", (a, k) =>
        {
            Arity("remove", a, k, 1, 1);
            var self = Self(a);
            int i = self.Span.IndexOf(BytesLike.ByteValue(a[1]));
            if (i < 0) throw Ops.ValueError("value not found in bytearray");
            self.RemoveRange(i, 1);
            return PyNone.Value;
        });
        t.AddMethod("clear", (a, k) =>
        {
            Arity("clear", a, k, 0, 0);
            Self(a).count = 0;
            return PyNone.Value;
        });
        t.AddMethod("reverse", (a, k) =>
        {
            Arity("reverse", a, k, 0, 0);
            var self = Self(a);
            self.buffer.AsSpan(0, self.count).Reverse();
            return PyNone.Value;
        });
        t.AddMethod("copy", (a, k) =>
        {
            Arity("copy", a, k, 0, 0);
            return new PyByteArray(Self(a).ToArray());
        });
        t.AddMethod("__setitem__", (a, k) =>
        {
            Arity("__setitem__", a, k, 2, 2);
            Self(a).SetItem(a[1], a[2]);
            return PyNone.Value;
        });
        t.AddMethod("__delitem__", (a, k) =>
        {
            Arity("__delitem__", a, k, 1, 1);
            Self(a).DelItem(a[1]);
            return PyNone.Value;
        });
        t.AddMethod("__iadd__", (a, k) =>
        {
            Arity("__iadd__", a, k, 1, 1);
            return Self(a).InPlaceOp(BinaryOpKind.Add, a[1]) ?? PyNotImplemented.Value;
        });
        t.AddMethod("__imul__", (a, k) =>
        {
            Arity("__imul__", a, k, 1, 1);
            return Self(a).InPlaceOp(BinaryOpKind.Multiply, a[1]) ?? PyNotImplemented.Value;
        });
        // Mutable, so unhashable: hash() refuses it and the class says so, as CPython's does.
        t.Dict.SetItem(PyStr.Intern("__hash__"), PyNone.Value);
        PyBytes.AddTextMethods(t);
        return t;
    }
}
