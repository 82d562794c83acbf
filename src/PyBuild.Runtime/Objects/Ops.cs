using System.Runtime.CompilerServices;
using PyBuild.Runtime.Exceptions;

namespace PyBuild.Runtime.Objects;

/// <summary>
/// The abstract object protocol (CPython's Objects/abstract.c and object.c): operators, hashing,
/// truth, repr/str, iteration and items, dispatching to user dunders before the built-in hooks.
/// </summary>
internal static partial class Ops
{
    private static readonly ConditionalWeakTable<PyObject, object> Ids = new();
    private static long nextId = 0x7f0000001000;

    [ThreadStatic]
    private static HashSet<PyObject>? reprActive;

    public static PyException Error(PyType type, string message) => new(PyBaseException.Create(type, message));

    /// <summary><c>NameError: name 'x' is not defined</c>, with the <c>name</c> attribute CPython sets.</summary>
    public static PyException NameNotDefined(string name)
    {
        var e = PyBaseException.Create(ExceptionTypes.NameError, $"name '{name}' is not defined");
        e.Dict.SetItem("name", new PyStr(name));
        return new PyException(e);
    }

    public static PyException TypeError(string message) => Error(ExceptionTypes.TypeError, message);

    public static PyException ValueError(string message) => Error(ExceptionTypes.ValueError, message);

    public static PyException ZeroDivision(string message) => Error(ExceptionTypes.ZeroDivisionError, message);

    /// <summary>The error for anything the runtime does not implement yet; never a wrong result.</summary>
    public static PyException NotSupported(string what) => Error(ExceptionTypes.SystemError, "not supported yet: " + what);

    public static long Id(PyObject o)
    {
        var box = Ids.GetValue(o, _ => Interlocked.Add(ref nextId, 32));
        return (long)box;
    }

    public static bool ReprEnter(PyObject o) => (reprActive ??= new HashSet<PyObject>(ReferenceEqualityComparer.Instance)).Add(o);

    public static void ReprLeave(PyObject o) => reprActive?.Remove(o);

    public static string Repr(PyObject o)
    {
        if (!o.Type.IsHeapType) return o.Repr();
        var f = o.Type.Lookup("__repr__");
        if (f is null or PyBuiltinFunction) return o.Repr();
        var r = CallWithSelf(f, o, [], null);
        return r is PyStr s ? s.Value : throw TypeError($"__repr__ returned non-string (type {r.Type.Name})");
    }

    public static string Str(PyObject o)
    {
        if (o is PyStr s) return s.Value;
        if (!o.Type.IsHeapType) return o.Str();
        var f = o.Type.Lookup("__str__");
        if (f is PyBuiltinFunction bf) return bf.Owner == PyType.ObjectType ? Repr(o) : o.Str();
        if (f is null) return o.Str();
        var r = CallWithSelf(f, o, [], null);
        return r is PyStr rs ? rs.Value : throw TypeError($"__str__ returned non-string (type {r.Type.Name})");
    }

    /// <summary>str() for error reporting: never throws.</summary>
    public static string SafeStr(PyObject o)
    {
        try
        {
            return Str(o);
        }
        catch (PyException)
        {
            return "<exception str() failed>";
        }
    }

    public static long Hash(PyObject o)
    {
        if (o is PyStr s) return s.Hash();
        if (!o.Type.IsHeapType) return o.Hash();
        var f = o.Type.Lookup("__hash__");
        if (f == PyNone.Value) throw TypeError($"unhashable type: '{o.Type.Name}'");
        if (f is null or PyBuiltinFunction) return o.Hash();
        var r = CallWithSelf(f, o, [], null);
        if (r is not PyInt i) throw TypeError("__hash__ method should return an integer");
        return i.Hash();
    }

