using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Exceptions;

/// <summary>The built-in exception hierarchy of CPython 3.12.</summary>
internal static class ExceptionTypes
{
    public static readonly List<PyType> All = [];

    public static readonly PyType BaseException = CreateBase();
    public static readonly PyType BaseExceptionGroup = Make("BaseExceptionGroup", BaseException);
    public static readonly PyType GeneratorExit = Make("GeneratorExit", BaseException);
    public static readonly PyType KeyboardInterrupt = Make("KeyboardInterrupt", BaseException);
    public static readonly PyType SystemExit = Make("SystemExit", BaseException);
    public static readonly PyType Exception = Make("Exception", BaseException);
    public static readonly PyType ArithmeticError = Make("ArithmeticError", Exception);
    public static readonly PyType FloatingPointError = Make("FloatingPointError", ArithmeticError);
    public static readonly PyType OverflowError = Make("OverflowError", ArithmeticError);
    public static readonly PyType ZeroDivisionError = Make("ZeroDivisionError", ArithmeticError);
    public static readonly PyType AssertionError = Make("AssertionError", Exception);
    public static readonly PyType AttributeError = Make("AttributeError", Exception);
    public static readonly PyType BufferError = Make("BufferError", Exception);
    public static readonly PyType EOFError = Make("EOFError", Exception);
    public static readonly PyType ImportError = Make("ImportError", Exception);
    public static readonly PyType ModuleNotFoundError = Make("ModuleNotFoundError", ImportError);
    public static readonly PyType LookupError = Make("LookupError", Exception);
    public static readonly PyType IndexError = Make("IndexError", LookupError);
    public static readonly PyType KeyError = Make("KeyError", LookupError);
    public static readonly PyType MemoryError = Make("MemoryError", Exception);
    public static readonly PyType NameError = Make("NameError", Exception);
    public static readonly PyType UnboundLocalError = Make("UnboundLocalError", NameError);
    public static readonly PyType OSError = Make("OSError", Exception);
    public static readonly PyType FileNotFoundError = Make("FileNotFoundError", OSError);
    public static readonly PyType FileExistsError = Make("FileExistsError", OSError);
    public static readonly PyType PermissionError = Make("PermissionError", OSError);
    public static readonly PyType IsADirectoryError = Make("IsADirectoryError", OSError);
    public static readonly PyType NotADirectoryError = Make("NotADirectoryError", OSError);
    public static readonly PyType TimeoutError = Make("TimeoutError", OSError);
    public static readonly PyType ReferenceError = Make("ReferenceError", Exception);
    public static readonly PyType RuntimeError = Make("RuntimeError", Exception);
    public static readonly PyType NotImplementedError = Make("NotImplementedError", RuntimeError);
    public static readonly PyType RecursionError = Make("RecursionError", RuntimeError);
    public static readonly PyType StopAsyncIteration = Make("StopAsyncIteration", Exception);
    public static readonly PyType StopIteration = Make("StopIteration", Exception);
    public static readonly PyType SyntaxError = Make("SyntaxError", Exception);
    public static readonly PyType IndentationError = Make("IndentationError", SyntaxError);
    public static readonly PyType TabError = Make("TabError", IndentationError);
    public static readonly PyType SystemError = Make("SystemError", Exception);
    public static readonly PyType TypeError = Make("TypeError", Exception);
    public static readonly PyType ValueError = Make("ValueError", Exception);
    public static readonly PyType UnicodeError = Make("UnicodeError", ValueError);
    public static readonly PyType UnicodeDecodeError = Make("UnicodeDecodeError", UnicodeError);
    public static readonly PyType UnicodeEncodeError = Make("UnicodeEncodeError", UnicodeError);
    public static readonly PyType Warning = Make("Warning", Exception);
    public static readonly PyType DeprecationWarning = Make("DeprecationWarning", Warning);
    public static readonly PyType RuntimeWarning = Make("RuntimeWarning", Warning);
    public static readonly PyType UserWarning = Make("UserWarning", Warning);
    public static readonly PyType SyntaxWarning = Make("SyntaxWarning", Warning);
    public static readonly PyType FutureWarning = Make("FutureWarning", Warning);
    public static readonly PyType PendingDeprecationWarning = Make("PendingDeprecationWarning", Warning);
    public static readonly PyType ImportWarning = Make("ImportWarning", Warning);
    public static readonly PyType UnicodeWarning = Make("UnicodeWarning", Warning);
    public static readonly PyType BytesWarning = Make("BytesWarning", Warning);
    public static readonly PyType ResourceWarning = Make("ResourceWarning", Warning);
    public static readonly PyType EncodingWarning = Make("EncodingWarning", Warning);
    public static readonly PyType ExceptionGroup = MakeExceptionGroup();

