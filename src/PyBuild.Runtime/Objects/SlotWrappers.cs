using PyBuild.Runtime.Exceptions;

namespace PyBuild.Runtime.Objects;

/// <summary>
/// CPython's slot wrappers: the dunder methods (<c>int.__add__</c>, <c>list.__len__</c>, <c>str.__lt__</c>)
/// that built-in types expose for the operations they implement. Each wrapper calls the type's own
/// operation hook, so <c>(1).__add__(2)</c>, <c>int.__add__(1, 2)</c> and <c>super().__add__</c> in a
/// subclass behave as the operator does, returning NotImplemented where it would.
/// </summary>
internal static class SlotWrappers
{
    /// <summary>Which groups of slots a built-in type fills.</summary>
    [Flags]
    private enum Slots
    {
        None = 0,
        Arithmetic = 1,
        Bitwise = 2,
        Comparison = 4,
        Unary = 8,
        Hashable = 16,
        Container = 32,
        Concatenation = 64,
        SetAlgebra = 128,
        Invert = 256,
        Iterator = 512,
    }

    private static readonly BinaryOpKind[] ArithmeticOps =
        [BinaryOpKind.Add, BinaryOpKind.Subtract, BinaryOpKind.Multiply, BinaryOpKind.TrueDivide, BinaryOpKind.FloorDivide, BinaryOpKind.Remainder, BinaryOpKind.Power];

    private static readonly BinaryOpKind[] BitwiseOps =
        [BinaryOpKind.And, BinaryOpKind.Or, BinaryOpKind.Xor, BinaryOpKind.LShift, BinaryOpKind.RShift];

    private static readonly BinaryOpKind[] SetOps = [BinaryOpKind.And, BinaryOpKind.Or, BinaryOpKind.Xor, BinaryOpKind.Subtract];

    private static readonly string[] CompareNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

    private static bool installed;

    /// <summary>Adds the wrappers to the built-in types, once per process; methods a type already defines are kept.</summary>
    public static void InstallAll()
    {
        if (installed) return;
        installed = true;
        var number = Slots.Arithmetic | Slots.Comparison | Slots.Unary | Slots.Hashable;
        Install(PyInt.TypeObject, number | Slots.Bitwise | Slots.Invert);
        Install(PyBool.TypeObject, Slots.Bitwise);
        Install(PyFloat.TypeObject, number);
        Install(PyStr.TypeObject, Slots.Comparison | Slots.Hashable | Slots.Container | Slots.Concatenation, BinaryOpKind.Remainder);
        Install(PyBytes.TypeObject, Slots.Comparison | Slots.Hashable | Slots.Container | Slots.Concatenation, BinaryOpKind.Remainder);
        Install(PyByteArray.TypeObject, Slots.Comparison | Slots.Container | Slots.Concatenation);
        Install(PyMemoryView.TypeObject, Slots.Comparison | Slots.Container);
        Install(PyTuple.TypeObject, Slots.Comparison | Slots.Hashable | Slots.Container | Slots.Concatenation);
        Install(PyList.TypeObject, Slots.Comparison | Slots.Container | Slots.Concatenation);
        Install(PyDict.TypeObject, Slots.Comparison | Slots.Container, BinaryOpKind.Or);
        Install(PySet.SetType, Slots.Comparison | Slots.Container | Slots.SetAlgebra);
        Install(PySet.FrozenSetType, Slots.Comparison | Slots.Container | Slots.SetAlgebra | Slots.Hashable);
        Install(PyRange.TypeObject, Slots.Comparison | Slots.Container | Slots.Hashable);
    }

