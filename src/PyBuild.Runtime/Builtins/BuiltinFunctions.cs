using System.Globalization;
using System.Numerics;
using System.Text;
using PyBuild.Runtime.Exceptions;
using PyBuild.Runtime.Interpreter;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Builtins;

/// <summary>The <c>builtins</c> module: functions, types and exceptions.</summary>
internal static class BuiltinFunctions
{
    public static PyDict CreateBuiltins()
    {
        SlotWrappers.InstallAll();
        var d = new PyDict();
        void Add(string name, BuiltinFn fn) => d.SetItem(name, new PyBuiltinFunction(name, fn));
        void AddChecked(string name, ArgSpec spec, BuiltinFn fn) => d.SetItem(name, new PyBuiltinFunction(name, fn, spec: spec));

        foreach (var t in new[]
        {
            PyType.ObjectType, PyType.TypeType, PyInt.TypeObject, PyBool.TypeObject, PyFloat.TypeObject, PyComplex.TypeObject, PyStr.TypeObject,
            PyBytes.TypeObject, PyByteArray.TypeObject, PyMemoryView.TypeObject, PyTuple.TypeObject, PyList.TypeObject, PyDict.TypeObject, PySet.SetType, PySet.FrozenSetType,
            PyRange.TypeObject, PySlice.TypeObject, PyEnumerate.TypeObject, PyZip.TypeObject, PyMap.TypeObject,
            PyFilter.TypeObject, PyReversed.TypeObject, PyProperty.TypeObject, PyStaticMethod.TypeObject, PyClassMethod.TypeObject,
            PySuper.TypeObject,
        })
        {
            d.SetItem(t.Name, t);
        }
        foreach (var t in ExceptionTypes.All) d.SetItem(t.Name, t);
        d.SetItem("EnvironmentError", ExceptionTypes.OSError);
        d.SetItem("IOError", ExceptionTypes.OSError);
        d.SetItem("None", PyNone.Value);
        d.SetItem("True", PyBool.True);
        d.SetItem("False", PyBool.False);
        d.SetItem("NotImplemented", PyNotImplemented.Value);
        d.SetItem("Ellipsis", PyEllipsis.Value);
        d.SetItem("__name__", new PyStr("builtins"));
        d.SetItem("__debug__", PyBool.True);

        AsyncIterationBuiltins.AddTo(d);
        Add("print", Print);
        AddChecked("len", ArgSpec.OneArg, (a, k) => { return PyInt.From(Ops.Len(a[0])); });
        AddChecked("repr", ArgSpec.OneArg, (a, k) => { return new PyStr(Ops.Repr(a[0])); });
        AddChecked("ascii", ArgSpec.OneArg, (a, k) => new PyStr(Ascii(Ops.Repr(a[0]))));
        AddChecked("abs", ArgSpec.OneArg, (a, k) => { return Abs(a[0]); });
        Add("min", (a, k) => MinMax("min", a, k, CompareKind.Lt));
        Add("max", (a, k) => MinMax("max", a, k, CompareKind.Gt));
        AddChecked("sum", ArgSpec.Keywords(1, 1, 2, "iterable", "start"), Sum);
        Add("sorted", (a, k) =>
        {
            int npos = a.Length - (k?.Items.Length ?? 0);
            if (npos != 1) throw Ops.TypeError($"sorted expected 1 argument, got {npos}");
            var list = new PyList(Ops.ToArray(a[0]).ToArray());
            ListSort.Sort(list, a[1..], k);
            return list;
        });
        AddChecked("isinstance", ArgSpec.Positional(2, 2), (a, k) => { CheckClassInfo(a[1], "isinstance"); return PyBool.From(IsInstance(a[0], a[1])); });
        AddChecked("issubclass", ArgSpec.Positional(2, 2), (a, k) =>
        {
            if (a[0] is not PyType) throw Ops.TypeError("issubclass() arg 1 must be a class");
            CheckClassInfo(a[1], "issubclass");
            return PyBool.From(IsSubclass((PyType)a[0], a[1]));
        });
        AddChecked("hasattr", ArgSpec.Positional(2, 2), (a, k) => { return PyBool.From(Ops.GetAttrOrNull(a[0], Ops.AttrName(a[1])) is not null); });
        AddChecked("getattr", ArgSpec.Positional(2, 3), (a, k) =>
        {
            var v = Ops.GetAttrOrNull(a[0], Ops.AttrName(a[1]));
            if (v is not null) return v;
            if (a.Length == 3) return a[2];
            throw Ops.AttributeError(a[0], ((PyStr)a[1]).Value);
        });
        AddChecked("setattr", ArgSpec.Positional(3, 3), (a, k) => { Ops.SetAttr(a[0], Ops.AttrName(a[1]), a[2]); return PyNone.Value; });
        AddChecked("delattr", ArgSpec.Positional(2, 2), (a, k) => { Ops.SetAttr(a[0], Ops.AttrName(a[1]), null); return PyNone.Value; });
        AddChecked("id", ArgSpec.OneArg, (a, k) => PyInt.From(Ops.Id(a[0])));
        AddChecked("hash", ArgSpec.OneArg, (a, k) => { return PyInt.From(Ops.Hash(a[0])); });
        AddChecked("ord", ArgSpec.OneArg, (a, k) =>
        {
            if (a[0] is PyStr s)
            {
                if (s.CodePointLength != 1) throw Ops.TypeError($"ord() expected a character, but string of length {s.CodePointLength} found");
                return PyInt.From(s.CodePointAt(0));
            }
            if (a[0] is PyBytes or PyByteArray && BytesLike.TryGetSpan(a[0], out var bytes))
            {
                if (bytes.Length == 1) return PyInt.From(bytes[0]);
                throw Ops.TypeError($"ord() expected a character, but string of length {bytes.Length} found");
            }
            throw Ops.TypeError($"ord() expected string of length 1, but {a[0].Type.Name} found");
        });
        AddChecked("chr", ArgSpec.OneArg, (a, k) =>
        {
            long c = Ops.IndexValue(a[0]);
            if (c < 0 || c > 0x10FFFF) throw Ops.ValueError("chr() arg not in range(0x110000)");
            if (c >= 0xD800 && c <= 0xDFFF) return new PyStr(((char)c).ToString());
            return PyStr.FromChar((int)c);
        });
        AddChecked("any", ArgSpec.OneArg, (a, k) =>
        {
            var it = Ops.GetIter(a[0], $"'{a[0].Type.Name}' object is not iterable");
            while (Ops.Next(it) is { } x) if (Ops.IsTrue(x)) return PyBool.True;
            return PyBool.False;
        });
        AddChecked("all", ArgSpec.OneArg, (a, k) =>
        {
            var it = Ops.GetIter(a[0], $"'{a[0].Type.Name}' object is not iterable");
            while (Ops.Next(it) is { } x) if (!Ops.IsTrue(x)) return PyBool.False;
            return PyBool.True;
        });
        AddChecked("divmod", ArgSpec.Positional(2, 2), (a, k) =>
        {
            return DivMod(a[0], a[1]);
        });
        AddChecked("pow", ArgSpec.Keywords(0, 2, 3, "base", "exp", "mod"), (a, k) =>
        {
            var args = Ops.BindArgs("pow", a, k, ["base", "exp", "mod"], 2);
            if (args[2] is null || args[2] == PyNone.Value) return Ops.BinaryOp(args[0]!, args[1]!, BinaryOpKind.Power);
            if (args[0] is PyInt b && args[1] is PyInt e && args[2] is PyInt m) return PyInt.PowMod(b, e, m);
            if (args[0]!.Type.LookupUserDunder("__pow__") is { } userPow)
            {
                var r = Ops.Call(userPow, [args[0]!, args[1]!, args[2]!], null);
                if (r != PyNotImplemented.Value) return r;
            }
            // CPython asks each operand's type in turn: a float refuses the modulus, a complex rejects it,
            // and when no type takes part the operation is unsupported.
            if (args[0] is PyFloat || args[1] is PyFloat || args[2] is PyFloat)
                throw Ops.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
            if (args[0] is PyComplex || args[1] is PyComplex || args[2] is PyComplex) throw Ops.ValueError("complex modulo");
            throw Ops.TypeError($"unsupported operand type(s) for ** or pow(): '{args[0]!.Type.Name}', '{args[1]!.Type.Name}', '{args[2]!.Type.Name}'");
        });
        AddChecked("round", ArgSpec.Keywords(0, 1, 2, "number", "ndigits"), Round);
        AddChecked("format", ArgSpec.Positional(1, 2), (a, k) => new PyStr(Ops.Format(a[0], a.Length > 1 ? ArgConversions.ClinicStr(a[1], "format", "argument 2") : "")));
        AddChecked("iter", ArgSpec.Positional(1, 2), (a, k) =>
        {
            if (a.Length == 2)
            {
                if (!IsCallable(a[0])) throw Ops.TypeError("iter(object, sentinel): object must be callable");
                return new PyCallableIterator(a[0], a[1]);
            }
            return Ops.GetIter(a[0], $"'{a[0].Type.Name}' object is not iterable");
        });
        AddChecked("next", ArgSpec.Positional(1, 2), (a, k) =>
        {
            var it = a[0];
            if (!it.Type.IsHeapType && (it is not (PyGenerator or PySeqIterator or PyRangeIterator or PyDictIterator or PyEnumerate or PyZip or PyMap or PyFilter or PyReversed or PyCallableIterator or PyGetItemIterator)
                && it.Type.Lookup("__next__") is null && !IsNativeIterator(it) || it is PyGenerator { IsIterable: false }))
                throw Ops.TypeError($"'{it.Type.Name}' object is not an iterator");
            if (it is PyGenerator g)
            {
                var v = g.Resume(PyNone.Value, null, out bool returned);
                if (!returned) return v;
                if (a.Length == 2) return a[1];
                throw new PyException(v == PyNone.Value ? new PyBaseException(ExceptionTypes.StopIteration, PyTuple.Empty) : PyBaseException.Create(ExceptionTypes.StopIteration, v));
            }
            var r = Ops.Next(it);
            if (r is not null) return r;
            if (a.Length == 2) return a[1];
            throw new PyException(new PyBaseException(ExceptionTypes.StopIteration, PyTuple.Empty));
        });
        AddChecked("callable", ArgSpec.OneArg, (a, k) => PyBool.From(IsCallable(a[0])));
        AddChecked("vars", ArgSpec.Positional(0, 1), (a, k) =>
        {
            if (a.Length == 0) return DynamicExecution.Locals(a, k);
            return a[0].Dict ?? throw Ops.TypeError("vars() argument must have __dict__ attribute");
        });
        AddChecked("dir", ArgSpec.Positional(0, 1), (a, k) =>
        {
            if (a.Length == 0)
            {
                var local = new PyList(Ops.ToArray(DynamicExecution.Locals(a, k)));
                ListSort.Sort(local, [], null);
                return local;
            }
            if (a[0] is not PyType && a[0].Type.LookupUserDunder("__dir__") is { } userDir)
            {
                var listed = new PyList(Ops.ToArray(Ops.CallWithSelf(userDir, a[0], [], null)));
                ListSort.Sort(listed, [], null);
                return listed;
            }
            var names = new SortedSet<string>(StringComparer.Ordinal);
            if (a[0].Dict is { } dd) foreach (var (key, _) in dd.Items()) names.Add(Ops.Str(key));
            var types = a[0] is PyType pt ? pt.Mro : a[0].Type.Mro;
            foreach (var t in types) foreach (var (key, _) in t.Dict.Items()) names.Add(Ops.Str(key));
            var list = new PyList();
            foreach (var n in names) list.Append(new PyStr(n));
            return list;
        });
        AddChecked("bin", ArgSpec.OneArg, (a, k) => new PyStr(FormatSpec.Format(IndexOf(a[0]), "#b")));
        AddChecked("oct", ArgSpec.OneArg, (a, k) => new PyStr(FormatSpec.Format(IndexOf(a[0]), "#o")));
        AddChecked("hex", ArgSpec.OneArg, (a, k) => new PyStr(FormatSpec.Format(IndexOf(a[0]), "#x")));
        Add("__build_class__", ClassCreation.BuildClass);
        Add("__import__", (a, k) =>
        {
            var args = Ops.BindArgs("__import__", a, k, ["name", "globals", "locals", "fromlist", "level"], 1);
            if (args[0] is not PyStr name) throw Ops.TypeError("module name must be a string");
            int level = args[4] is null ? 0 : (int)Ops.IndexValue(args[4]!);
            return Import.Importer.ImportModuleLevel(name.Value, args[1] as PyDict, args[3] ?? PyTuple.Empty, level);
        });
        AddChecked("globals", ArgSpec.NoArgs, DynamicExecution.Globals);
        AddChecked("locals", ArgSpec.NoArgs, DynamicExecution.Locals);
        Add("input", (a, k) => throw Ops.NotSupported("input()"));
        Add("open", (a, k) => throw Ops.NotSupported("open()"));
        Add("exec", DynamicExecution.ExecBuiltin);
        Add("eval", DynamicExecution.EvalBuiltin);
        Add("compile", DynamicExecution.CompileBuiltin);
        Add("exit", (a, k) => throw new PyException(new PyBaseException(ExceptionTypes.SystemExit, new PyTuple(a.ToArray()))));
        d.SetItem("quit", d.GetItemOrNull("exit")!);
        return d;
    }

