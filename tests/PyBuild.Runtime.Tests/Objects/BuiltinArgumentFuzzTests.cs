using System.Numerics;
using PyBuild.Runtime.Builtins;
using PyBuild.Runtime.Exceptions;
using PyBuild.Runtime.Interpreter;
using PyBuild.Runtime.Modules;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Tests.Objects;

/// <summary>
/// Calls the core built-in types, every native method of theirs and every function of the builtins module,
/// with no arguments, too many, arguments of the wrong types and unexpected keywords. Whatever the
/// outcome, it must be a Python exception (or a result): a .NET exception escaping a builtin is a
/// runtime bug that CPython would never show.
/// </summary>
[TestClass]
public sealed class BuiltinArgumentFuzzTests
{
    /// <summary>Functions that read the caller's frame, stop the program or reach the outside world; they are not fuzzed.</summary>
    private static readonly HashSet<string> SkippedBuiltins =
        ["print", "input", "open", "exit", "quit", "help", "breakpoint", "__import__", "__build_class__", "exec", "eval", "compile", "globals", "locals", "vars", "dir"];

    /// <summary>Operations that would run (practically) forever with a huge operand.</summary>
    private static readonly string[] NoHugeOperand = ["pow", "lshift", "mul", "center", "ljust", "rjust", "zfill", "expandtabs", "to_bytes", "factorial", "comb", "perm", "ldexp", "repeat", "rotate", "prod"];

    [TestMethod]
    public void BuiltinMethodsRaiseOnlyPythonExceptionsForBadArguments()
    {
        var failures = RunWithRuntime(() =>
        {
            var found = new List<string>();
            var samples = new (string Name, Func<PyObject> Make)[]
            {
                ("str", () => new PyStr("abc")),
                ("bytes", () => new PyBytes([97, 98])),
                ("bytearray", () => new PyByteArray([97, 98])),
                ("memoryview", () => PyMemoryView.Of(new PyByteArray([97, 98]))),
                ("list", () => new PyList([PyInt.From(1), PyInt.From(2)])),
                ("dict", () => { var d = new PyDict(); d.SetItem(PyInt.From(1), PyInt.From(2)); return d; }),
                ("set", () => new PySet(false, [PyInt.From(1)])),
                ("frozenset", () => new PySet(true, [PyInt.From(1)])),
                ("tuple", () => new PyTuple([PyInt.From(1), PyInt.From(2)])),
                ("int", () => PyInt.From(5)),
                ("bool", () => PyBool.True),
                ("float", () => PyFloat.From(2.5)),
                ("complex", () => new PyComplex(1, 2)),
                ("range", () => new PyRange(0, 3, 1)),
                ("deque", () => new PyBuild.Runtime.Modules.Collections.PyDeque(-1)),
            };
            foreach (var (typeName, make) in samples)
            {
                var type = make().Type;
                foreach (var (args, kwnames, label) in BadCalls(typeName))
                {
                    var error = TryCall(() => Ops.Call(type, args, kwnames));
                    if (error is not null) found.Add($"{typeName}({label}): {error}");
                }
                foreach (var (key, entry) in type.Dict.Items().ToArray())
                {
                    var name = ((PyStr)key).Value;
                    if (name == "__new__" || entry is not (PyBuiltinFunction or PyClassMethod)) continue;
                    foreach (var (args, kwnames, label) in BadCalls(name))
                    {
                        var error = TryCall(() => Ops.Call(Ops.GetAttr(make(), name), args, kwnames));
                        if (error is not null) found.Add($"{typeName}.{name}({label}): {error}");
                    }
                }
            }
            var builtins = RuntimeState.Current.Builtins;
            foreach (var (key, value) in builtins.Items().ToArray())
            {
                var name = ((PyStr)key).Value;
                if (SkippedBuiltins.Contains(name) || value is not PyBuiltinFunction f) continue;
                foreach (var (args, kwnames, label) in BadCalls(name))
                {
                    var error = TryCall(() => Ops.Call(f, args, kwnames));
                    if (error is not null) found.Add($"{name}({label}): {error}");
                }
            }
            return found;
        });
        Assert.AreEqual(0, failures.Count, string.Join("\n", failures.Take(40)));
    }

    [TestMethod]
    public void ModuleFunctionsRaiseOnlyPythonExceptionsForBadArguments()
    {
        var failures = RunWithRuntime(() =>
        {
            var found = new List<string>();
            foreach (var module in new[] { MathModule.Create(), OperatorModule.Create(), FunctoolsModule.Create(), ItertoolsModule.Create() })
            {
                foreach (var (key, value) in module.ModuleDict.Items().ToArray())
                {
                    var name = ((PyStr)key).Value;
                    if (name.StartsWith('_') || value is not (PyBuiltinFunction or PyType)) continue;
                    foreach (var (args, kwnames, label) in BadCalls(name))
                    {
                        var error = TryCall(() => Ops.Call(value, args, kwnames));
                        if (error is not null) found.Add($"{module.Name}.{name}({label}): {error}");
                    }
                }
            }
            return found;
        });
        Assert.AreEqual(0, failures.Count, string.Join("\n", failures.Take(40)));
    }

