using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Modules.Collections;

/// <summary><c>collections.defaultdict</c>: a dict that fills missing keys from a factory.</summary>
internal sealed class PyDefaultDict(PyObject? factory) : PyDict
{
    public static readonly PyType DefaultDictType = new("collections.defaultdict", PyDict.TypeObject, (t, a, k) =>
    {
        int nkw = k?.Items.Length ?? 0;
        int npos = a.Length - nkw;
        var factory = npos > 0 && a[0] != PyNone.Value ? a[0] : null;
        if (factory is not null && !Builtins.BuiltinFunctions.IsCallable(factory)) throw Ops.TypeError("first argument must be callable or None");
        var d = new PyDefaultDict(factory);
        if (npos > 1) Builtins.DictMethods.UpdateFrom(d, a[1]);
        for (int i = 0; i < nkw; i++) d.SetItem(k!.Items[i], a[npos + i]);
        return d;
    });

    public PyObject? Factory { get; } = factory;

    public override PyType Type => DefaultDictType;

    protected override PyObject? Missing(PyObject key)
    {
        if (Factory is null) return null;
        var v = Ops.Call(Factory);
        SetItem(key, v);
        return v;
    }

    public override string Repr() => $"defaultdict({(Factory is null ? "None" : Ops.Repr(Factory))}, {base.Repr()})";
}
