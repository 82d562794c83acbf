namespace PyBuild.Runtime.Objects;

/// <summary><c>super(type, obj)</c> called explicitly (zero-argument super goes through <c>LOAD_SUPER_ATTR</c>).</summary>
internal sealed class PySuper(PyType start, PyObject self) : PyObject
{
    public static readonly PyType TypeObject = new("super", PyType.ObjectType, (t, a, k) =>
    {
        if (a.Length == 0) throw Ops.NotSupported("super() without arguments outside a method call");
        if (a[0] is not PyType st) throw Ops.TypeError($"super() argument 1 must be a type, not {a[0].Type.Name}");
        if (a.Length < 2) throw Ops.NotSupported("unbound super objects");
        return new PySuper(st, a[1]);
    });

    public override PyType Type => TypeObject;

    public override string Repr() => $"<super: <class '{start.Name}'>, <{self.Type.Name} object>>";

    /// <summary>The attribute after <c>start</c> in the MRO of the object's type, bound to the object.</summary>
    public PyObject? Lookup(string name)
    {
        var objType = self is PyType st && st.IsSubtypeOf(start) ? st : self.Type;
        var mro = objType.Mro;
        int i = Array.IndexOf(mro, start);
        if (i < 0) throw Ops.TypeError("super(type, obj): obj must be an instance or subtype of type");
        var key = PyStr.Intern(name);
        for (int j = i + 1; j < mro.Length; j++)
        {
            var v = mro[j].Dict.GetItemOrNull(key);
            if (v is null) continue;
            if (self is PyType && v is PyFunction) return v;
            if (v is PyProperty p && p.Getter is not null) return Ops.Call(p.Getter, self);
            return Ops.BindDescriptor(v, self, objType);
        }
        return null;
    }
}
