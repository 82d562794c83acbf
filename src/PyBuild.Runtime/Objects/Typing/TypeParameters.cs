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

    /// <summary>
    /// The arguments <paramref name="args"/> of a parameterised type (shown as <paramref name="alias"/>
    /// in errors) with its type parameters replaced by the items of <paramref name="key"/>, in
    /// order of first appearance, nested parameterised types included. Only TypeVars are substituted.
    /// </summary>
    public static PyObject[] Substitute(PyObject[] args, PyObject key, string alias)
    {
        var parameters = Collect(args).Items;
        if (parameters.Length == 0) throw Ops.TypeError($"{alias} is not a generic class");
        foreach (var p in parameters)
        {
            if (p is not PyTypeVar) throw Ops.NotSupported($"substituting {Ops.Repr(p)} in {alias}");
        }
        var values = key is PyTuple t ? t.Items : [key];
        if (values.Length != parameters.Length)
            throw Ops.TypeError($"Too {(values.Length > parameters.Length ? "many" : "few")} arguments for {alias}; actual {values.Length}, expected {parameters.Length}");
        var result = new PyObject[args.Length];
        for (int i = 0; i < args.Length; i++) result[i] = SubstituteOne(args[i], parameters, values);
        return result;
    }

    private static PyObject SubstituteOne(PyObject arg, PyObject[] parameters, PyObject[] values)
    {
        int i = Array.IndexOf(parameters, arg);
        if (i >= 0) return values[i];
        if (arg is PyType || Collect([arg]).Items.Length == 0) return arg;
        switch (arg)
        {
            case PyGenericAlias g:
                return g.WithArgs(SubstituteAll(g.Args, parameters, values));
            case PyTypingGenericAlias tg:
                return new PyTypingGenericAlias(tg.Origin, new PyTuple(SubstituteAll(tg.Args.Items, parameters, values)));
            default:
                throw Ops.NotSupported($"substituting type parameters in {Ops.Repr(arg)}");
        }
    }

    private static PyObject[] SubstituteAll(PyObject[] items, PyObject[] parameters, PyObject[] values)
    {
        var r = new PyObject[items.Length];
        for (int i = 0; i < r.Length; i++) r[i] = SubstituteOne(items[i], parameters, values);
        return r;
    }
}
