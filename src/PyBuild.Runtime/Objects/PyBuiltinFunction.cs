namespace PyBuild.Runtime.Objects;

/// <summary>
/// The calling convention of native code: positional arguments, then the values of the keyword
/// arguments named by <paramref name="kwnames"/> (CPython's vectorcall). For methods, args[0] is self.
/// </summary>
internal delegate PyObject BuiltinFn(ReadOnlySpan<PyObject> args, PyTuple? kwnames);

/// <summary>A function or method implemented in C# (CPython's <c>builtin_function_or_method</c> and method descriptors).</summary>
internal sealed class PyBuiltinFunction : PyObject
{
    private static readonly PyType FunctionType = new("builtin_function_or_method", PyType.ObjectType);
    private static readonly PyType DescriptorType = new("method_descriptor", PyType.ObjectType);

    /// <summary>
    /// A native function; with a <paramref name="spec"/>, every call is checked against it before
    /// <paramref name="fn"/> runs, whichever path calls it, so <paramref name="fn"/> may index the
    /// arguments the spec guarantees. Methods (an <paramref name="owner"/>) receive self first. Functions of
    /// a <paramref name="module"/> other than builtins are named with it in some errors (<c>math.acos()</c>).
    /// </summary>
    public PyBuiltinFunction(string name, BuiltinFn fn, PyType? owner = null, ArgSpec? spec = null, string? module = null)
    {
        Name = name;
        Owner = owner;
        Spec = spec;
        Module = module;
        if (spec is null)
        {
            Fn = fn;
        }
        else
        {
            int selfCount = owner is null ? 0 : 1;
            Fn = (a, k) =>
            {
                spec.Check(this, a, k, selfCount);
                return fn(a, k);
            };
        }
    }

    public string Name { get; }

    /// <summary>The entry point: the implementation, behind the argument check when there is a spec.</summary>
    public BuiltinFn Fn { get; }

    /// <summary>For methods: the type that defines them; null for module-level functions.</summary>
    public PyType? Owner { get; }

    /// <summary>For functions of a module other than builtins: the module's name.</summary>
    public string? Module { get; }

    /// <summary>How the function takes its arguments; null when it checks them itself.</summary>
    public ArgSpec? Spec { get; }

    public override PyType Type => Owner is null ? FunctionType : DescriptorType;

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (Owner is not null && (args.Length == 0 || !args[0].Type.IsSubtypeOf(Owner)) && !Name.StartsWith("__new__", StringComparison.Ordinal))
        {
            if (args.Length == 0) throw Ops.TypeError($"unbound method {Owner.Name}.{Name}() needs an argument");
            throw Ops.TypeError($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{args[0].Type.Name}' object");
        }
        return Fn(args, kwnames);
    }

    public override string Repr() =>
        Owner is null ? $"<built-in function {Name}>" : $"<method '{Name}' of '{Owner.Name}' objects>";

    public override PyObject? GetSpecialAttr(string name) => name switch
    {
        "__name__" or "__qualname__" => new PyStr(Name),
        "__doc__" => PyNone.Value,
        _ => null,
    };
}

/// <summary>A native method bound to its object (<c>[].append</c>).</summary>
internal sealed class PyBuiltinMethod(PyBuiltinFunction function, PyObject self) : PyObject
{
    private static readonly PyType MethodType = new("builtin_function_or_method", PyType.ObjectType);

    public PyBuiltinFunction Function { get; } = function;

    public PyObject Self { get; } = self;

    public override PyType Type => MethodType;

    public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        PyObject[] all = new PyObject[args.Length + 1];
        all[0] = Self;
        args.CopyTo(all.AsSpan(1));
        // Through Call, which checks self: a method descriptor stored in an unrelated class binds to anything.
        return Function.Call(all, kwnames);
    }

    public override string Repr() => $"<built-in method {Function.Name} of {Self.Type.Name} object at 0x{Ops.Id(Self):x}>";

    public override PyObject? RichCompare(CompareKind op, PyObject other)
    {
        if (op is not (CompareKind.Eq or CompareKind.Ne) || other is not PyBuiltinMethod o) return null;
        bool eq = o.Function == Function && ReferenceEquals(o.Self, Self);
        return PyBool.From(op == CompareKind.Eq ? eq : !eq);
    }
}
