namespace PyBuild.Runtime.Objects;

/// <summary>
/// Conversions of single native-function arguments, with the TypeError CPython raises for each kind of
/// parameter, so that a wrong type never reaches an implementation as a failed cast. Counts and keywords
/// are checked earlier, by <see cref="ArgSpec"/>.
/// </summary>
internal static class ArgConversions
{
    /// <summary>How Argument Clinic names a wrong argument's type: <c>None</c> for None, else the type's name.</summary>
    public static string ClinicTypeName(PyObject o) => o == PyNone.Value ? "None" : o.Type.Name;

    /// <summary>An Argument Clinic <c>str</c> parameter: <c>replace() argument 1 must be str, not int</c>.</summary>
    /// <param name="o">The argument.</param>
    /// <param name="function">The function's name, without parentheses.</param>
    /// <param name="label">How CPython names the parameter: <c>argument</c>, <c>argument 2</c> or <c>argument 'encoding'</c>.</param>
    public static string ClinicStr(PyObject o, string function, string label) =>
        o is PyStr s ? s.Value : throw Ops.TypeError($"{function}() {label} must be str, not {ClinicTypeName(o)}");

    /// <summary>A plain <c>str</c> argument of the search methods: <c>must be str, not int</c>.</summary>
    public static string Str(PyObject o) => o is PyStr s ? s.Value : throw Ops.TypeError($"must be str, not {o.Type.Name}");

    /// <summary>A separator that may be None (split): <c>must be str or None, not int</c>.</summary>
    public static string? StrOrNone(PyObject? o) => o switch
    {
        null => null,
        PyNone => null,
        PyStr s => s.Value,
        _ => throw Ops.TypeError($"must be str or None, not {o.Type.Name}"),
    };

    /// <summary>
    /// A start or end bound (find, count, startswith): None means absent (null); an int too large for a
    /// Py_ssize_t is clamped, as CPython's <c>_PyEval_SliceIndex</c> does, rather than raising.
    /// </summary>
    public static long? SliceIndex(PyObject o)
    {
        if (o == PyNone.Value) return null;
        if (!Ops.TryIndex(o, out var i)) throw Ops.TypeError("slice indices must be integers or None or have an __index__ method");
        if (i.IsSmall) return i.Small;
        return i.Value.Sign < 0 ? long.MinValue : long.MaxValue;
    }

    /// <summary>A start or stop bound that may not be None (<c>list.index</c>, <c>tuple.index</c>), clamped likewise.</summary>
    public static long SliceIndexNotNone(PyObject o)
    {
        if (!Ops.TryIndex(o, out var i)) throw Ops.TypeError("slice indices must be integers or have an __index__ method");
        if (i.IsSmall) return i.Small;
        return i.Value.Sign < 0 ? long.MinValue : long.MaxValue;
    }
}