    private static PyObject Construct(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int npos = args.Length - (kwnames?.Items.Length ?? 0);
        if (type.IsSubtypeOf(BaseExceptionGroup))
        {
            if (npos != args.Length) throw Ops.TypeError($"{type.Name}() takes no keyword arguments");
            return ExceptionGroups.Create(type, args);
        }
        if (type.IsSubtypeOf(ImportError)) return ConstructImportError(type, args, npos, kwnames);
        if (type.IsSubtypeOf(OSError) && npos == args.Length) return ConstructOSError(type, args);
        if (npos != args.Length && type != SystemExit)
            throw Ops.TypeError($"{type.Name}() takes no keyword arguments");
        return new PyBaseException(type, npos == 0 ? PyTuple.Empty : new PyTuple(args[..npos].ToArray()));
    }

    /// <summary>
    /// <c>OSError(errno, strerror[, filename[, winerror[, filename2]]])</c>: sets the attributes, and
    /// <c>OSError</c> itself becomes the subclass its errno names (2 gives FileNotFoundError).
    /// </summary>
    private static PyBaseException ConstructOSError(PyType type, ReadOnlySpan<PyObject> args)
    {
        if (type == OSError && args.Length is >= 2 and <= 5 && args[0] is PyInt { IsSmall: true } code)
        {
            type = code.Small switch
            {
                2 => FileNotFoundError,
                17 => FileExistsError,
                1 or 13 => PermissionError,
                20 => NotADirectoryError,
                21 => IsADirectoryError,
                110 => TimeoutError,
                _ => OSError,
            };
        }
        var shown = args.Length is >= 3 and <= 5 ? args[..2] : args;
        var e = new PyBaseException(type, new PyTuple(shown.ToArray()));
        bool full = args.Length is >= 2 and <= 5;
        e.Dict.SetItem("errno", full ? args[0] : PyNone.Value);
        e.Dict.SetItem("strerror", full ? args[1] : PyNone.Value);
        e.Dict.SetItem("filename", full && args.Length >= 3 ? args[2] : PyNone.Value);
        e.Dict.SetItem("filename2", full && args.Length >= 5 ? args[4] : PyNone.Value);
        return e;
    }

    /// <summary>ImportError takes the keywords <c>name</c>, <c>path</c> and <c>name_from</c>; <c>msg</c> is its single argument.</summary>
    private static PyBaseException ConstructImportError(PyType type, ReadOnlySpan<PyObject> args, int npos, PyTuple? kwnames)
    {
        var e = new PyBaseException(type, npos == 0 ? PyTuple.Empty : new PyTuple(args[..npos].ToArray()));
        e.Dict.SetItem("msg", npos == 1 ? args[0] : PyNone.Value);
        e.Dict.SetItem("name", PyNone.Value);
        e.Dict.SetItem("path", PyNone.Value);
        e.Dict.SetItem("name_from", PyNone.Value);
        for (int i = npos; i < args.Length; i++)
        {
            string key = ((PyStr)kwnames!.Items[i - npos]).Value;
            if (key is not ("name" or "path" or "name_from"))
                throw Ops.TypeError($"'{key}' is an invalid keyword argument for {type.Name}()");
            e.Dict.SetItem(key, args[i]);
        }
        return e;
    }

    private static PyType Make(string name, PyType baseType)
    {
        var t = new PyType(name, baseType, Construct);
        All.Add(t);
        return t;
    }

    // ExceptionGroup derives from both BaseExceptionGroup and Exception, so `except Exception` catches it.
    private static PyType MakeExceptionGroup()
    {
        ExceptionGroups.AddMethods(BaseExceptionGroup);
        var t = PyType.CreateBuiltin("ExceptionGroup", [BaseExceptionGroup, Exception], Construct);
        All.Add(t);
        return t;
    }

    private static PyType CreateBase()
    {
        var t = new PyType("BaseException", PyType.ObjectType, Construct);
        All.Add(t);
        t.AddMethod("__init__", (a, k) =>
        {
            if (a[0] is PyBaseException e) e.Args = new PyTuple(a[1..].ToArray());
            return PyNone.Value;
        });
        t.AddMethod("__str__", (a, k) => new PyStr(a[0].Str()));
        t.AddMethod("__repr__", (a, k) => new PyStr(a[0].Repr()));
        t.AddMethod("with_traceback", (a, k) => a[0]);
        t.AddMethod("add_note", (a, k) =>
        {
            var e = (PyBaseException)a[0];
            if (a[1] is not PyStr) throw Ops.TypeError($"note must be a str, not '{a[1].Type.Name}'");
            (e.Notes ??= []).Add(a[1]);
            return PyNone.Value;
        });
        return t;
    }
}