    private static bool IsNativeIterator(PyObject o)
    {
        try
        {
            return ReferenceEquals(o.Iter(), o);
        }
        catch (PyException)
        {
            return false;
        }
    }

    private static PyInt IndexOf(PyObject o) =>
        Ops.TryIndex(o, out var i) ? i : throw Ops.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");

    public static bool IsCallable(PyObject o) => o switch
    {
        PyFunction or PyBuiltinFunction or PyBuiltinMethod or PyMethod or PyType => true,
        _ => o.Type.IsHeapType ? o.Type.LookupUserDunder("__call__") is not null : o is PyStaticMethod or Objects.Typing.PyGenericAlias,
    };

    public static string Ascii(string repr)
    {
        var sb = new StringBuilder(repr.Length);
        for (int i = 0; i < repr.Length; i++)
        {
            char c = repr[i];
            if (c < 0x80) sb.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < repr.Length)
            {
                sb.Append($"\\U{char.ConvertToUtf32(c, repr[i + 1]):x8}");
                i++;
            }
            else if (c <= 0xff) sb.Append($"\\x{(int)c:x2}");
            else sb.Append($"\\u{(int)c:x4}");
        }
        return sb.ToString();
    }

    private static PyObject Print(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        int nkw = k?.Items.Length ?? 0;
        int npos = a.Length - nkw;
        string sep = " ", end = "\n";
        PyObject? file = null;
        bool flush = false;
        for (int i = 0; i < nkw; i++)
        {
            var v = a[npos + i];
            switch (((PyStr)k!.Items[i]).Value)
            {
                case "sep": sep = v == PyNone.Value ? " " : v is PyStr ss ? ss.Value : throw Ops.TypeError($"sep must be None or a string, not {v.Type.Name}"); break;
                case "end": end = v == PyNone.Value ? "\n" : v is PyStr es ? es.Value : throw Ops.TypeError($"end must be None or a string, not {v.Type.Name}"); break;
                case "file": file = v == PyNone.Value ? null : v; break;
                case "flush": flush = Ops.IsTrue(v); break;
                default: throw Ops.TypeError($"'{((PyStr)k.Items[i]).Value}' is an invalid keyword argument for print()");
            }
        }
        var sb = new StringBuilder();
        for (int i = 0; i < npos; i++)
        {
            if (i > 0) sb.Append(sep);
            sb.Append(Ops.Str(a[i]));
        }
        sb.Append(end);
        var ts = RuntimeState.Current;
        file ??= ts.StdoutObject;
        if (file is PyTextStream stream)
        {
            stream.Write(sb.ToString());
            if (flush) stream.Writer.Flush();
        }
        else if (file is not null)
        {
            Ops.CallMethod(file, "write", new PyStr(sb.ToString()));
            if (flush && Ops.GetAttrOrNull(file, "flush") is { } fl) Ops.Call(fl);
        }
        return PyNone.Value;
    }

    /// <summary>
    /// The divmod of two numbers as <paramref name="owner"/>'s <c>__divmod__</c> computes it: int's takes
    /// only ints, float's ints and floats; null (NotImplemented) for anything else.
    /// </summary>
    internal static PyObject? NumericDivMod(PyObject x, PyObject y, PyType owner)
    {
        bool isFloat = owner == PyFloat.TypeObject;
        if (isFloat ? x is not (PyInt or PyFloat) || y is not (PyInt or PyFloat) : x is not PyInt || y is not PyInt) return null;
        if (isFloat && !y.IsTrue()) throw Ops.Error(ExceptionTypes.ZeroDivisionError, "float divmod()");
        return new PyTuple([Ops.BinaryOp(x, y, BinaryOpKind.FloorDivide), Ops.BinaryOp(x, y, BinaryOpKind.Remainder)]);
    }

    /// <summary>divmod(x, y): the numeric pair directly, else x.__divmod__ then y.__rdivmod__, with CPython's messages.</summary>
    private static PyObject DivMod(PyObject x, PyObject y)
    {
        if (x is PyInt or PyFloat && y is PyInt or PyFloat) return NumericDivMod(x, y, x is PyFloat || y is PyFloat ? PyFloat.TypeObject : PyInt.TypeObject)!;
        if (x.Type.IsHeapType && x.Type.LookupUserDunder("__divmod__") is { } dm)
        {
            var r = Ops.CallWithSelf(dm, x, [y], null);
            if (r != PyNotImplemented.Value) return r;
        }
        if (y.Type.IsHeapType && y.Type.LookupUserDunder("__rdivmod__") is { } rdm)
        {
            var r = Ops.CallWithSelf(rdm, y, [x], null);
            if (r != PyNotImplemented.Value) return r;
        }
        throw Ops.TypeError($"unsupported operand type(s) for divmod(): '{x.Type.Name}' and '{y.Type.Name}'");
    }

    private static PyObject Abs(PyObject x)
    {
        switch (x)
        {
            case PyBool b: return PyInt.From(b == PyBool.True ? 1 : 0);
            case PyInt i: return i.IsSmall && i.Small != long.MinValue ? PyInt.From(Math.Abs(i.Small)) : PyInt.From(BigInteger.Abs(i.Value));
            case PyFloat f: return PyFloat.From(Math.Abs(f.Value));
            case PyComplex c: return PyFloat.From(c.Abs());
        }
        if (x.Type.IsHeapType && x.Type.LookupUserDunder("__abs__") is { } fn) return Ops.CallWithSelf(fn, x, [], null);
        throw Ops.TypeError($"bad operand type for abs(): '{x.Type.Name}'");
    }

    private static PyObject MinMax(string name, ReadOnlySpan<PyObject> a, PyTuple? k, CompareKind op)
    {
        int nkw = k?.Items.Length ?? 0;
        int npos = a.Length - nkw;
        PyObject? key = null, dflt = null;
        if (npos == 0) throw Ops.TypeError($"{name} expected at least 1 argument, got 0");
        for (int i = 0; i < nkw; i++)
        {
            var kn = ((PyStr)k!.Items[i]).Value;
            if (kn == "key") key = a[npos + i] == PyNone.Value ? null : a[npos + i];
            else if (kn == "default") dflt = a[npos + i];
            else throw Ops.TypeError($"'{kn}' is an invalid keyword argument for {name}()");
        }
        PyObject[] items;
        if (npos == 1)
        {
            items = Ops.ToArray(a[0]);
        }
        else
        {
            if (dflt is not null) throw Ops.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
            items = a[..npos].ToArray();
        }
        if (items.Length == 0)
        {
            if (dflt is not null) return dflt;
            throw Ops.ValueError($"{name}() iterable argument is empty");
        }
        var best = items[0];
        var bestKey = key is null ? best : Ops.Call(key, best);
        for (int i = 1; i < items.Length; i++)
        {
            var kv = key is null ? items[i] : Ops.Call(key, items[i]);
            if (Ops.IsTrue(Ops.RichCompare(kv, bestKey, op)))
            {
                best = items[i];
                bestKey = kv;
            }
        }
        return best;
    }

    private static PyObject Sum(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        var args = Ops.BindArgs("sum", a, k, ["iterable", "start"], 1, 1);
        PyObject acc = args[1] ?? PyInt.From(0);
        if (acc is PyStr) throw Ops.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (acc is PyBytes) throw Ops.TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
        var it = Ops.GetIter(args[0]!, $"'{args[0]!.Type.Name}' object is not iterable");
        // Floats are added with Neumaier's compensation, as CPython 3.12's sum() does.
        double fsum = 0, comp = 0;
        bool floatMode = false;
        while (Ops.Next(it) is { } x)
        {
            if (!floatMode && acc is PyFloat af && (x is PyFloat || x.GetType() == typeof(PyInt)))
            {
                fsum = af.Value;
                comp = 0;
                floatMode = true;
            }
            if (floatMode)
            {
                double v;
                if (x is PyFloat xf) v = xf.Value;
                else if (x.GetType() == typeof(PyInt) && ((PyInt)x).IsSmall && Math.Abs(((PyInt)x).Small) < (1L << 53)) v = ((PyInt)x).Small;
                else
                {
                    acc = PyFloat.From(fsum + comp);
                    floatMode = false;
                    acc = Ops.BinaryOp(acc, x, BinaryOpKind.Add);
                    continue;
                }
                double t = fsum + v;
                if (Math.Abs(fsum) >= Math.Abs(v)) comp += (fsum - t) + v;
                else comp += (v - t) + fsum;
                fsum = t;
                continue;
            }
            acc = Ops.BinaryOp(acc, x, BinaryOpKind.Add);
            if (acc is PyFloat started)
            {
                fsum = started.Value;
                comp = 0;
                floatMode = true;
            }
        }
        return floatMode ? PyFloat.From(fsum + comp) : acc;
    }

    public static PyObject Round(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        var args = Ops.BindArgs("round", a, k, ["number", "ndigits"], 1);
        var x = args[0]!;
        var nd = args[1] is null || args[1] == PyNone.Value ? null : args[1];
        if (x is PyFloat f)
        {
            if (nd is null)
            {
                if (double.IsNaN(f.Value)) throw Ops.ValueError("cannot convert float NaN to integer");
                if (double.IsInfinity(f.Value)) throw Ops.Error(ExceptionTypes.OverflowError, "cannot convert float infinity to integer");
                return NumberConstructors.FloatToInt(Math.Round(f.Value, MidpointRounding.ToEven));
            }
            return PyFloat.From(RoundDouble(f.Value, (int)Ops.IndexValue(nd)));
        }
        if (x is PyInt i)
        {
            if (nd is null) return PyInt.From(i.Value);
            long n = Ops.IndexValue(nd);
            if (n >= 0) return PyInt.From(i.Value);
            var p = BigInteger.Pow(10, (int)-n);
            var q = PyInt.FloorDiv(i.Value, p);
            var r = i.Value - q * p;
            var twice = r * 2;
            if (twice > p || (twice == p && !q.IsEven)) q += 1;
            return PyInt.From(q * p);
        }
        if (x.Type.IsHeapType && x.Type.LookupUserDunder("__round__") is { } fn)
            return nd is null ? Ops.CallWithSelf(fn, x, [], null) : Ops.CallWithSelf(fn, x, [nd], null);
        throw Ops.TypeError($"type {x.Type.Name} doesn't define __round__ method");
    }

    /// <summary>Correctly rounded round(x, n): decide from the exact decimal expansion of x.</summary>
    private static double RoundDouble(double x, int ndigits)
    {
        if (double.IsNaN(x) || double.IsInfinity(x) || x == 0) return x;
        if (ndigits > 323) return x;
        if (ndigits < -308) return 0.0 * Math.Sign(x);
        var (num, den) = PyFloat.IntegerRatio(x);
        BigInteger scaledNum = num, scaledDen = den;
        if (ndigits >= 0) scaledNum *= BigInteger.Pow(10, ndigits);
        else scaledDen *= BigInteger.Pow(10, -ndigits);
        var q = BigInteger.DivRem(BigInteger.Abs(scaledNum), scaledDen, out var rem);
        var twice = rem * 2;
        if (twice > scaledDen || (twice == scaledDen && !q.IsEven)) q += 1;
        if (num.Sign < 0) q = -q;
        string text = ndigits >= 0 ? q.ToString(CultureInfo.InvariantCulture) + "e-" + ndigits.ToString(CultureInfo.InvariantCulture)
            : q.ToString(CultureInfo.InvariantCulture) + "e" + (-ndigits).ToString(CultureInfo.InvariantCulture);
        var result = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return result == 0 && x < 0 ? -0.0 : result;
    }

    private static void CheckClassInfo(PyObject classInfo, string fname)
    {
        if (classInfo is PyType) return;
        if (classInfo is PyTuple t)
        {
            foreach (var x in t.Items) CheckClassInfo(x, fname);
            return;
        }
        // CPython words the two checks differently: issubclass speaks of classes.
        throw Ops.TypeError(fname == "issubclass"
            ? "issubclass() arg 2 must be a class, a tuple of classes, or a union"
            : $"{fname}() arg 2 must be a type, a tuple of types, or a union");
    }

    public static bool IsInstance(PyObject o, PyObject classInfo)
    {
        if (classInfo is PyType t) return o.Type.IsSubtypeOf(t);
        if (classInfo is PyTuple tuple)
        {
            foreach (var x in tuple.Items) if (IsInstance(o, x)) return true;
        }
        return false;
    }

    private static bool IsSubclass(PyType c, PyObject classInfo)
    {
        if (classInfo is PyType t) return c.IsSubtypeOf(t);
        if (classInfo is PyTuple tuple)
        {
            foreach (var x in tuple.Items) if (IsSubclass(c, x)) return true;
        }
        return false;
    }
}