    public static bool IsTrue(PyObject o)
    {
        if (o is PyBool b) return b == PyBool.True;
        if (o == PyNone.Value) return false;
        if (!o.Type.IsHeapType) return o.IsTrue();
        var f = o.Type.LookupUserDunder("__bool__");
        if (f is not null)
        {
            var r = CallWithSelf(f, o, [], null);
            if (r is not PyBool rb) throw TypeError($"__bool__ should return bool, returned {r.Type.Name}");
            return rb == PyBool.True;
        }
        var len = o.Type.LookupUserDunder("__len__");
        if (len is not null) return Len(o) != 0;
        return o.IsTrue();
    }

    public static int Len(PyObject o)
    {
        if (o.Type.IsHeapType)
        {
            var f = o.Type.LookupUserDunder("__len__");
            if (f is not null)
            {
                // `__iter__ = None` declares the class not iterable.
                if (f == PyNone.Value) throw TypeError($"'{o.Type.Name}' object is not iterable");
                var r = CallWithSelf(f, o, [], null);
                if (r is not PyInt i) throw TypeError($"'{r.Type.Name}' object cannot be interpreted as an integer");
                if (i.Value.Sign < 0) throw ValueError("__len__() should return >= 0");
                return i.ToInt32();
            }
        }
        int n = o.Length();
        if (n < 0) throw TypeError($"object of type '{o.Type.Name}' has no len()");
        return n;
    }

    public static bool CompareResult(CompareKind op, int c) => op switch
    {
        CompareKind.Lt => c < 0,
        CompareKind.Le => c <= 0,
        CompareKind.Eq => c == 0,
        CompareKind.Ne => c != 0,
        CompareKind.Gt => c > 0,
        _ => c >= 0,
    };

    private static readonly string[] CompareSymbols = ["<", "<=", "==", "!=", ">", ">="];
    private static readonly string[] CompareDunders = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
    private static readonly CompareKind[] Swapped = [CompareKind.Gt, CompareKind.Ge, CompareKind.Eq, CompareKind.Ne, CompareKind.Lt, CompareKind.Le];

    public static PyObject RichCompare(PyObject a, PyObject b, CompareKind op)
    {
        if (a is PyInt ia && b is PyInt ib && ia.IsSmall && ib.IsSmall)
            return PyBool.From(CompareResult(op, ia.Small.CompareTo(ib.Small)));
        var ta = a.Type;
        var tb = b.Type;
        bool reflectedFirst = ta != tb && tb.IsHeapType && tb.IsSubtypeOf(ta) && tb.LookupUserDunder(CompareDunders[(int)Swapped[(int)op]]) is not null;
        PyObject? r;
        if (reflectedFirst)
        {
            r = TryCompare(b, a, Swapped[(int)op]);
            if (r is not null) return r;
        }
        r = TryCompare(a, b, op);
        if (r is not null) return r;
        if (!reflectedFirst)
        {
            r = TryCompare(b, a, Swapped[(int)op]);
            if (r is not null) return r;
        }
        return op switch
        {
            CompareKind.Eq => PyBool.From(ReferenceEquals(a, b)),
            CompareKind.Ne => PyBool.From(!ReferenceEquals(a, b)),
            _ => throw TypeError($"'{CompareSymbols[(int)op]}' not supported between instances of '{ta.Name}' and '{tb.Name}'"),
        };
    }

    private static PyObject? TryCompare(PyObject a, PyObject b, CompareKind op)
    {
        if (a.Type.IsHeapType)
        {
            var f = a.Type.LookupUserDunder(CompareDunders[(int)op]);
            if (f is not null)
            {
                var r = CallWithSelf(f, a, [b], null);
                return r == PyNotImplemented.Value ? null : r;
            }
            if (op == CompareKind.Ne && a.Type.LookupUserDunder("__eq__") is { } eq)
            {
                var r = CallWithSelf(eq, a, [b], null);
                return r == PyNotImplemented.Value ? null : PyBool.From(!IsTrue(r));
            }
        }
        var v = a.RichCompare(op, b);
        return v == PyNotImplemented.Value ? null : v;
    }

