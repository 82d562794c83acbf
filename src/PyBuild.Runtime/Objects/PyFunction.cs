namespace PyBuild.Runtime.Objects;

/// <summary>A Python function: code, globals, defaults and closure.</summary>
internal sealed class PyFunction : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    /// <summary>The function type; <c>__get__</c> makes functions the non-data descriptors that become methods.</summary>
    private static PyType CreateType()
    {
        var t = new PyType("function", PyType.ObjectType);
        t.AddMethod("__call__", (a, k) => a[0].Call(a[1..], k));
        t.AddMethod("__get__", (a, k) =>
        {
            Ops.CheckArgCount("__get__", a[1..], 1, 2);
            if (a[1] == PyNone.Value && (a.Length < 3 || a[2] == PyNone.Value)) throw Ops.TypeError("__get__(None, None) is invalid");
            return a[1] == PyNone.Value ? a[0] : new PyMethod(a[0], a[1]);
        });
        return t;
    }

    private PyDict? dict;

    public PyFunction(PyCode code, PyDict globals, PyDict builtins)
    {
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Name = code.Name;
        QualName = code.QualName;
        Module = globals.GetItemOrNull("__name__") ?? PyNone.Value;
        Doc = code.Consts.Length > 0 && code.Consts[0] is PyStr doc && code.HasDocstring ? doc : PyNone.Value;
    }

    public PyCode Code { get; }

    public PyDict Globals { get; }

    public PyDict Builtins { get; }

    public string Name { get; set; }

    public string QualName { get; set; }

    public PyObject Module { get; set; }

    public PyObject Doc { get; set; }

    /// <summary>Positional defaults (<c>__defaults__</c>), or null.</summary>
    public PyObject[]? Defaults { get; set; }

    /// <summary>Keyword-only defaults (<c>__kwdefaults__</c>), or null.</summary>
    public PyDict? KwDefaults { get; set; }

    public PyObject? Annotations { get; set; }

    /// <summary>The cells of the free variables, in <c>co_freevars</c> order.</summary>
    public PyCell[]? Closure { get; set; }

    public override PyType Type => TypeObject;

    /// <summary>The PEP 695 type parameters (<c>def f[T]</c>), set by INTRINSIC_SET_FUNCTION_TYPE_PARAMS; null for none.</summary>
    public PyTuple? TypeParams { get; set; }

    public override PyDict Dict => dict ??= new PyDict();

    public override string Repr() => $"<function {QualName} at 0x{Ops.Id(this):x}>";

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => Interpreter.Eval.CallFunction(this, args, kwnames);

    public override PyObject? GetSpecialAttr(string name) => name switch
    {
        "__name__" => new PyStr(Name),
        "__qualname__" => new PyStr(QualName),
        "__module__" => Module,
        "__doc__" => Doc,
        "__code__" => Code,
        "__globals__" => Globals,
        "__defaults__" => Defaults is null ? PyNone.Value : new PyTuple(Defaults),
        "__kwdefaults__" => (PyObject?)KwDefaults ?? PyNone.Value,
        "__closure__" => Closure is null ? PyNone.Value : new PyTuple(Closure),
        "__annotations__" => Annotations ??= new PyDict(),
        "__dict__" => Dict,
        "__type_params__" => TypeParams ?? PyTuple.Empty,
        _ => null,
    };

    public override bool SetSpecialAttr(string name, PyObject value)
    {
        switch (name)
        {
            case "__name__": Name = ((PyStr)value).Value; return true;
            case "__qualname__": QualName = ((PyStr)value).Value; return true;
            case "__doc__": Doc = value; return true;
            case "__module__": Module = value; return true;
            case "__defaults__": Defaults = value is PyTuple t ? t.Items : null; return true;
            case "__type_params__":
                TypeParams = value as PyTuple ?? throw Ops.TypeError("__type_params__ must be set to a tuple");
                return true;
            default: return false;
        }
    }
}
