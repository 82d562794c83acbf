using System.Text;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Modules.Collections;

/// <summary><c>collections.Counter</c>: a dict of counts.</summary>
internal sealed class PyCounter : PyDict
{
    public static readonly PyType CounterType = CreateType();

    public override PyType Type => CounterType;

    protected override PyObject? Missing(PyObject key) => PyInt.From(0);

    public void Add(PyObject source, int sign)
    {
        if (source is PyDict d)
        {
            foreach (var (k, v) in d.Items())
            {
                var cur = GetItemOrNull(k) ?? PyInt.From(0);
                SetItem(k, sign > 0 ? Ops.BinaryOp(cur, v, BinaryOpKind.Add) : Ops.BinaryOp(cur, v, BinaryOpKind.Subtract));
            }
            return;
        }
        foreach (var x in Ops.ToArray(source))
        {
            var cur = GetItemOrNull(x) ?? PyInt.From(0);
            SetItem(x, Ops.BinaryOp(cur, PyInt.From(sign), BinaryOpKind.Add));
        }
    }

    /// <summary>The items by count, largest first, ties in insertion order (a stable sort).</summary>
    public List<(PyObject Key, PyObject Value)> MostCommon()
    {
        var items = Items().ToList();
        var order = items.Select((item, index) => (item, index)).ToList();
        order.Sort((x, y) =>
        {
            if (Ops.IsTrue(Ops.RichCompare(x.item.Value, y.item.Value, CompareKind.Gt))) return -1;
            if (Ops.IsTrue(Ops.RichCompare(x.item.Value, y.item.Value, CompareKind.Lt))) return 1;
            return x.index.CompareTo(y.index);
        });
        return order.Select(o => o.item).ToList();
    }

    public override string Repr()
    {
        if (Count == 0) return "Counter()";
        var sb = new StringBuilder("Counter({");
        bool first = true;
        foreach (var (k, v) in MostCommon())
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(Ops.Repr(k)).Append(": ").Append(Ops.Repr(v));
        }
        return sb.Append("})").ToString();
    }

    private static PyType CreateType()
    {
        var t = new PyType("collections.Counter", PyDict.TypeObject, (type, a, k) =>
        {
            var c = new PyCounter();
            int nkw = k?.Items.Length ?? 0;
            if (a.Length - nkw > 0) c.Add(a[0], 1);
            for (int i = 0; i < nkw; i++) c.SetItem(k!.Items[i], a[a.Length - nkw + i]);
            return c;
        });
        t.AddMethod("most_common", (a, k) =>
        {
            var c = (PyCounter)a[0];
            var all = c.MostCommon();
            int n = a.Length > 1 && a[1] != PyNone.Value ? (int)Math.Min(Ops.IndexValue(a[1]), all.Count) : all.Count;
            var r = new PyList();
            for (int i = 0; i < n; i++) r.Append(new PyTuple([all[i].Key, all[i].Value]));
            return r;
        });
        t.AddMethod("update", (a, k) => { if (a.Length > 1) ((PyCounter)a[0]).Add(a[1], 1); return PyNone.Value; });
        t.AddMethod("subtract", (a, k) => { if (a.Length > 1) ((PyCounter)a[0]).Add(a[1], -1); return PyNone.Value; });
        t.AddMethod("total", (a, k) =>
        {
            PyObject s = PyInt.From(0);
            foreach (var (_, v) in ((PyCounter)a[0]).Items()) s = Ops.BinaryOp(s, v, BinaryOpKind.Add);
            return s;
        });
        t.AddMethod("elements", (a, k) =>
        {
            var r = new List<PyObject>();
            foreach (var (key, v) in ((PyCounter)a[0]).Items())
            {
                for (long i = 0; i < Ops.IndexValue(v); i++) r.Add(key);
            }
            return new PySeqIterator([.. r], r.Count, "itertools.chain");
        });
        return t;
    }

    public override PyObject? BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        if (other is not PyCounter o || reflected) return null;
        var r = new PyCounter();
        switch (op)
        {
            case BinaryOpKind.Add:
                r.Add(this, 1);
                r.Add(o, 1);
                break;
            case BinaryOpKind.Subtract:
                r.Add(this, 1);
                r.Add(o, -1);
                break;
            default:
                return null;
        }
        var keep = new PyCounter();
        foreach (var (k, v) in r.Items())
        {
            if (Ops.IsTrue(Ops.RichCompare(v, PyInt.From(0), CompareKind.Gt))) keep.SetItem(k, v);
        }
        return keep;
    }
}
