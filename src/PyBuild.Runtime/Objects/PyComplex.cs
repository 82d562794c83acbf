namespace PyBuild.Runtime.Objects;

/// <summary><c>complex</c>: a pair of doubles with CPython's arithmetic (its own product, Smith's quotient and
/// repeated squaring for small integer powers, so results match CPython to the last bit).</summary>
internal sealed class PyComplex(double real, double imag) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    /// <summary>The real part.</summary>
    public double Real { get; } = real;

    /// <summary>The imaginary part.</summary>
    public double Imag { get; } = imag;

    public override PyType Type => TypeObject;

    public override bool IsTrue() => Real != 0 || Imag != 0;

    /// <summary>A part as complex's repr writes it: the float repr without a trailing ".0".</summary>
    private static string Part(double v)
    {
        var s = PyFloat.FormatRepr(v);
        return s.EndsWith(".0", StringComparison.Ordinal) ? s[..^2] : s;
    }

    public override string Repr()
    {
        if (Real == 0 && !double.IsNegative(Real)) return Part(Imag) + "j";
        string sign = double.IsNegative(Imag) && !double.IsNaN(Imag) ? "" : "+";
        return "(" + Part(Real) + sign + Part(Imag) + "j)";
    }

    public override long Hash()
    {
        long h = PyFloat.HashDouble(Real, this) + 1000003L * PyFloat.HashDouble(Imag, this);
        return h == -1 ? -2 : h;
    }

    public override PyObject? GetSpecialAttr(string name) => name switch
    {
        "real" => PyFloat.From(Real),
        "imag" => PyFloat.From(Imag),
        _ => null,
    };

    public override PyObject? UnaryOp(UnaryOpKind op) => op switch
    {
        UnaryOpKind.Negative => new PyComplex(-Real, -Imag),
        UnaryOpKind.Positive => this,
        _ => null,
    };

    /// <summary>|z|, with CPython's overflow error.</summary>
    public double Abs()
    {
        if (double.IsInfinity(Real) || double.IsInfinity(Imag)) return double.PositiveInfinity;
        double r = double.Hypot(Real, Imag);
        if (double.IsInfinity(r)) throw Ops.Error(Exceptions.ExceptionTypes.OverflowError, "absolute value too large");
        return r;
    }

    /// <summary>Other numbers widened to complex, or null for types complex does not mix with.</summary>
    private static (double Re, double Im)? Widen(PyObject o) => o switch
    {
        PyComplex c => (c.Real, c.Imag),
        PyFloat f => (f.Value, 0.0),
        PyInt i => (i.ToDouble(), 0.0),
        _ => null,
    };

    public override PyObject? RichCompare(CompareKind op, PyObject other)
    {
        if (op is not (CompareKind.Eq or CompareKind.Ne)) return null;
        bool eq;
        if (other is PyComplex c) eq = Real == c.Real && Imag == c.Imag;
        else if (other is PyFloat f) eq = Imag == 0 && Real == f.Value;
        else if (other is PyInt i) eq = Imag == 0 && !double.IsNaN(Real) && !double.IsInfinity(Real) && PyFloat.CompareWithInt(Real, i) == 0;
        else return null;
        return PyBool.From(op == CompareKind.Eq ? eq : !eq);
    }

    public override PyObject? BinaryOp(BinaryOpKind op, PyObject other, bool reflected)
    {
        if (Widen(other) is not { } o) return null;
        var (ar, ai, br, bi) = reflected ? (o.Re, o.Im, Real, Imag) : (Real, Imag, o.Re, o.Im);
        switch (op)
        {
            case BinaryOpKind.Add: return new PyComplex(ar + br, ai + bi);
            case BinaryOpKind.Subtract: return new PyComplex(ar - br, ai - bi);
            case BinaryOpKind.Multiply: return Product(ar, ai, br, bi);
            case BinaryOpKind.TrueDivide:
                if (br == 0 && bi == 0) throw Ops.Error(Exceptions.ExceptionTypes.ZeroDivisionError, "complex division by zero");
                return Quotient(ar, ai, br, bi);
            case BinaryOpKind.Power: return Power(ar, ai, br, bi);
            default: return null;
        }
    }

    private static PyComplex Product(double ar, double ai, double br, double bi) => new(ar * br - ai * bi, ar * bi + ai * br);

    /// <summary>Smith's algorithm, as CPython's complex division uses, scaling by the larger part of the divisor.</summary>
    private static PyComplex Quotient(double ar, double ai, double br, double bi)
    {
        double absBr = Math.Abs(br), absBi = Math.Abs(bi);
        if (absBr >= absBi)
        {
            double ratio = bi / br, denom = br + bi * ratio;
            return new PyComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        }
        if (absBi >= absBr)
        {
            double ratio = br / bi, denom = br * ratio + bi;
            return new PyComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
        }
        return new PyComplex(double.NaN, double.NaN);
    }

    private static PyComplex Power(double ar, double ai, double br, double bi)
    {
        if (br == 0 && bi == 0) return new PyComplex(1, 0);
        if (ar == 0 && ai == 0)
        {
            if (bi != 0 || br < 0)
                throw Ops.Error(Exceptions.ExceptionTypes.ZeroDivisionError, "0.0 to a negative or complex power");
            return new PyComplex(0, 0);
        }
        // Small integral exponents use repeated squaring, exactly as CPython does, so (1+2j)**2 is exact.
        if (bi == 0 && br == Math.Floor(br) && Math.Abs(br) <= 100)
        {
            long n = (long)br;
            var r = PowU(ar, ai, Math.Abs(n));
            return n >= 0 ? r : Quotient(1, 0, r.Real, r.Imag);
        }
        double vabs = double.Hypot(ar, ai), len = Math.Pow(vabs, br), at = Math.Atan2(ai, ar), phase = at * br;
        if (bi != 0)
        {
            len /= Math.Exp(at * bi);
            phase += bi * Math.Log(vabs);
        }
        return new PyComplex(len * Math.Cos(phase), len * Math.Sin(phase));
    }

    private static PyComplex PowU(double xr, double xi, long n)
    {
        var r = new PyComplex(1, 0);
        var p = new PyComplex(xr, xi);
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1)
        {
            if ((n & mask) != 0) r = Product(r.Real, r.Imag, p.Real, p.Imag);
            p = Product(p.Real, p.Imag, p.Real, p.Imag);
        }
        return r;
    }

    /// <summary>The first complex() argument as its two parts; strings are not supported yet.</summary>
    private static (double Re, double Im) RealArg(PyObject o)
    {
        if (Widen(o) is { } w) return w;
        if (o is PyStr) throw Ops.NotSupported("complex() from a string");
        throw Ops.TypeError($"complex() first argument must be a string or a number, not '{o.Type.Name}'");
    }

    /// <summary>The second complex() argument as its two parts.</summary>
    private static (double Re, double Im) ImagArg(PyObject o)
    {
        if (Widen(o) is { } w) return w;
        if (o is PyStr) throw Ops.TypeError("complex() second arg can't be a string");
        throw Ops.TypeError($"complex() second argument must be a number, not '{o.Type.Name}'");
    }

    private static PyType CreateType()
    {
        var t = new PyType("complex", PyType.ObjectType, (type, a, k) =>
        {
            var args = Ops.BindArgs("complex", a, k, ["real", "imag"], 0);
            var (rr, ri) = args[0] is null ? (0.0, 0.0) : RealArg(args[0]!);
            var (ir, ii) = args[1] is null ? (0.0, 0.0) : ImagArg(args[1]!);
            // complex(a, b) is a + b*1j; parts are only added when an argument is itself complex, so that
            // complex(1, -0.0) keeps its negative zero.
            double re = args[1] is PyComplex ? rr - ii : rr;
            double im = args[0] is PyComplex ? ir + ri : ir;
            return new PyComplex(re, im);
        });
        t.AddMethod("conjugate", ArgSpec.NoArgs, (a, k) =>
        {
            var c = (PyComplex)a[0];
            return new PyComplex(c.Real, -c.Imag);
        });
        return t;
    }
}
