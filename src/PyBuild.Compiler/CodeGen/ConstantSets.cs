namespace PyBuild.Compiler.CodeGen;

/// <summary>Frozenset constants keep one of each group of equal items, as <c>frozenset()</c> does.</summary>
internal static class ConstantSets
{
    /// <summary>The distinct items of a set display, the first of equal ones kept: <c>{1, 1.0, True}</c> is <c>{1}</c>.</summary>
    public static object?[] Distinct(object?[] items)
    {
        var kept = new List<object?>(items.Length);
        foreach (var item in items)
        {
            bool seen = false;
            foreach (var other in kept)
            {
                if (PythonEquals(item, other))
                {
                    seen = true;
                    break;
                }
            }
            if (!seen) kept.Add(item);
        }
        return kept.ToArray();
    }

    /// <summary>Python's == on constants: numbers compare by value across bool, int, float and complex.</summary>
    public static bool PythonEquals(object? a, object? b)
    {
        if (ToComplexOrNull(a) is { } x && ToComplexOrNull(b) is { } y)
        {
            if (a is System.Numerics.BigInteger ia && b is System.Numerics.BigInteger ib) return ia == ib;
            return x == y && IntegralMatches(a, b) && IntegralMatches(b, a);
        }
        return Bytecode.ConstantKey.Instance.Equals(a, b);
    }

    /// <summary>A big int equals a float only if the float is exactly that integer (doubles lose digits past 2^53).</summary>
    private static bool IntegralMatches(object? a, object? b) =>
        a is not System.Numerics.BigInteger i || b is not double d || (Math.Floor(d) == d && !double.IsInfinity(d) && new System.Numerics.BigInteger(d) == i);

    private static System.Numerics.Complex? ToComplexOrNull(object? v) => v switch
    {
        bool flag => flag ? 1 : 0,
        System.Numerics.BigInteger i => new System.Numerics.Complex((double)i, 0),
        double d => new System.Numerics.Complex(d, 0),
        System.Numerics.Complex c => c,
        _ => null,
    };
}
