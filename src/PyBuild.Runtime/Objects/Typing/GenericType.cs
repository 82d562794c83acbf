using PyBuild.Runtime.Exceptions;

namespace PyBuild.Runtime.Objects.Typing;

/// <summary>
/// <c>typing.Generic</c>: the base of generic classes. <c>class C[T]</c> subclasses
/// <c>Generic[T]</c>; subscripting <c>Generic</c> checks its parameters, subscripting a generic
/// class checks the argument count; each subclass gets its <c>__parameters__</c>.
/// </summary>
internal static class GenericType
{
    public static readonly PyType TypeObject = Create();

    /// <summary><c>Generic.__class_getitem__(cls, params)</c>.</summary>
    public static PyObject ClassGetItem(PyType cls, PyObject key)
    {
        var parms = key is PyTuple t ? t : new PyTuple([key]);
        if (cls == TypeObject)
        {
            if (parms.Items.Length == 0) throw Ops.TypeError("Parameter list to Generic[...] cannot be empty");
            var seen = new List<PyObject>();
            foreach (var p in parms.Items)
            {
                bool unpacked = p is PyTypingGenericAlias { Origin: TypingSpecialForm } u && u.Args.Items is [PyTypeVarTuple];
                if (!TypeParameters.IsTypeParameter(p) && !unpacked)
                    throw Ops.TypeError("Parameters to Generic[...] must all be type variables or parameter specification variables.");
                if (seen.Contains(p)) throw Ops.TypeError("Parameters to Generic[...] must all be unique");
                seen.Add(p);
            }
            return new PyTypingGenericAlias(cls, parms);
        }
        var own = cls.Lookup("__parameters__") as PyTuple ?? PyTuple.Empty;
        if (own.Items.Length == 0) throw Ops.TypeError($"{Ops.Repr(cls)} is not a generic class");
        bool variadic = false;
        foreach (var p in own.Items) variadic |= p is PyTypeVarTuple or PyParamSpec;
        if (!variadic && parms.Items.Length != own.Items.Length)
        {
            throw Ops.TypeError($"Too {(parms.Items.Length > own.Items.Length ? "many" : "few")} arguments for {Ops.Repr(cls)}; actual {parms.Items.Length}, expected {own.Items.Length}");
        }
        return new PyTypingGenericAlias(cls, parms);
    }

    /// <summary>
    /// <c>Generic.__init_subclass__</c>: the class's <c>__parameters__</c> are those of its
    /// <c>Generic[...]</c> base when it has one, else those found in its parameterised bases.
    /// </summary>
    private static void InitSubclass(PyType cls)
    {
        var origBases = cls.Dict.GetItemOrNull(PyStr.Intern("__orig_bases__")) as PyTuple;
        bool plain = origBases is not null ? Array.IndexOf(origBases.Items, TypeObject) >= 0 : Array.IndexOf(cls.Bases, TypeObject) >= 0;
        if (plain) throw Ops.TypeError("Cannot inherit from plain Generic");
        var parameters = PyTuple.Empty;
        if (origBases is not null)
        {
            parameters = TypeParameters.Collect(origBases.Items);
            PyTuple? declared = null;
            foreach (var b in origBases.Items)
            {
                if (b is PyTypingGenericAlias { Origin: PyType o } g && o == TypeObject)
                {
                    if (declared is not null) throw Ops.TypeError("Cannot inherit from Generic[...] multiple times.");
                    declared = TypeParameters.Collect(g.Args.Items);
                }
            }
            if (declared is not null)
            {
                var missing = new List<string>();
                foreach (var p in parameters.Items)
                {
                    if (Array.IndexOf(declared.Items, p) < 0) missing.Add(Ops.Str(p));
                }
                if (missing.Count > 0)
                    throw Ops.TypeError($"Some type variables ({string.Join(", ", missing)}) are not listed in Generic[{TypingRepr.Join(declared.Items)}]");
                parameters = declared;
            }
        }
        cls.SetAttribute("__parameters__", parameters);
    }

    private static PyType Create()
    {
        var ns = new PyDict();
        ns.SetItem(PyStr.Intern("__module__"), new PyStr("typing"));
        ns.SetItem(PyStr.Intern("__parameters__"), PyTuple.Empty);
        var t = PyType.CreateClass("Generic", [], ns);
        t.AddClassMethod("__class_getitem__", (a, k) =>
        {
            if (a.Length != 2) throw Ops.TypeError("__class_getitem__ expects one argument");
            return ClassGetItem((PyType)a[0], a[1]);
        });
        t.AddClassMethod("__init_subclass__", (a, k) =>
        {
            if (a.Length > 1) throw Ops.TypeError($"{((PyType)a[0]).Name}.__init_subclass__() takes no keyword arguments");
            InitSubclass((PyType)a[0]);
            return PyNone.Value;
        });
        return t;
    }
}
