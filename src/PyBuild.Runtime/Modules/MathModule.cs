using System.Numerics;
using PyBuild.Runtime.Builtins;
using PyBuild.Runtime.Exceptions;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Modules;

/// <summary>The <c>math</c> module.</summary>
internal static class MathModule
{
    private static double D(PyObject o) => o switch
    {
        PyFloat f => f.Value,
        PyInt i => i.ToDouble(),
        // Only objects that define __float__ or __index__ convert; math never parses strings.
        _ when o.Type.IsHeapType => ((PyFloat)NumberConstructors.Float([o], null)).Value,
        _ => throw Ops.TypeError($"must be real number, not {o.Type.Name}"),
    };

    private static PyException DomainError() => Ops.ValueError("math domain error");

    private static PyObject Checked(double r, double x)
    {
        if (double.IsNaN(r) && !double.IsNaN(x)) throw DomainError();
        if (double.IsInfinity(r) && !double.IsInfinity(x)) throw Ops.Error(ExceptionTypes.OverflowError, "math range error");
        return PyFloat.From(r);
    }

    private static PyInt I(PyObject o, string fname) =>
        Ops.TryIndex(o, out var i) ? i : throw Ops.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");

    public static PyModule Create()
    {
        var m = new PyModule("math");
        var d = m.ModuleDict;
        void AddChecked(string name, ArgSpec spec, BuiltinFn fn) => d.SetItem(name, new PyBuiltinFunction(name, fn, spec: spec, module: "math"));
        void Unary(string name, Func<double, double> f) => AddChecked(name, ArgSpec.OneArg, (a, k) =>
        {
            var x = D(a[0]);
            return Checked(f(x), x);
        });
        d.SetItem("pi", PyFloat.From(Math.PI));
        d.SetItem("e", PyFloat.From(Math.E));
        d.SetItem("tau", PyFloat.From(Math.Tau));
        d.SetItem("inf", PyFloat.From(double.PositiveInfinity));
        d.SetItem("nan", PyFloat.From(double.NaN));
        Unary("sqrt", x => x < 0 ? double.NaN : Math.Sqrt(x));
        Unary("exp", Math.Exp);
        Unary("sin", Math.Sin);
        Unary("cos", Math.Cos);
        Unary("tan", Math.Tan);
        Unary("asin", Math.Asin);
        Unary("acos", Math.Acos);
        Unary("atan", Math.Atan);
        Unary("sinh", Math.Sinh);
        Unary("cosh", Math.Cosh);
        Unary("tanh", Math.Tanh);
        Unary("fabs", Math.Abs);
        Unary("degrees", x => x * (180.0 / Math.PI));
        Unary("radians", x => x * (Math.PI / 180.0));
        Unary("log2", x => x <= 0 ? double.NaN : Math.Log2(x));
        Unary("log10", x => x <= 0 ? double.NaN : Math.Log10(x));
        Unary("log1p", x => x <= -1 ? double.NaN : Math.Log(1 + x));
        Unary("expm1", x => Math.Exp(x) - 1);
        AddChecked("log", ArgSpec.Positional(1, 2), (a, k) =>
        {
            Ops.CheckArgCount("log", a, 1, 2);
            double Ln(PyObject o)
            {
                if (o is PyInt bi && !bi.IsSmall)
                {
                    if (bi.Value.Sign <= 0) throw DomainError();
                    return BigInteger.Log(bi.Value);
                }
                var x = D(o);
                if (x <= 0) throw DomainError();
                return Math.Log(x);
            }
            var r = Ln(a[0]);
            if (a.Length == 2)
            {
                var b = Ln(a[1]);
                if (b == 0) throw Ops.ZeroDivision("float division by zero");
                r /= b;
            }
            return PyFloat.From(r);
        });
        AddChecked("pow", ArgSpec.Positional(2, 2), (a, k) => { var x = D(a[0]); var y = D(a[1]); return Checked(Math.Pow(x, y), x + y); });
        AddChecked("atan2", ArgSpec.Positional(2, 2), (a, k) => PyFloat.From(Math.Atan2(D(a[0]), D(a[1]))));
        AddChecked("hypot", ArgSpec.ParseTuple(0, int.MaxValue), (a, k) =>
        {
            double s = 0;
            foreach (var x in a) s += D(x) * D(x);
            return PyFloat.From(a.Length == 2 ? double.Hypot(D(a[0]), D(a[1])) : Math.Sqrt(s));
        });
        AddChecked("copysign", ArgSpec.Positional(2, 2), (a, k) => PyFloat.From(Math.CopySign(D(a[0]), D(a[1]))));
        AddChecked("fmod", ArgSpec.Positional(2, 2), (a, k) =>
        {
            var y = D(a[1]);
            if (y == 0) throw DomainError();
            return PyFloat.From(D(a[0]) % y);
        });
        AddChecked("floor", ArgSpec.OneArg, (a, k) => a[0] is PyInt i ? PyInt.From(i.Value) : a[0] is PyFloat f ? NumberConstructors.FloatToInt(Math.Floor(f.Value)) : Dunder(a[0], "__floor__"));
        AddChecked("ceil", ArgSpec.OneArg, (a, k) => a[0] is PyInt i ? PyInt.From(i.Value) : a[0] is PyFloat f ? NumberConstructors.FloatToInt(Math.Ceiling(f.Value)) : Dunder(a[0], "__ceil__"));
        AddChecked("trunc", ArgSpec.OneArg, (a, k) => a[0] is PyInt i ? PyInt.From(i.Value) : a[0] is PyFloat f ? NumberConstructors.FloatToInt(Math.Truncate(f.Value)) : Dunder(a[0], "__trunc__"));
        AddChecked("isnan", ArgSpec.OneArg, (a, k) => PyBool.From(double.IsNaN(D(a[0]))));
        AddChecked("isinf", ArgSpec.OneArg, (a, k) => PyBool.From(double.IsInfinity(D(a[0]))));
        AddChecked("isfinite", ArgSpec.OneArg, (a, k) => PyBool.From(double.IsFinite(D(a[0]))));
        AddChecked("isclose", ArgSpec.Keywords(0, 2, 2, "a", "b", "rel_tol", "abs_tol"), (a, k) =>
        {
            var args = Ops.BindArgs("isclose", a, k, ["a", "b", "rel_tol", "abs_tol"], 2, 2);
            double x = D(args[0]!), y = D(args[1]!);
            double rel = args[2] is null ? 1e-9 : D(args[2]!), abs = args[3] is null ? 0 : D(args[3]!);
            if (x == y) return PyBool.True;
            if (double.IsInfinity(x) || double.IsInfinity(y)) return PyBool.False;
            double diff = Math.Abs(y - x);
            return PyBool.From(diff <= Math.Abs(rel * y) || diff <= Math.Abs(rel * x) || diff <= abs);
        });
        AddChecked("gcd", ArgSpec.ParseTuple(0, int.MaxValue), (a, k) =>
        {
            BigInteger g = 0;
            foreach (var x in a) g = BigInteger.GreatestCommonDivisor(g, I(x, "gcd").Value);
            return PyInt.From(g);
        });
        AddChecked("lcm", ArgSpec.ParseTuple(0, int.MaxValue), (a, k) =>
        {
            BigInteger l = 1;
            foreach (var x in a)
            {
                var v = BigInteger.Abs(I(x, "lcm").Value);
                if (v.IsZero) return PyInt.From(0);
                l = l / BigInteger.GreatestCommonDivisor(l, v) * v;
            }
            return PyInt.From(l);
        });
        AddChecked("factorial", ArgSpec.OneArg, (a, k) =>
        {
            if (a[0] is PyFloat) throw Ops.TypeError("'float' object cannot be interpreted as an integer");
            var n = I(a[0], "factorial").Value;
            if (n.Sign < 0) throw Ops.ValueError("factorial() not defined for negative values");
            BigInteger r = 1;
            for (BigInteger i = 2; i <= n; i++) r *= i;
            return PyInt.From(r);
        });
        AddChecked("comb", ArgSpec.Positional(2, 2), (a, k) =>
        {
            var n = I(a[0], "comb").Value;
            var r = I(a[1], "comb").Value;
            if (n.Sign < 0) throw Ops.ValueError("n must be a non-negative integer");
            if (r.Sign < 0) throw Ops.ValueError("k must be a non-negative integer");
            if (r > n) return PyInt.From(0);
            if (r > n - r) r = n - r;
            BigInteger c = 1;
            for (BigInteger i = 0; i < r; i++) c = c * (n - i) / (i + 1);
            return PyInt.From(c);
        });
        AddChecked("perm", ArgSpec.Positional(1, 2), (a, k) =>
        {
            var n = I(a[0], "perm").Value;
            var r = a.Length > 1 && a[1] != PyNone.Value ? I(a[1], "perm").Value : n;
            if (n.Sign < 0) throw Ops.ValueError("n must be a non-negative integer");
            if (r.Sign < 0) throw Ops.ValueError("k must be a non-negative integer");
            if (r > n) return PyInt.From(0);
            BigInteger p = 1;
            for (BigInteger i = 0; i < r; i++) p *= n - i;
            return PyInt.From(p);
        });
        AddChecked("isqrt", ArgSpec.OneArg, (a, k) =>
        {
            var n = I(a[0], "isqrt").Value;
            if (n.Sign < 0) throw Ops.ValueError("isqrt() argument must be nonnegative");
            if (n.IsZero) return PyInt.From(0);
            var x = (BigInteger)Math.Sqrt((double)n);
            while (x * x > n) x--;
            while ((x + 1) * (x + 1) <= n) x++;
            return PyInt.From(x);
        });
        AddChecked("prod", ArgSpec.Keywords(1, 1, 1, "iterable", "start"), (a, k) =>
        {
            var args = Ops.BindArgs("prod", a, k, ["iterable", "start"], 1, 1);
            PyObject acc = args[1] ?? PyInt.From(1);
            foreach (var x in Ops.ToArray(args[0]!)) acc = Ops.BinaryOp(acc, x, BinaryOpKind.Multiply);
            return acc;
        });
        AddChecked("fsum", ArgSpec.OneArg, (a, k) =>
        {
            var partials = new List<double>();
            foreach (var o in Ops.ToArray(a[0]))
            {
                double x = D(o);
                int i = 0;
                for (int j = 0; j < partials.Count; j++)
                {
                    double y = partials[j];
                    if (Math.Abs(x) < Math.Abs(y)) (x, y) = (y, x);
                    double hi = x + y;
                    double lo = y - (hi - x);
                    if (lo != 0) partials[i++] = lo;
                    x = hi;
                }
                partials.RemoveRange(i, partials.Count - i);
                partials.Add(x);
            }
            double sum = 0;
            foreach (var p in partials) sum += p;
            return PyFloat.From(sum);
        });
        AddChecked("modf", ArgSpec.OneArg, (a, k) =>
        {
            var x = D(a[0]);
            var ip = Math.Truncate(x);
            return new PyTuple([PyFloat.From(Math.CopySign(x - ip, x)), PyFloat.From(ip)]);
        });
        AddChecked("frexp", ArgSpec.OneArg, (a, k) =>
        {
            var x = D(a[0]);
            if (x == 0 || double.IsNaN(x) || double.IsInfinity(x)) return new PyTuple([PyFloat.From(x), PyInt.From(0)]);
            int e = (int)Math.Floor(Math.Log2(Math.Abs(x))) + 1;
            var mant = Math.ScaleB(x, -e);
            if (Math.Abs(mant) >= 1) { mant /= 2; e++; }
            if (Math.Abs(mant) < 0.5) { mant *= 2; e--; }
            return new PyTuple([PyFloat.From(mant), PyInt.From(e)]);
        });
        AddChecked("ldexp", ArgSpec.Positional(2, 2), (a, k) => PyFloat.From(Math.ScaleB(D(a[0]), (int)Ops.IndexValue(a[1]))));
        AddChecked("dist", ArgSpec.Positional(2, 2), (a, k) =>
        {
            var p = Ops.ToArray(a[0]);
            var q = Ops.ToArray(a[1]);
            double s = 0;
            for (int i = 0; i < p.Length; i++) s += (D(p[i]) - D(q[i])) * (D(p[i]) - D(q[i]));
            return PyFloat.From(Math.Sqrt(s));
        });
        return m;
    }

    private static PyObject Dunder(PyObject o, string name)
    {
        if (o.Type.IsHeapType && o.Type.LookupUserDunder(name) is { } f) return Ops.CallWithSelf(f, o, [], null);
        return NumberConstructors.FloatToInt(name switch
        {
            "__floor__" => Math.Floor(D(o)),
            "__ceil__" => Math.Ceiling(D(o)),
            _ => Math.Truncate(D(o)),
        });
    }
}
