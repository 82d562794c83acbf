using System.Numerics;

namespace PyBuild.Compiler.Bytecode;

/// <summary>
/// Equality of constants as CPython's compiler merges them (<c>_PyCode_ConstantKey</c>): same type and
/// same value, floats by their bits (so <c>0.0</c> and <c>-0.0</c> stay apart; a NaN equals only
/// itself, the same boxed value), tuples element by
/// element, code objects by their contents. Tuples are compared through their item arrays, so that
/// <c>co_consts</c>, <c>co_names</c> and constant tuples with equal contents are one key, as in CPython's
/// constant cache.
/// </summary>
internal sealed class ConstantKey : IEqualityComparer<object>
{
    public static readonly ConstantKey Instance = new();

    private ConstantKey() { }

    public new bool Equals(object? x, object? y)
    {
        if (ReferenceEquals(x, y)) return true;
        if (x is null || y is null) return false;
        // Strings first: they are most of the keys, and the test for a sealed type is the cheapest.
        switch (x)
        {
            case string xText: return y is string yText && string.Equals(xText, yText, StringComparison.Ordinal);
            case object?[] xs when y is object?[] ys: return ItemsEqual(xs, ys);
            case ConstTuple xt when y is ConstTuple yt: return ItemsEqual(xt.Items, yt.Items);
            case ConstFrozenSet xf when y is ConstFrozenSet yf: return ItemsEqual(xf.Items, yf.Items);
            case ConstSurrogateStr xs when y is ConstSurrogateStr ys: return xs.Equals(ys);
            case byte[] xb when y is byte[] yb: return xb.AsSpan().SequenceEqual(yb);
            case BigInteger xi when y is BigInteger yi: return xi == yi;
            case bool xb when y is bool yb: return xb == yb;
            case CodeObject xc when y is CodeObject yc: return CodeEquals(xc, yc);
            case double xd when y is double yd: return !double.IsNaN(xd) && BitConverter.DoubleToInt64Bits(xd) == BitConverter.DoubleToInt64Bits(yd);
            case Complex xc when y is Complex yc:
                return !double.IsNaN(xc.Real) && !double.IsNaN(xc.Imaginary)
                    && BitConverter.DoubleToInt64Bits(xc.Real) == BitConverter.DoubleToInt64Bits(yc.Real)
                    && BitConverter.DoubleToInt64Bits(xc.Imaginary) == BitConverter.DoubleToInt64Bits(yc.Imaginary);
            default: return false;
        }
    }

    public int GetHashCode(object obj)
    {
        switch (obj)
        {
            case string s: return string.GetHashCode(s, StringComparison.Ordinal);
            case object?[] items: return ItemsHash(items, 1);
            case ConstTuple t: return ItemsHash(t.Items, 1);
            case ConstFrozenSet f: return ItemsHash(f.Items, 2);
            case byte[] b:
                var hash = new HashCode();
                hash.Add(b.Length);
                hash.AddBytes(b.AsSpan(0, Math.Min(b.Length, HashedPrefix)));
                return hash.ToHashCode();
            case double d: return BitConverter.DoubleToInt64Bits(d).GetHashCode();
            case Complex c: return HashCode.Combine(BitConverter.DoubleToInt64Bits(c.Real), BitConverter.DoubleToInt64Bits(c.Imaginary));
            case CodeObject code: return HashCode.Combine(code.QualName, code.FirstLineNo, code.Code.Length);
            default: return obj.GetHashCode();
        }
    }

    /// <summary>Code objects are equal when everything CPython's code comparison looks at is (so a comprehension compiled twice is one constant).</summary>
    private bool CodeEquals(CodeObject x, CodeObject y) =>
        x.Name == y.Name && x.QualName == y.QualName && x.Filename == y.Filename
        && x.ArgCount == y.ArgCount && x.PosOnlyArgCount == y.PosOnlyArgCount && x.KwOnlyArgCount == y.KwOnlyArgCount
        && x.Flags == y.Flags && x.FirstLineNo == y.FirstLineNo && x.StackSize == y.StackSize
        && x.Code.AsSpan().SequenceEqual(y.Code) && x.LineTable.AsSpan().SequenceEqual(y.LineTable)
        && x.ExceptionTable.AsSpan().SequenceEqual(y.ExceptionTable)
        && x.Names.AsSpan().SequenceEqual(y.Names) && x.LocalsPlusNames.AsSpan().SequenceEqual(y.LocalsPlusNames)
        && x.LocalsPlusKinds.AsSpan().SequenceEqual(y.LocalsPlusKinds) && ItemsEqual(x.Consts, y.Consts);

    private bool ItemsEqual(object?[] xs, object?[] ys)
    {
        if (xs.Length != ys.Length) return false;
        for (int i = 0; i < xs.Length; i++)
        {
            if (!Equals(xs[i], ys[i])) return false;
        }
        return true;
    }

    private int ItemsHash(object?[] items, int seed)
    {
        int hash = HashCode.Combine(seed, items.Length);
        int hashed = Math.Min(items.Length, HashedPrefix);
        for (int i = 0; i < hashed; i++)
        {
            var item = items[i];
            hash = HashCode.Combine(hash, item is null ? 0 : GetHashCode(item));
        }
        return hash;
    }

    /// <summary>
    /// Tuples and byte strings are hashed by their length and first items only: the marshal writer
    /// hashes every code object's name tuples and tables, and a hash over whole ones cost more than
    /// the few extra comparisons of keys that agree on their start. Equality still compares all.
    /// </summary>
    private const int HashedPrefix = 16;
}
