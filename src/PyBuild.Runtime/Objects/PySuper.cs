namespace PyBuild.Runtime.Objects;

/// <summary><c>super(type, obj)</c> called explicitly (zero-argument super goes through <c>LOAD_SUPER_ATTR</c>).</summary>
internal sealed class PySuper(PyType start, PyObject self) : PyObject
{
    public static readonly PyType TypeObject = new("super", PyType.ObjectType, (t, a, k) =>
    {
        if (k is not null && k.Items.Length > 0) throw Ops.TypeError("super() takes no keyword arguments");
        if (a.Length > 2) throw Ops.TypeError($"super() expected at most 2 arguments, got {a.Length}");
        if (a.Length == 0) return FromCallingFrame(Interpreter.RuntimeState.Current.CurrentFrame);
        if (a[0] is not PyType st) throw Ops.TypeError($"super() argument 1 must be a type, not {a[0].Type.Name}");
        if (a.Length < 2) throw Ops.NotSupported("unbound super objects");
        if (!a[1].Type.IsSubtypeOf(st) && !(a[1] is PyType ot && ot.IsSubtypeOf(st)))
            throw Ops.TypeError("super(type, obj): obj must be an instance or subtype of type");
        return new PySuper(st, a[1]);
    });

    public override PyType Type => TypeObject;

    /// <summary>
    /// <c>super()</c> called as a plain function (the compiler could not use LOAD_SUPER_ATTR, for instance
    /// because the module itself uses the name <c>super</c>): the class comes from the calling
    /// function's <c>__class__</c> cell and the object from its first argument.
    /// </summary>
    private static PySuper FromCallingFrame(Interpreter.Frame? frame)
    {
        if (frame is null || frame.Code.ArgCount == 0 && frame.Code.PosOnlyArgCount == 0)
            throw Ops.Error(Exceptions.ExceptionTypes.RuntimeError, "super(): no arguments");
        var first = frame.Fast[0];
        if (first is PyCell firstCell) first = firstCell.Contents;
        if (first is null) throw Ops.Error(Exceptions.ExceptionTypes.RuntimeError, "super(): arg[0] deleted");
        int classIndex = Array.FindIndex(frame.Code.LocalNames, n => n.Value == "__class__");
        if (classIndex < 0) throw Ops.Error(Exceptions.ExceptionTypes.RuntimeError, "super(): __class__ cell not found");
        if (frame.Fast[classIndex] is not PyCell { Contents: var cls }) throw Ops.Error(Exceptions.ExceptionTypes.RuntimeError, "super(): bad __class__ cell");
        if (cls is not PyType startType) throw Ops.Error(Exceptions.ExceptionTypes.RuntimeError, "super(): empty __class__ cell");
        return new PySuper(startType, first);
    }

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
