using System.Numerics;
using PyBuild.Compiler.Bytecode;

namespace PyBuild.Compiler.CodeGen;

/// <summary>
/// Equality of constants as CPython's <c>_PyCode_ConstantKey</c> sees it when merging them:
/// values of different types never merge (<c>1</c>, <c>1.0</c> and <c>True</c> stay apart), and
/// floats compare by bits, so <c>0.0</c> and <c>-0.0</c> stay apart too.
/// </summary>
internal sealed class ConstantKey : IEqualityComparer<object?>
{
    public static readonly ConstantKey Instance = new();

    public new bool Equals(object? x, object? y)
    {
        if (ReferenceEquals(x, y)) return true;
        if (x is null || y is null || x.GetType() != y.GetType()) return false;
        switch (x)
        {
            case double dx: return BitConverter.DoubleToInt64Bits(dx) == BitConverter.DoubleToInt64Bits((double)y);
            case Complex cx:
                var cy = (Complex)y;
                return BitConverter.DoubleToInt64Bits(cx.Real) == BitConverter.DoubleToInt64Bits(cy.Real)
                    && BitConverter.DoubleToInt64Bits(cx.Imaginary) == BitConverter.DoubleToInt64Bits(cy.Imaginary);
            case byte[] bx: return bx.AsSpan().SequenceEqual((byte[])y);
            case ConstTuple tx: return ItemsEqual(tx.Items, ((ConstTuple)y).Items);
            case ConstFrozenSet fx: return ItemsEqual(fx.Items, ((ConstFrozenSet)y).Items);
            case CodeObject: return false;
            default: return x.Equals(y);
        }
    }

    private bool ItemsEqual(object?[] a, object?[] b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
        {
            if (!Equals(a[i], b[i])) return false;
        }
        return true;
    }

    public int GetHashCode(object? obj)
    {
        switch (obj)
        {
            case null: return 0;
            case double d: return BitConverter.DoubleToInt64Bits(d).GetHashCode();
            case byte[] b:
                var h = new HashCode();
                h.AddBytes(b);
                return h.ToHashCode();
            case ConstTuple t: return ItemsHash(t.Items, 17);
            case ConstFrozenSet f: return ItemsHash(f.Items, 31);
            case CodeObject c: return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(c);
            default: return HashCode.Combine(obj.GetType(), obj);
        }
    }

    private int ItemsHash(object?[] items, int seed)
    {
        int h = seed;
        foreach (var item in items) h = HashCode.Combine(h, GetHashCode(item));
        return h;
    }
}