    private static void Install(PyType t, Slots slots, params BinaryOpKind[] extra)
    {
        if ((slots & Slots.Arithmetic) != 0) Binary(t, ArithmeticOps);
        if ((slots & Slots.Bitwise) != 0) Binary(t, BitwiseOps);
        if ((slots & Slots.SetAlgebra) != 0) Binary(t, SetOps);
        if ((slots & Slots.Concatenation) != 0) Binary(t, [BinaryOpKind.Add, BinaryOpKind.Multiply], reflectedToo: false);
        if ((slots & Slots.Concatenation) != 0) Add(t, "__rmul__", (a, k) => Call2(a, "__rmul__", (x, y) => x.BinaryOp(BinaryOpKind.Multiply, y, true)));
        Binary(t, extra);
        if ((slots & Slots.Comparison) != 0)
        {
            for (int i = 0; i < CompareNames.Length; i++)
            {
                var op = (CompareKind)i;
                string name = CompareNames[i];
                Add(t, name, (a, k) => Call2(a, name, (x, y) => x.RichCompare(op, y)));
            }
        }
        if ((slots & Slots.Unary) != 0)
        {
            Add(t, "__neg__", (a, k) => Call1(a, "__neg__", x => x.UnaryOp(UnaryOpKind.Negative)));
            Add(t, "__pos__", (a, k) => Call1(a, "__pos__", x => x.UnaryOp(UnaryOpKind.Positive)));
            Add(t, "__abs__", (a, k) => Call1(a, "__abs__", x => Ops.Call(RuntimeAbs, [x], null)));
            Add(t, "__bool__", (a, k) => Call1(a, "__bool__", x => PyBool.From(x.IsTrue())));
        }
        if ((slots & Slots.Invert) != 0) Add(t, "__invert__", (a, k) => Call1(a, "__invert__", x => x.UnaryOp(UnaryOpKind.Invert)));
        if ((slots & Slots.Hashable) != 0) Add(t, "__hash__", (a, k) => Call1(a, "__hash__", x => PyInt.From(Ops.Hash(x))));
        if ((slots & Slots.Container) != 0)
        {
            Add(t, "__len__", (a, k) => Call1(a, "__len__", x => PyInt.From(Ops.Len(x))));
            Add(t, "__iter__", (a, k) => Call1(a, "__iter__", x => x.Iter()));
            Add(t, "__getitem__", (a, k) => Call2(a, "__getitem__", (x, y) => x.GetItem(y)));
            Add(t, "__contains__", (a, k) => Call2(a, "__contains__", (x, y) => PyBool.From(x.Contains(y) == true)));
        }
        Add(t, "__repr__", (a, k) => Call1(a, "__repr__", x => new PyStr(x.Repr())));
        if ((slots & Slots.Arithmetic) != 0 || t == PyStr.TypeObject) Add(t, "__format__", (a, k) =>
        {
            if (a.Length != 2) throw Ops.TypeError($"{t.Name}.__format__() takes exactly one argument ({a.Length - 1} given)");
            if (a[1] is not PyStr spec) throw Ops.TypeError($"{t.Name}.__format__() argument must be str, not {a[1].Type.Name}");
            return new PyStr(Builtins.FormatSpec.Format(a[0], spec.Value));
        });
        Add(t, "__str__", (a, k) => Call1(a, "__str__", x => new PyStr(x.Str())));
    }

    /// <summary>The builtin <c>abs</c>, so that <c>__abs__</c> follows exactly what <c>abs()</c> does.</summary>
    private static PyObject RuntimeAbs => Interpreter.RuntimeState.Current.Builtins.GetItemOrNull("abs")!;

    private static void Binary(PyType t, BinaryOpKind[] ops, bool reflectedToo = true)
    {
        foreach (var op in ops)
        {
            string name = Ops.BinaryDunderName(op, false);
            Add(t, name, (a, k) => Call2(a, name, (x, y) => x.BinaryOp(op, y, false)));
            if (!reflectedToo) continue;
            string rname = Ops.BinaryDunderName(op, true);
            Add(t, rname, (a, k) => Call2(a, rname, (x, y) => x.BinaryOp(op, y, true)));
        }
    }

    private static void Add(PyType t, string name, BuiltinFn fn)
    {
        if (t.Dict.GetItemOrNull(name) is null) t.AddMethod(name, fn);
    }

    private static PyObject Call1(ReadOnlySpan<PyObject> a, string name, Func<PyObject, PyObject?> f)
    {
        if (a.Length != 1) throw Ops.TypeError($"expected 0 arguments, got {a.Length - 1}");
        return f(a[0]) ?? PyNotImplemented.Value;
    }

    private static PyObject Call2(ReadOnlySpan<PyObject> a, string name, Func<PyObject, PyObject, PyObject?> f)
    {
        if (a.Length != 2) throw Ops.TypeError($"expected 1 argument, got {a.Length - 1}");
        return f(a[0], a[1]) ?? PyNotImplemented.Value;
    }
}
