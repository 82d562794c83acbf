using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Modules;

/// <summary>The <c>operator</c> module: the operators as functions, and <c>itemgetter</c>, <c>attrgetter</c>, <c>methodcaller</c>.</summary>
internal static class OperatorModule
{
    public static PyModule Create()
    {
        var m = new PyModule("operator");
        var d = m.ModuleDict;
        void Add(string name, BuiltinFn fn) => d.SetItem(name, new PyBuiltinFunction(name, fn));
        void AddChecked(string name, ArgSpec spec, BuiltinFn fn) => d.SetItem(name, new PyBuiltinFunction(name, fn, spec: spec, module: "_operator"));
        void Binary(string name, BinaryOpKind op) => AddChecked(name, ArgSpec.Positional(2, 2), (a, k) => Ops.BinaryOp(a[0], a[1], op));
        void Compare(string name, CompareKind op) => AddChecked(name, ArgSpec.Positional(2, 2), (a, k) => Ops.RichCompare(a[0], a[1], op));
        void Unary(string name, UnaryOpKind op) => AddChecked(name, ArgSpec.OneArg, (a, k) => Ops.UnaryOp(a[0], op));
        Binary("add", BinaryOpKind.Add);
        Binary("sub", BinaryOpKind.Subtract);
        Binary("mul", BinaryOpKind.Multiply);
        Binary("truediv", BinaryOpKind.TrueDivide);
        Binary("floordiv", BinaryOpKind.FloorDivide);
        Binary("mod", BinaryOpKind.Remainder);
        Binary("pow", BinaryOpKind.Power);
        Binary("matmul", BinaryOpKind.MatrixMultiply);
        Binary("and_", BinaryOpKind.And);
        Binary("or_", BinaryOpKind.Or);
        Binary("xor", BinaryOpKind.Xor);
        Binary("lshift", BinaryOpKind.LShift);
        Binary("rshift", BinaryOpKind.RShift);
        Binary("concat", BinaryOpKind.Add);
        Compare("lt", CompareKind.Lt);
        Compare("le", CompareKind.Le);
        Compare("eq", CompareKind.Eq);
        Compare("ne", CompareKind.Ne);
        Compare("gt", CompareKind.Gt);
        Compare("ge", CompareKind.Ge);
        Unary("neg", UnaryOpKind.Negative);
        Unary("pos", UnaryOpKind.Positive);
        Unary("invert", UnaryOpKind.Invert);
        Unary("inv", UnaryOpKind.Invert);
        AddChecked("not_", ArgSpec.OneArg, (a, k) => PyBool.From(!Ops.IsTrue(a[0])));
        AddChecked("truth", ArgSpec.OneArg, (a, k) => PyBool.From(Ops.IsTrue(a[0])));
        AddChecked("is_", ArgSpec.Positional(2, 2), (a, k) => PyBool.From(ReferenceEquals(a[0], a[1])));
        AddChecked("is_not", ArgSpec.Positional(2, 2), (a, k) => PyBool.From(!ReferenceEquals(a[0], a[1])));
        AddChecked("abs", ArgSpec.OneArg, (a, k) => Ops.Call(Interpreter.RuntimeState.Current.Builtins.GetItemOrNull("abs")!, a, k));
        AddChecked("index", ArgSpec.OneArg, (a, k) => Ops.TryIndex(a[0], out var i) ? i : throw Ops.TypeError($"'{a[0].Type.Name}' object cannot be interpreted as an integer"));
        AddChecked("getitem", ArgSpec.Positional(2, 2), (a, k) => Ops.GetItem(a[0], a[1]));
        AddChecked("contains", ArgSpec.Positional(2, 2), (a, k) => PyBool.From(Ops.Contains(a[0], a[1])));
        AddChecked("itemgetter", ArgSpec.ParseTuple(0, int.MaxValue), (a, k) =>
        {
            var keys = a.ToArray();
            if (keys.Length == 0) throw Ops.TypeError("itemgetter expected 1 argument, got 0");
            return new PyBuiltinFunction("itemgetter", spec: ArgSpec.Positional(1, 1), fn: (b, _) =>
            {
                if (keys.Length == 1) return Ops.GetItem(b[0], keys[0]);
                var items = new PyObject[keys.Length];
                for (int i = 0; i < keys.Length; i++) items[i] = Ops.GetItem(b[0], keys[i]);
                return new PyTuple(items);
            });
        });
        AddChecked("attrgetter", ArgSpec.ParseTuple(0, int.MaxValue), (a, k) =>
        {
            var names = new string[a.Length];
            for (int i = 0; i < a.Length; i++) names[i] = a[i] is PyStr s ? s.Value : throw Ops.TypeError("attribute name must be a string");
            if (names.Length == 0) throw Ops.TypeError("attrgetter expected 1 argument, got 0");
            return new PyBuiltinFunction("attrgetter", spec: ArgSpec.Positional(1, 1), fn: (b, _) =>
            {
                var target = b[0];
                if (names.Length == 1) return ResolveDotted(target, names[0]);
                var items = new PyObject[names.Length];
                for (int i = 0; i < names.Length; i++) items[i] = ResolveDotted(target, names[i]);
                return new PyTuple(items);
            });
        });
        Add("methodcaller", (a, k) =>
        {
            if (a.Length == 0 || a[0] is not PyStr name) throw Ops.TypeError("methodcaller needs at least one argument, the method name");
            var rest = a[1..].ToArray();
            return new PyBuiltinFunction("methodcaller", spec: ArgSpec.Positional(1, 1), fn: (b, _) => Ops.Call(Ops.GetAttr(b[0], name.Value), rest, k));
        });
        return m;
    }

    /// <summary><c>attrgetter("a.b")</c>: the attributes along a dotted path.</summary>
    private static PyObject ResolveDotted(PyObject target, string dotted)
    {
        foreach (var part in dotted.Split('.')) target = Ops.GetAttr(target, part);
        return target;
    }
}
