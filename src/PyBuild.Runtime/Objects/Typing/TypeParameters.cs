namespace PyBuild.Runtime.Objects.Typing;

/// <summary>The type parameters that appear in the arguments of a parameterised type (its <c>__parameters__</c>).</summary>
internal static class TypeParameters
{
    /// <summary>True for TypeVar, ParamSpec and TypeVarTuple objects.</summary>
    public static bool IsTypeParameter(PyObject o) => o is PyTypeVar or PyParamSpec or PyTypeVarTuple;

    /// <summary>
    /// The distinct type parameters of <paramref name="args"/>, in order of first appearance: the
    /// parameters themselves and those of nested parameterised types (CPython's <c>_collect_type_parameters</c>).
    /// </summary>
    public static PyTuple Collect(PyObject[] args)
    {
        var found = new List<PyObject>();
        foreach (var a in args) Add(a, found);
        return new PyTuple([.. found]);
    }

    private static void Add(PyObject a, List<PyObject> found)
    {
        if (IsTypeParameter(a))
        {
            if (!found.Contains(a)) found.Add(a);
            return;
        }
        if (a is PyType) return;
        if (a is PyTuple t)
        {
            foreach (var x in t.Items) Add(x, found);
            return;
        }
        if (Ops.GetAttrOrNull(a, "__parameters__") is PyTuple nested)
        {
            foreach (var x in nested.Items) Add(x, found);
        }
    }
}
