namespace PyBuild.Runtime.Objects.Typing;

/// <summary>
/// How the typing objects show the types in them (CPython's <c>_Py_typing_type_repr</c>): a class
/// by its qualified name, prefixed with its module unless that is <c>builtins</c>; <c>...</c> for
/// Ellipsis; anything else by its repr.
/// </summary>
internal static class TypingRepr
{
    /// <summary>The text for <paramref name="o"/> inside a parameterised type or union.</summary>
    public static string Of(PyObject o)
    {
        if (o == PyEllipsis.Value) return "...";
        if (o is PyType t)
        {
            if (!t.IsHeapType) return t.Name;
            var module = t.GetSpecialAttr("__module__");
            return module is PyStr { Value: not "builtins" } m ? m.Value + "." + t.QualName : t.QualName;
        }
        return Ops.Repr(o);
    }

    /// <summary>The items of <paramref name="args"/> shown by <see cref="Of"/>, separated by commas.</summary>
    public static string Join(PyObject[] args)
    {
        var parts = new string[args.Length];
        for (int i = 0; i < args.Length; i++) parts[i] = Of(args[i]);
        return string.Join(", ", parts);
    }
}
