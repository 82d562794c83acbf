using System.Text;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Modules.Collections;

/// <summary><c>collections.deque</c>, with an optional <c>maxlen</c>.</summary>
internal sealed class PyDeque : PyObject
{
    public static readonly PyType DequeType = CreateType();

    private readonly LinkedList<PyObject> items = new();

    public PyDeque(long maxlen) => MaxLen = maxlen;

    public long MaxLen { get; }

    public override PyObject? GetSpecialAttr(string name) =>
        name == "maxlen" ? (MaxLen >= 0 ? PyInt.From(MaxLen) : PyNone.Value) : null;

    public override PyType Type => DequeType;

    public void Append(PyObject x)
    {
        items.AddLast(x);
        if (MaxLen >= 0 && items.Count > MaxLen) items.RemoveFirst();
    }

    public void AppendLeft(PyObject x)
    {
        items.AddFirst(x);
        if (MaxLen >= 0 && items.Count > MaxLen) items.RemoveLast();
    }

    public override int Length() => items.Count;

    public override bool IsTrue() => items.Count > 0;

    public override PyObject Iter() => new PySeqIterator([.. items], items.Count, "_collections._deque_iterator");

    public override bool? Contains(PyObject item)
    {
        foreach (var x in items)
        {
            if (Ops.EqualsBool(x, item)) return true;
        }
        return false;
    }

    public override PyObject GetItem(PyObject key)
    {
        long i = Ops.IndexValue(key);
        if (i < 0) i += items.Count;
        if (i < 0 || i >= items.Count) throw Ops.Error(Exceptions.ExceptionTypes.IndexError, "deque index out of range");
        return items.ElementAt((int)i);
    }

    public override string Repr()
    {
        var sb = new StringBuilder("deque([");
        bool first = true;
        foreach (var x in items)
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(Ops.Repr(x));
        }
        sb.Append("])");
        if (MaxLen >= 0) sb.Insert(sb.Length - 1, $", maxlen={MaxLen}");
        return sb.ToString();
    }

    public override PyObject? RichCompare(CompareKind op, PyObject other)
    {
        if (other is not PyDeque o) return null;
        var a = items.ToArray();
        var b = o.items.ToArray();
        return Ops.CompareSequences(a, a.Length, b, b.Length, op);
    }

    private static PyType CreateType()
    {
        var t = new PyType("collections.deque", PyType.ObjectType, (type, a, k) =>
        {
            var args = Ops.BindArgs("deque", a, k, ["iterable", "maxlen"], 0);
            var dq = new PyDeque(args[1] is null || args[1] == PyNone.Value ? -1 : Ops.IndexValue(args[1]!));
            if (args[0] is not null) foreach (var x in Ops.ToArray(args[0]!)) dq.Append(x);
            return dq;
        });
        static PyDeque D(ReadOnlySpan<PyObject> a) => (PyDeque)a[0];
        t.AddMethod("append", ArgSpec.OneArg, (a, k) => { D(a).Append(a[1]); return PyNone.Value; });
        t.AddMethod("appendleft", ArgSpec.OneArg, (a, k) => { D(a).AppendLeft(a[1]); return PyNone.Value; });
        t.AddMethod("extend", ArgSpec.OneArg, (a, k) => { foreach (var x in Ops.ToArray(a[1])) D(a).Append(x); return PyNone.Value; });
        t.AddMethod("extendleft", ArgSpec.OneArg, (a, k) => { foreach (var x in Ops.ToArray(a[1])) D(a).AppendLeft(x); return PyNone.Value; });
        t.AddMethod("pop", ArgSpec.NoArgs, (a, k) =>
        {
            var d = D(a);
            if (d.items.Count == 0) throw Ops.Error(Exceptions.ExceptionTypes.IndexError, "pop from an empty deque");
            var v = d.items.Last!.Value;
            d.items.RemoveLast();
            return v;
        });
        t.AddMethod("popleft", ArgSpec.NoArgs, (a, k) =>
        {
            var d = D(a);
            if (d.items.Count == 0) throw Ops.Error(Exceptions.ExceptionTypes.IndexError, "pop from an empty deque");
            var v = d.items.First!.Value;
            d.items.RemoveFirst();
            return v;
        });
        t.AddMethod("rotate", ArgSpec.Positional(0, 1), (a, k) =>
        {
            var d = D(a);
            long n = a.Length > 1 ? Ops.IndexValue(a[1]) : 1;
            if (d.items.Count == 0) return PyNone.Value;
            n %= d.items.Count;
            if (n < 0) n += d.items.Count;
            for (long i = 0; i < n; i++)
            {
                var v = d.items.Last!.Value;
                d.items.RemoveLast();
                d.items.AddFirst(v);
            }
            return PyNone.Value;
        });
        t.AddMethod("clear", ArgSpec.NoArgs, (a, k) => { D(a).items.Clear(); return PyNone.Value; });
        t.AddMethod("count", ArgSpec.OneArg, (a, k) =>
        {
            var target = a[1];
            return PyInt.From(D(a).items.Count(x => Ops.EqualsBool(x, target)));
        });
        t.AddMethod("reverse", ArgSpec.NoArgs, (a, k) =>
        {
            var d = D(a);
            var all = d.items.Reverse().ToList();
            d.items.Clear();
            foreach (var x in all) d.items.AddLast(x);
            return PyNone.Value;
        });
        return t;
    }
}