    public static bool EqualsBool(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        var r = RichCompare(a, b, CompareKind.Eq);
        return r is PyBool rb ? rb == PyBool.True : IsTrue(r);
    }

    /// <summary>Lexicographic comparison of sequences, as list and tuple compare.</summary>
    public static PyObject CompareSequences(PyObject[] a, int na, PyObject[] b, int nb, CompareKind op)
    {
        int i = 0;
        while (i < na && i < nb && EqualsBool(a[i], b[i])) i++;
        if (i >= na || i >= nb) return PyBool.From(CompareResult(op, na.CompareTo(nb)));
        if (op == CompareKind.Eq) return PyBool.False;
        if (op == CompareKind.Ne) return PyBool.True;
        return RichCompare(a[i], b[i], op);
    }

    public static bool Contains(PyObject container, PyObject item)
    {
        if (container.Type.IsHeapType)
        {
            var f = container.Type.LookupUserDunder("__contains__");
            if (f is not null) return IsTrue(CallWithSelf(f, container, [item], null));
        }
        var r = container.Contains(item);
        if (r is not null) return r.Value;
        var it = GetIter(container, $"argument of type '{container.Type.Name}' is not iterable");
        while (it.Next() is { } x)
        {
            if (EqualsBool(x, item)) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="o"/> is an iterator: a class with <c>__next__</c>, or a built-in iterator (its own iterator).</summary>
    public static bool IsIterator(PyObject o)
    {
        if (o.Type.IsHeapType) return o.Type.LookupUserDunder("__next__") is not null;
        if (o is PyGenerator g) return g.IsIterable;
        // Every built-in iterator type has __next__ (SlotWrappers.Iterator), as in CPython; nothing else does.
        return o.Type.Lookup("__next__") is not null;
    }

    public static PyObject GetIter(PyObject o, string? notIterableMessage = null)
    {
        if (o.Type.IsHeapType && o is not PyType)
        {
            var f = o.Type.LookupUserDunder("__iter__");
            if (f is not null)
            {
                // `__iter__ = None` declares the class not iterable.
                if (f == PyNone.Value) throw TypeError($"'{o.Type.Name}' object is not iterable");
                var r = CallWithSelf(f, o, [], null);
                if (r.Type.IsHeapType)
                {
                    if (r.Type.LookupUserDunder("__next__") is null)
                        throw TypeError($"iter() returned non-iterator of type '{r.Type.Name}'");
                    return r;
                }
                if (!IsIterator(r)) throw TypeError($"iter() returned non-iterator of type '{r.Type.Name}'");
                return r;
            }
            if (o.Type.Lookup("__iter__") is null && o.Type.LookupUserDunder("__getitem__") is not null) return new PyGetItemIterator(o);
        }
        if (notIterableMessage is not null && o is not (PyList or PyTuple or PyStr or PyDict or PySet or PyRange))
        {
            try
            {
                return o.Iter();
            }
            catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError)
            {
                throw TypeError(notIterableMessage);
            }
        }
        return o.Iter();
    }

    /// <summary>The next item of an iterator (native or user-defined), or null when exhausted.</summary>
    public static PyObject? Next(PyObject iterator)
    {
        if (iterator.Type.IsHeapType)
        {
            var f = iterator.Type.LookupUserDunder("__next__") ?? throw TypeError($"'{iterator.Type.Name}' object is not an iterator");
            if (f is PyFunction fn)
            {
                var r = Interpreter.Eval.CallFunctionCatching(fn, [iterator], out var error);
                if (error is null) return r;
                if (error.Type.IsSubtypeOf(ExceptionTypes.StopIteration)) return null;
                throw new PyException(error);
            }
            try
            {
                return CallWithSelf(f, iterator, [], null);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
            {
                return null;
            }
        }
        return iterator.Next();
    }

    /// <summary>The items of an iterable; <paramref name="notIterableMessage"/> replaces the usual TypeError text.</summary>
    public static PyObject[] ToArray(PyObject iterable, string? notIterableMessage = null)
    {
        switch (iterable)
        {
            case PyTuple t: return t.Items;
            case PyList l: return l.ToArray();
        }
        var list = new List<PyObject>();
        var it = GetIter(iterable, notIterableMessage ?? $"'{iterable.Type.Name}' object is not iterable");
        while (Next(it) is { } x) list.Add(x);
        return [.. list];
    }

    public static bool TryIndex(PyObject o, out PyInt value)
    {
        if (o is PyInt i) { value = i; return true; }
        if (o.Type.IsHeapType && o.Type.LookupUserDunder("__index__") is { } f)
        {
            var r = CallWithSelf(f, o, [], null);
            if (r is PyInt ri) { value = ri; return true; }
            throw TypeError($"__index__ returned non-int (type {r.Type.Name})");
        }
        value = null!;
        return false;
    }

    /// <summary>The value of an integer-like object as a long (CPython's <c>PyNumber_AsSsize_t</c>).</summary>
    public static long IndexValue(PyObject o)
    {
        if (!TryIndex(o, out var i)) throw TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
        if (!i.IsSmall) throw Error(ExceptionTypes.OverflowError, "Python int too large to convert to C ssize_t");
        return i.Small;
    }

    public static PyObject GetItem(PyObject o, PyObject key)
    {
        if (o.Type.IsHeapType && o is not PyType)
        {
            var f = o.Type.LookupUserDunder("__getitem__");
            if (f is not null) return CallWithSelf(f, o, [key], null);
        }
        return o.GetItem(key);
    }

    public static void SetItem(PyObject o, PyObject key, PyObject value)
    {
        if (o.Type.IsHeapType && o is not PyType)
        {
            var f = o.Type.LookupUserDunder("__setitem__");
            if (f is not null) { CallWithSelf(f, o, [key, value], null); return; }
        }
        o.SetItem(key, value);
    }

    public static void DelItem(PyObject o, PyObject key)
    {
        if (o.Type.IsHeapType && o is not PyType)
        {
            var f = o.Type.LookupUserDunder("__delitem__");
            if (f is not null) { CallWithSelf(f, o, [key], null); return; }
        }
        o.DelItem(key);
    }

    public static string QualNameOf(PyObject f) => f switch
    {
        PyFunction fn => fn.QualName,
        PyBuiltinFunction b => b.Owner is null ? b.Name : b.Owner.Name + "." + b.Name,
        _ => Repr(f),
    };

    /// <summary>CPython's <c>_PyObject_FunctionStr</c>: <c>module.qualname()</c>, without the module for builtins.</summary>
    public static string FunctionStr(PyObject f)
    {
        string qualname = QualNameOf(f);
        if (f is PyFunction { Module: PyStr { Value: var module } } && module != "builtins") return module + "." + qualname + "()";
        return qualname + "()";
    }

    /// <summary><c>format(value, spec)</c>.</summary>
    public static string Format(PyObject o, string spec)
    {
        if (o.Type.IsHeapType)
        {
            var f = o.Type.LookupUserDunder("__format__");
            if (f is not null)
            {
                var r = CallWithSelf(f, o, [new PyStr(spec)], null);
                return r is PyStr s ? s.Value : throw TypeError($"__format__ must return a str, not {r.Type.Name}");
            }
        }
        return Builtins.FormatSpec.Format(o, spec);
    }
}

/// <summary>The old sequence protocol: iterate by calling <c>__getitem__</c> with 0, 1, 2... until IndexError.</summary>
internal sealed class PyGetItemIterator(PyObject target) : PyObject
{
    private static readonly PyType IterType = SlotWrappers.Iterator(new("iterator", PyType.ObjectType));
    private int index;

    public override PyType Type => IterType;

    public override PyObject Iter() => this;

    public override PyObject? Next()
    {
        try
        {
            return Ops.GetItem(target, PyInt.From(index++));
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.IndexError) || e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            return null;
        }
    }
}
