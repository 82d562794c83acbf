using PyBuild.Runtime.Exceptions;

namespace PyBuild.Runtime.Objects;

/// <summary>Calling objects, and argument parsing for native functions.</summary>
internal static partial class Ops
{
    public static PyObject Call(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (callable is PyFunction f) return Interpreter.Eval.CallFunction(f, args, kwnames);
        if (callable is PyBuiltinFunction b) return b.Call(args, kwnames);
        if (callable.Type.IsHeapType && callable is not PyType)
        {
            var c = callable.Type.LookupUserDunder("__call__") ?? throw TypeError($"'{callable.Type.Name}' object is not callable");
            return CallWithSelf(c, callable, args, kwnames);
        }
        return callable.Call(args, kwnames);
    }

    public static PyObject Call(PyObject callable, params PyObject[] args) => Call(callable, args.AsSpan(), null);

    /// <summary>Calls an unbound function with <paramref name="self"/> prepended (method calls).</summary>
    public static PyObject CallWithSelf(PyObject function, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        switch (function)
        {
            case PyStaticMethod sm:
                return Call(sm.Function, args, kwnames);
            case PyClassMethod cm:
                return CallWithSelf(cm.Function, self as PyType ?? self.Type, args, kwnames);
        }
        var all = new PyObject[args.Length + 1];
        all[0] = self;
        args.CopyTo(all.AsSpan(1));
        if (function is PyFunction f) return Interpreter.Eval.CallFunction(f, all, kwnames);
        if (function is PyBuiltinFunction b) return b.Fn(all, kwnames);
        if (function.Type.IsHeapType && function.Type.LookupUserDunder("__get__") is { } get)
            return Call(CallWithSelf(get, function, [self, self.Type], null), args, kwnames);
        return Call(function, all, kwnames);
    }

    /// <summary>Calls a method looked up on the object's type (a dunder), or returns null when the type has none.</summary>
    public static PyObject? CallMethodOrNull(PyObject o, string name, ReadOnlySpan<PyObject> args)
    {
        var f = o.Type.Lookup(name);
        return f is null ? null : CallWithSelf(f, o, args, null);
    }

    public static PyObject CallMethod(PyObject o, string name, params PyObject[] args) =>
        Call(GetAttr(o, name), args.AsSpan(), null);

    /// <summary>
    /// Binds the arguments of a native function to parameter names: the first <paramref name="positionalOnly"/>
    /// are positional-only; missing optional ones are null.
    /// </summary>
    public static PyObject?[] BindArgs(string fname, ReadOnlySpan<PyObject> args, PyTuple? kwnames, string[] names, int required, int positionalOnly = 0)
    {
        var result = new PyObject?[names.Length];
        int nkw = kwnames?.Items.Length ?? 0;
        int npos = args.Length - nkw;
        if (npos > names.Length)
            throw TypeError($"{fname}() takes at most {names.Length} argument{(names.Length == 1 ? "" : "s")} ({npos} given)");
        for (int i = 0; i < npos; i++) result[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            var kn = ((PyStr)kwnames!.Items[k]).Value;
            int idx = Array.IndexOf(names, kn);
            if (idx < positionalOnly) throw TypeError($"'{kn}' is an invalid keyword argument for {fname}()");
            if (result[idx] is not null) throw TypeError($"argument for {fname}() given by name ('{kn}') and position ({idx + 1})");
            result[idx] = args[npos + k];
        }
        for (int i = 0; i < required; i++)
        {
            if (result[i] is null)
                throw TypeError($"{fname}() missing required argument '{names[i]}' (pos {i + 1})");
        }
        return result;
    }

    /// <summary>Rejects keyword arguments for functions that take none.</summary>
    public static void NoKeywords(string fname, PyTuple? kwnames)
    {
        if (kwnames is not null && kwnames.Items.Length > 0) throw TypeError($"{fname}() takes no keyword arguments");
    }

    public static void CheckArgCount(string fname, ReadOnlySpan<PyObject> args, int min, int max)
    {
        if (args.Length < min || args.Length > max)
        {
            if (min == max)
                throw TypeError(min == 0 ? $"{fname}() takes no arguments ({args.Length} given)"
                    : min == 1 ? $"{fname}() takes exactly one argument ({args.Length} given)"
                    : $"{fname} expected {min} arguments, got {args.Length}");
            if (args.Length < min) throw TypeError($"{fname} expected at least {min} argument{(min == 1 ? "" : "s")}, got {args.Length}");
            throw TypeError($"{fname} expected at most {max} argument{(max == 1 ? "" : "s")}, got {args.Length}");
        }
    }
}
