namespace PyBuild.Compiler.Symbols;

/// <summary>Private name mangling: <c>__x</c> inside class <c>C</c> becomes <c>_C__x</c>.</summary>
public static class Mangling
{
    /// <summary>Mangles <paramref name="name"/> for the class <paramref name="className"/>, as CPython's <c>_Py_Mangle</c>.</summary>
    public static string Mangle(string? className, string name)
    {
        if (className is null || !name.StartsWith("__", StringComparison.Ordinal)) return name;
        if (name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.')) return name;
        string stripped = className.TrimStart('_');
        if (stripped.Length == 0) return name;
        return "_" + stripped + name;
    }
}
