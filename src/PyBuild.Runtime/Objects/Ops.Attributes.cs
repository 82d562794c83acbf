using PyBuild.Runtime.Exceptions;

namespace PyBuild.Runtime.Objects;

/// <summary>Attribute access: descriptors, instance dicts, class attributes, <c>__getattr__</c>.</summary>
internal static partial class Ops
{
    public static string AttrName(PyObject name) =>
        name is PyStr s ? s.Value : throw TypeError($"attribute name must be string, not '{name.Type.Name}'");

    /// <summary>The attribute, or the AttributeError: a user <c>__getattr__</c>'s own error propagates with its message.</summary>
    public static PyObject GetAttr(PyObject o, string name)
    {
        var type = o.Type;
        if (!type.IsHeapType || o is PyType || o is PySuper || type.LookupUserDunder("__getattr__") is not { } userGetAttr)
            return GetAttrOrNull(o, name) ?? throw AttributeError(o, name);
        PyObject? found;
        var ga = type.Lookup("__getattribute__");
        if (ga is not null and not PyBuiltinFunction)
        {
            try
            {
                found = CallWithSelf(ga, o, [PyStr.Intern(name)], null);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
            {
                found = null;
            }
        }
        else
        {
            // An AttributeError from a descriptor (a property getter) also falls back to __getattr__.
            try
            {
                found = GenericGetAttrOrNull(o, name);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
            {
                found = null;
            }
        }
        return found ?? CallWithSelf(userGetAttr, o, [PyStr.Intern(name)], null);
    }

    public static PyException AttributeError(PyObject o, string name)
    {
        string msg = o switch
        {
            PyType t => $"type object '{t.Name}' has no attribute '{name}'",
            PyModule m when Import.Importer.IsInitializing(m) => $"partially initialized module '{m.Name}' has no attribute '{name}' (most likely due to a circular import)",
            PyModule m => $"module '{m.Name}' has no attribute '{name}'",
            _ => $"'{o.Type.Name}' object has no attribute '{name}'",
        };
        var e = PyBaseException.Create(ExceptionTypes.AttributeError, msg);
        return new PyException(e);
    }

    /// <summary>The attribute, or null when it does not exist (other errors propagate).</summary>
    public static PyObject? GetAttrOrNull(PyObject o, string name)
    {
        if (o is PySuper sup) return sup.Lookup(name);
        var type = o.Type;
        if (type.IsHeapType && o is not PyType)
        {
            var ga = type.Lookup("__getattribute__");
            if (ga is not null and not PyBuiltinFunction)
            {
                try
                {
                    return CallWithSelf(ga, o, [PyStr.Intern(name)], null);
                }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
                {
                    var fallback = GetAttrFallback(o, name);
                    if (fallback is null) throw;
                    return fallback;
                }
            }
        }
        return GenericGetAttrOrNull(o, name) ?? GetAttrFallback(o, name);
    }

    private static PyObject? GetAttrFallback(PyObject o, string name)
    {
        var type = o.Type;
        if (type.IsHeapType && o is not PyType)
        {
            var ga = type.LookupUserDunder("__getattr__");
            if (ga is not null)
            {
                try
                {
                    return CallWithSelf(ga, o, [PyStr.Intern(name)], null);
                }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
                {
                    return null;
                }
            }
        }
        return null;
    }

    public static PyObject GenericGetAttr(PyObject o, string name) =>
        GenericGetAttrOrNull(o, name) ?? throw AttributeError(o, name);

    public static PyObject? GenericGetAttrOrNull(PyObject o, string name)
    {
        if (o is PyType t) return TypeGetAttr(t, name);
        if (o is PyModule m)
        {
            var v = m.ModuleDict.GetItemOrNull(PyStr.Intern(name));
            if (v is not null) return v;
            if (name == "__dict__") return m.ModuleDict;
            if (name == "__class__") return m.Type;
            // PEP 562: a module-level __getattr__ answers for missing names.
            if (m.ModuleDict.GetItemOrNull("__getattr__") is { } moduleGetAttr)
            {
                try
                {
                    return Call(moduleGetAttr, [PyStr.Intern(name)], null);
                }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
                {
                    return null;
                }
            }
            return null;
        }
        var type = o.Type;
        var descr = type.Lookup(name);
        if (descr is not null)
        {
            if (descr is PyProperty p)
            {
                if (p.Getter is null) throw Error(ExceptionTypes.AttributeError, $"property '{name}' of '{type.Name}' object has no getter");
                return Call(p.Getter, [o], null);
            }
            if (descr.Type.IsHeapType && descr.Type.LookupUserDunder("__get__") is { } dget && descr.Type.LookupUserDunder("__set__") is not null)
                return CallWithSelf(dget, descr, [o, type], null);
        }
        var dict = o.Dict;
        if (dict is not null)
        {
            var v = dict.GetItemOrNull(PyStr.Intern(name));
            if (v is not null) return v;
        }
        var special = o.GetSpecialAttr(name);
        if (special is not null) return special;
        if (descr is not null) return BindDescriptor(descr, o, type);
        return name switch
        {
            "__class__" => type,
            "__dict__" when dict is not null && type.SlotNames is null && type != PyType.ObjectType => dict,
            "__doc__" => PyNone.Value,
            _ => null,
        };
    }

    /// <summary>What an attribute found on the type becomes when read through an instance.</summary>
    public static PyObject BindDescriptor(PyObject descr, PyObject instance, PyType type) => descr switch
    {
        PyFunction => new PyMethod(descr, instance),
        PyBuiltinFunction { Owner: not null } bf => new PyBuiltinMethod(bf, instance),
        PyClassMethod cm => new PyMethod(cm.Function, type),
        PyStaticMethod sm => sm.Function,
        _ when descr.Type.IsHeapType && descr.Type.LookupUserDunder("__get__") is { } get => CallWithSelf(get, descr, [instance, type], null),
        _ => descr,
    };

    private static PyObject? TypeGetAttr(PyType t, string name)
    {
        var key = PyStr.Intern(name);
        foreach (var c in t.Mro)
        {
            var v = c.Dict.GetItemOrNull(key);
            if (v is null) continue;
            return v switch
            {
                PyClassMethod cm => new PyMethod(cm.Function, t),
                PyStaticMethod sm => sm.Function,
                _ when v.Type.IsHeapType && v is not PyType && v.Type.LookupUserDunder("__get__") is { } get => CallWithSelf(get, v, [PyNone.Value, t], null),
                _ => v,
            };
        }
        var special = t.GetSpecialAttr(name);
        if (special is not null) return special;
        var meta = t.Type;
        var md = meta.Lookup(name);
        if (md is PyProperty mp)
        {
            if (mp.Getter is null) throw Error(ExceptionTypes.AttributeError, $"property '{name}' of '{meta.Name}' object has no getter");
            return Call(mp.Getter, [t], null);
        }
        if (md is not null) return BindDescriptor(md, t, meta);
        if (name == "__class__") return meta;
        if (meta.IsHeapType && meta.LookupUserDunder("__getattr__") is { } ga)
        {
            try
            {
                return CallWithSelf(ga, t, [key], null);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
            {
                return null;
            }
        }
        return null;
    }

    public static void SetAttr(PyObject o, string name, PyObject? value)
    {
        var type = o.Type;
        if (type.IsHeapType && o is not PyType)
        {
            var f = type.LookupUserDunder(value is null ? "__delattr__" : "__setattr__");
            if (f is not null)
            {
                if (value is null) CallWithSelf(f, o, [PyStr.Intern(name)], null);
                else CallWithSelf(f, o, [PyStr.Intern(name), value], null);
                return;
            }
        }
        GenericSetAttr(o, name, value);
    }

    public static void GenericSetAttr(PyObject o, string name, PyObject? value)
    {
        if (o is PyType t)
        {
            if (!t.IsHeapType) throw TypeError($"cannot set '{name}' attribute of immutable type '{t.Name}'");
            if (name == "__name__" && value is PyStr n) { t.Name = n.Value; return; }
            if (name == "__qualname__" && value is PyStr q) { t.QualName = q.Value; return; }
            if (value is null && t.Dict.GetItemOrNull(PyStr.Intern(name)) is null) throw AttributeError(t, name);
            t.SetAttribute(name, value);
            return;
        }
        var type = o.Type;
        var descr = type.Lookup(name);
        if (descr is PyProperty p)
        {
            var fn = value is null ? p.Deleter : p.Setter;
            if (fn is null)
                throw Error(ExceptionTypes.AttributeError, $"property '{name}' of '{type.Name}' object has no {(value is null ? "deleter" : "setter")}");
            if (value is null) Call(fn, [o], null);
            else Call(fn, [o, value], null);
            return;
        }
        if (descr is not null && descr.Type.IsHeapType && descr.Type.LookupUserDunder(value is null ? "__delete__" : "__set__") is { } dset)
        {
            if (value is null) CallWithSelf(dset, descr, [o], null);
            else CallWithSelf(dset, descr, [o, value], null);
            return;
        }
        if (name == "__class__")
        {
            ClassAssignment.Assign(o, value);
            return;
        }
        if (value is not null && o.SetSpecialAttr(name, value)) return;
        if ((type.SlotNames is { } slots && !slots.Contains(name)) || type == PyType.ObjectType)
            throw Error(ExceptionTypes.AttributeError, $"'{type.Name}' object has no attribute '{name}'");
        var dict = o.Dict ?? throw Error(ExceptionTypes.AttributeError, $"'{type.Name}' object has no attribute '{name}'");
        if (value is null)
        {
            if (!dict.Remove(PyStr.Intern(name), out _)) throw AttributeError(o, name);
        }
        else
        {
            dict.SetItem(PyStr.Intern(name), value);
        }
    }
}
