namespace PyBuild.Runtime.Objects;

/// <summary>
/// The number of copies in a sequence repetition (<c>s * n</c>), with CPython's errors: a count beyond a
/// Py_ssize_t is an OverflowError, a product beyond one is an OverflowError for str and bytes and a
/// MemoryError for list and tuple, and a result too large for this runtime is a MemoryError, never a
/// silently wrong (empty or wrapped) result.
/// </summary>
internal static class SequenceRepeat
{
    /// <summary>The most characters a .NET string can hold.</summary>
    public const int MaxStringLength = 0x3FFFFFDF;

    /// <summary>How many copies of a <paramref name="length"/>-item sequence <paramref name="n"/> asks for (0 when n ≤ 0).</summary>
    /// <param name="n">The repetition count.</param>
    /// <param name="length">The sequence's length.</param>
    /// <param name="tooLong">CPython's OverflowError message when the total overflows (str, bytes); null for MemoryError (list, tuple).</param>
    /// <param name="maxTotal">The most items the result can hold here.</param>
    public static int Count(PyInt n, int length, string? tooLong, int maxTotal)
    {
        if (!n.IsSmall) throw Ops.Error(Exceptions.ExceptionTypes.OverflowError, "cannot fit 'int' into an index-sized integer");
        long c = n.Small;
        if (c <= 0 || length == 0) return 0;
        if (c > long.MaxValue / length)
        {
            throw tooLong is null ? Ops.Error(Exceptions.ExceptionTypes.MemoryError, "") : Ops.Error(Exceptions.ExceptionTypes.OverflowError, tooLong);
        }
        if (c * length > maxTotal) throw Ops.Error(Exceptions.ExceptionTypes.MemoryError, "");
        return (int)c;
    }
}
