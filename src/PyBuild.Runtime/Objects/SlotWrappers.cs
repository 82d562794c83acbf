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
        DivMod = 1024,
    }

    private static readonly BinaryOpKind[] ArithmeticOps =
        [BinaryOpKind.Add, BinaryOpKind.Subtract, BinaryOpKind.Multiply, BinaryOpKind.TrueDivide, BinaryOpKind.FloorDivide, BinaryOpKind.Remainder, BinaryOpKind.Power];

    private static readonly BinaryOpKind[] BitwiseOps =
        [BinaryOpKind.And, BinaryOpKind.Or, BinaryOpKind.Xor, BinaryOpKind.LShift, BinaryOpKind.RShift];

    /// <summary>complex has no floor division, modulo or divmod.</summary>
    private static readonly BinaryOpKind[] ComplexOps =
        [BinaryOpKind.Add, BinaryOpKind.Subtract, BinaryOpKind.Multiply, BinaryOpKind.TrueDivide, BinaryOpKind.Power];

    /// <summary>bool keeps its own logical and, or, xor; the rest it inherits from int.</summary>
    private static readonly BinaryOpKind[] BoolOps = [BinaryOpKind.And, BinaryOpKind.Or, BinaryOpKind.Xor];

    private static readonly BinaryOpKind[] SetOps = [BinaryOpKind.And, BinaryOpKind.Or, BinaryOpKind.Xor, BinaryOpKind.Subtract];

    private static readonly string[] CompareNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

    private static bool installed;

    /// <summary>Adds the wrappers to the built-in types, once per process; methods a type already defines are kept.</summary>
    public static void InstallAll()
    {
        if (installed) return;
        installed = true;
        var number = Slots.Arithmetic | Slots.Comparison | Slots.Unary | Slots.Hashable;
        Install(PyInt.TypeObject, number | Slots.Bitwise | Slots.Invert | Slots.DivMod);
        Install(PyBool.TypeObject, Slots.None);
        Binary(PyBool.TypeObject, BoolOps);
        Install(PyFloat.TypeObject, number | Slots.DivMod);
        Install(PyComplex.TypeObject, Slots.Comparison | Slots.Unary | Slots.Hashable);
        Binary(PyComplex.TypeObject, ComplexOps);
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
        if ((slots & Slots.Concatenation) != 0)
        {
            // Sequence concatenation and repetition raise for a wrong operand rather than return NotImplemented.
            Add(t, "__add__", ArgSpec.Slot(1), (a, k) => a[0].BinaryOp(BinaryOpKind.Add, a[1], false) ?? throw ConcatError(a[0], a[1]));
            Add(t, "__mul__", ArgSpec.RepeatSlot, (a, k) => a[0].BinaryOp(BinaryOpKind.Multiply, a[1], false) ?? throw NotAnIndex(a[1]));
            Add(t, "__rmul__", ArgSpec.RepeatSlot, (a, k) => a[0].BinaryOp(BinaryOpKind.Multiply, a[1], true) ?? throw NotAnIndex(a[1]));
        }
        Binary(t, extra);
        if ((slots & Slots.Comparison) != 0)
        {
            for (int i = 0; i < CompareNames.Length; i++)
            {
                var op = (CompareKind)i;
                string name = CompareNames[i];
                Add(t, name, ArgSpec.Slot(1), (a, k) => Call2(a, name, (x, y) => x.RichCompare(op, y)));
            }
        }
        if ((slots & Slots.Unary) != 0)
        {
            Add(t, "__neg__", ArgSpec.Slot(0), (a, k) => Call1(a, "__neg__", x => x.UnaryOp(UnaryOpKind.Negative)));
            Add(t, "__pos__", ArgSpec.Slot(0), (a, k) => Call1(a, "__pos__", x => x.UnaryOp(UnaryOpKind.Positive)));
            Add(t, "__abs__", ArgSpec.Slot(0), (a, k) => Call1(a, "__abs__", x => Ops.Call(RuntimeAbs, [x], null)));
            Add(t, "__bool__", ArgSpec.Slot(0), (a, k) => Call1(a, "__bool__", x => PyBool.From(x.IsTrue())));
        }
        if ((slots & Slots.DivMod) != 0)
        {
            Add(t, "__divmod__", ArgSpec.Slot(1), (a, k) => Call2(a, "__divmod__", (x, y) => Builtins.BuiltinFunctions.NumericDivMod(x, y, t)));
            Add(t, "__rdivmod__", ArgSpec.Slot(1), (a, k) => Call2(a, "__rdivmod__", (x, y) => Builtins.BuiltinFunctions.NumericDivMod(y, x, t)));
        }
        if ((slots & Slots.Invert) != 0) Add(t, "__invert__", ArgSpec.Slot(0), (a, k) => Call1(a, "__invert__", x => x.UnaryOp(UnaryOpKind.Invert)));
        if ((slots & Slots.Hashable) != 0) Add(t, "__hash__", ArgSpec.Slot(0), (a, k) => Call1(a, "__hash__", x => PyInt.From(Ops.Hash(x))));
        if ((slots & Slots.Container) != 0)
        {
            Add(t, "__len__", ArgSpec.Slot(0), (a, k) => Call1(a, "__len__", x => PyInt.From(Ops.Len(x))));
            Add(t, "__iter__", ArgSpec.Slot(0), (a, k) => Call1(a, "__iter__", x => x.Iter()));
            if ((slots & Slots.SetAlgebra) == 0) Add(t, "__getitem__", ArgSpec.Slot(1), (a, k) => Call2(a, "__getitem__", (x, y) => x.GetItem(y)));
            Add(t, "__contains__", ArgSpec.Slot(1), (a, k) => Call2(a, "__contains__", (x, y) => PyBool.From(x.Contains(y) == true)));
        }
        Add(t, "__repr__", ArgSpec.Slot(0), (a, k) => Call1(a, "__repr__", x => new PyStr(x.Repr())));
        if ((slots & Slots.Arithmetic) != 0 || t == PyStr.TypeObject) Add(t, "__format__", ArgSpec.OneArg, (a, k) =>
        {
            return new PyStr(Builtins.FormatSpec.Format(a[0], ArgConversions.ClinicStr(a[1], "__format__", "argument")));
        });
        Add(t, "__str__", ArgSpec.Slot(0), (a, k) => Call1(a, "__str__", x => new PyStr(x.Str())));
    }

    /// <summary>The builtin <c>abs</c>, so that <c>__abs__</c> follows exactly what <c>abs()</c> does.</summary>
    /// <summary>The builtin <c>pow</c>, for the three-argument form of <c>__pow__</c> and <c>__rpow__</c>.</summary>
    private static PyObject RuntimePow => Interpreter.RuntimeState.Current.Builtins.GetItemOrNull("pow")!;

    private static PyObject RuntimeAbs => Interpreter.RuntimeState.Current.Builtins.GetItemOrNull("abs")!;

    private static void Binary(PyType t, BinaryOpKind[] ops, bool reflectedToo = true)
    {
        foreach (var op in ops)
        {
            string name = Ops.BinaryDunderName(op, false);
            string rname = Ops.BinaryDunderName(op, true);
            if (op == BinaryOpKind.Power)
            {
                // __pow__ and __rpow__ take an optional modulus, as pow(x, y, mod) does.
                Add(t, name, ArgSpec.UnnamedSlot(1, 2), (a, k) => a.Length == 3 && a[2] != PyNone.Value ? TernaryPow(t, a[0], a[1], a[2], a[1]) : Call2(a, name, (x, y) => x.BinaryOp(op, y, false)));
                if (reflectedToo)
                    Add(t, rname, ArgSpec.UnnamedSlot(1, 2), (a, k) => a.Length == 3 && a[2] != PyNone.Value ? TernaryPow(t, a[1], a[0], a[2], a[1]) : Call2(a, rname, (x, y) => x.BinaryOp(op, y, true)));
                continue;
            }
            Add(t, name, ArgSpec.Slot(1), (a, k) => Call2(a, name, (x, y) => x.BinaryOp(op, y, false)));
            if (!reflectedToo) continue;
            Add(t, rname, ArgSpec.Slot(1), (a, k) => Call2(a, rname, (x, y) => x.BinaryOp(op, y, true)));
        }
    }

    /// <summary>
    /// Gives a built-in iterator type (one whose objects return themselves from <c>Iter</c> and step with
    /// <c>Next</c>) CPython's <c>__iter__</c> and <c>__next__</c>, so <c>it.__next__()</c> and
    /// <c>type(it).__next__(it)</c> work as <c>next(it)</c> does; returns <paramref name="t"/>.
    /// </summary>
    public static PyType Iterator(PyType t)
    {
        Add(t, "__iter__", ArgSpec.Slot(0), (a, k) => a[0].Iter());
        Add(t, "__next__", ArgSpec.Slot(0), (a, k) => a[0].Next() ?? throw new PyException(new PyBaseException(ExceptionTypes.StopIteration, PyTuple.Empty)));
        return t;
    }

    private static void Add(PyType t, string name, ArgSpec spec, BuiltinFn fn)
    {
        if (t.Dict.GetItemOrNull(name) is null) t.AddMethod(name, spec, fn);
    }

    /// <summary>
    /// <c>__pow__</c> or <c>__rpow__</c> of <paramref name="owner"/> with a modulus: int computes it when all
    /// three are ints; float refuses any modulus; complex refuses one with a number; anything else is NotImplemented.
    /// </summary>
    private static PyObject TernaryPow(PyType owner, PyObject b, PyObject e, PyObject mod, PyObject other)
    {
        if (owner == PyInt.TypeObject)
            return other is PyInt && mod is PyInt ? Ops.Call(RuntimePow, [b, e, mod], null) : PyNotImplemented.Value;
        if (owner == PyFloat.TypeObject) throw Ops.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        if (other is not (PyInt or PyFloat or PyComplex)) return PyNotImplemented.Value;
        throw Ops.ValueError("complex modulo");
    }

    /// <summary>The TypeError of concatenating a sequence with something it cannot take, worded per type as CPython does.</summary>
    private static PyException ConcatError(PyObject seq, PyObject other) => seq is PyBytes
        ? Ops.TypeError($"can't concat {other.Type.Name} to bytes")
        : Ops.TypeError($"can only concatenate {seq.Type.Name} (not \"{other.Type.Name}\") to {seq.Type.Name}");

    /// <summary>The TypeError of repeating a sequence by something that is not an integer.</summary>
    private static PyException NotAnIndex(PyObject count) => Ops.TypeError($"'{count.Type.Name}' object cannot be interpreted as an integer");

    /// <summary>A unary slot: its spec has made sure self is the only argument.</summary>
    private static PyObject Call1(ReadOnlySpan<PyObject> a, string name, Func<PyObject, PyObject?> f) =>
        f(a[0]) ?? PyNotImplemented.Value;

    /// <summary>A binary slot: its spec has made sure there is exactly one argument after self.</summary>
    private static PyObject Call2(ReadOnlySpan<PyObject> a, string name, Func<PyObject, PyObject, PyObject?> f) =>
        f(a[0], a[1]) ?? PyNotImplemented.Value;
}