    [TestMethod]
    public void MissingArgumentsGiveCPythonsMessages()
    {
        // Expected messages from CPython 3.12.1.
        var cases = new (string Method, PyObject Self, PyObject[] Args, string Message)[]
        {
            ("rjust", new PyStr("a"), [], "rjust expected at least 1 argument, got 0"),
            ("count", new PyStr("abc"), [], "count() takes at least 1 argument (0 given)"),
            ("split", new PyStr("a"), [PyInt.From(1)], "must be str or None, not int"),
            ("append", new PyList(), [], "list.append() takes exactly one argument (0 given)"),
            ("copy", new PyList(), [PyInt.From(1)], "list.copy() takes no arguments (1 given)"),
            ("pop", new PyList(), [PyInt.From(1), PyInt.From(2)], "pop expected at most 1 argument, got 2"),
            ("__add__", PyInt.From(1), [], "expected 1 argument, got 0"),
        };
        var messages = RunWithRuntime(() =>
        {
            var got = new List<string>();
            foreach (var c in cases)
            {
                try
                {
                    Ops.Call(Ops.GetAttr(c.Self, c.Method), c.Args, null);
                    got.Add("no error");
                }
                catch (PyException e)
                {
                    got.Add(e.Value.Type.Name + ": " + Ops.Str(e.Value));
                }
            }
            return got;
        });
        for (int i = 0; i < cases.Length; i++) Assert.AreEqual("TypeError: " + cases[i].Message, messages[i], cases[i].Method);
        var ascii = RunWithRuntime(() =>
        {
            try
            {
                Ops.Call(RuntimeState.Current.Builtins.GetItemOrNull("ascii")!, [], null);
                return "no error";
            }
            catch (PyException e)
            {
                return Ops.Str(e.Value);
            }
        });
        Assert.AreEqual("ascii() takes exactly one argument (0 given)", ascii);
    }

    /// <summary>Argument lists that do not fit most signatures: none, too many, wrong types, stray keywords.</summary>
    private static IEnumerable<(PyObject[] Args, PyTuple? KwNames, string Label)> BadCalls(string name)
    {
        yield return ([], null, "");
        var nine = new PyObject[9];
        for (int i = 0; i < nine.Length; i++) nine[i] = PyInt.From(i);
        yield return (nine, null, "9 ints");
        bool hugeAllowed = !Array.Exists(NoHugeOperand, name.Contains);
        foreach (var v in WrongValues(hugeAllowed))
        {
            for (int n = 1; n <= 3; n++)
            {
                var args = new PyObject[n];
                Array.Fill(args, v);
                yield return (args, null, $"{n} x {v.Type.Name}");
            }
        }
        foreach (var kw in new[] { "zzz", "sep", "key", "start", "encoding" })
        {
            yield return ([PyInt.From(1)], new PyTuple([new PyStr(kw)]), kw + "=1");
            yield return ([new PyStr("x"), PyInt.From(1)], new PyTuple([new PyStr(kw)]), "'x', " + kw + "=1");
        }
    }

    private static IEnumerable<PyObject> WrongValues(bool huge)
    {
        yield return PyNone.Value;
        yield return PyInt.From(1);
        yield return PyInt.From(-1);
        yield return new PyStr("x");
        yield return new PyStr("");
        yield return PyFloat.From(2.5);
        yield return new PyBytes([120]);
        yield return new PyList([PyInt.From(1)]);
        yield return new PyTuple([PyInt.From(1)]);
        yield return new PyDict();
        if (huge) yield return PyInt.From(BigInteger.Pow(2, 64));
    }

    /// <summary>Null when the call returned or raised a Python exception; else the .NET exception's description.</summary>
    private static string? TryCall(Func<PyObject> call)
    {
        try
        {
            call();
            return null;
        }
        catch (PyException)
        {
            return null;
        }
        catch (Exception e)
        {
            return e.GetType().Name + ": " + e.Message;
        }
    }

    /// <summary>Runs <paramref name="body"/> on a thread with a fresh runtime state, as a program would.</summary>
    private static T RunWithRuntime<T>(Func<T> body)
    {
        T result = default!;
        Exception? crash = null;
        var thread = new Thread(() =>
        {
            try
            {
                var ts = new RuntimeState(TextWriter.Null, TextWriter.Null);
                RuntimeState.Current = ts;
                ts.Builtins = BuiltinFunctions.CreateBuiltins();
                ts.Modules.SetItem("builtins", new PyModule("builtins", ts.Builtins));
                result = body();
            }
            catch (Exception e)
            {
                crash = e;
            }
        }, 64 * 1024 * 1024);
        thread.Start();
        thread.Join();
        if (crash is not null) throw new AssertFailedException("runtime crashed: " + crash);
        return result;
    }
}
