using PyBuild.Compiler.Bytecode;
using PyBuild.Runtime.Exceptions;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Interpreter;

/// <summary>
/// An executing code object: fast locals, cells and free variables, then the value stack, in one
/// array (CPython's <c>localsplus</c>). Frames link to their caller through <see cref="Back"/>.
/// </summary>
internal sealed class Frame
{
    public Frame(PyCode code, PyDict globals, PyDict builtins, PyDict? locals, PyFunction? function)
    {
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Locals = locals;
        Function = function;
        Fast = new PyObject?[code.FrameSize];
        Sp = code.LocalsPlusCount;
    }

    public PyCode Code { get; }

    public PyObject?[] Fast { get; }

    public PyDict Globals { get; private set; }

    public PyDict Builtins { get; private set; }

    /// <summary>The locals mapping of module and class bodies; null for functions.</summary>
    public PyDict? Locals { get; }

    public PyFunction? Function { get; private set; }

    /// <summary>
    /// Whether the frame goes back to its code for the next call once it returns: true for frames of
    /// plain function calls (<see cref="ForCall"/>), which nothing keeps after they return (tracebacks
    /// hold code and lines, not frames), false for generators, modules and class bodies.
    /// </summary>
    public bool Reusable { get; private set; }

    public int Pc { get; set; }

    public int Sp { get; set; }

    public Frame? Back { get; set; }

    /// <summary>For a frame running <c>__init__</c> on behalf of a class call: the new instance to return.</summary>
    public PyObject? InitSelf { get; set; }

    /// <summary>True once the frame has returned or raised (generators use it).</summary>
    public bool Finished { get; set; }

    /// <summary>The generator that owns this frame, if any.</summary>
    public PyGenerator? Generator { get; set; }

    /// <summary>A frame for calling <paramref name="fn"/>, with the arguments bound to its parameters.</summary>
    public static Frame ForCall(PyFunction fn, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var code = fn.Code;
        var frame = code.FreeFrame;
        if (frame is not null)
        {
            code.FreeFrame = frame.Back;
            code.FreeFrameCount--;
            frame.Back = null;
            // Usually the same function as last time: skip three stores, each with a GC write barrier.
            if (frame.Function != fn)
            {
                frame.Globals = fn.Globals;
                frame.Builtins = fn.Builtins;
                frame.Function = fn;
            }
        }
        else
        {
            frame = new Frame(code, fn.Globals, fn.Builtins, null, fn) { Reusable = !code.IsGenerator };
        }
        var fast = frame.Fast;
        if (kwnames is null && args.Length == code.ArgCount && code.HasSimpleArgs)
        {
            // A few stores beat the bulk copy's out-of-line call for the usual one to four arguments.
            Span<PyObject?> slots = fast;
            if (args.Length <= 4)
            {
                for (int i = 0; i < args.Length; i++) slots[i] = args[i];
            }
            else
            {
                ((ReadOnlySpan<PyObject?>)args).CopyTo(slots);
            }
            return frame;
        }
        BindSlow(fn, args, kwnames, fast);
        return frame;
    }

    /// <summary>
    /// Hands a returned <see cref="Reusable"/> frame back to its code, cleared, saving the next call two
    /// allocations. The code keeps a list of them, chained through <see cref="Back"/>, up to
    /// <see cref="MaxFreeFrames"/> deep: in fib(n - 1) + fib(n - 2) every other call is made while the last returned
    /// frame is already taken.
    /// </summary>
    public void Release()
    {
        // Null stores need neither a write barrier nor a type check, and a frame has few slots:
        // inline beats Array.Clear's out-of-line call.
        var fast = Fast;
        for (int i = 0; i < fast.Length; i++) fast[i] = null;
        Pc = 0;
        Sp = Code.LocalsPlusCount;
        InitSelf = null;
        Finished = false;
        var code = Code;
        // Deep recursion returns many frames at once: keep enough for the usual depths, not all.
        if (code.FreeFrameCount >= MaxFreeFrames)
        {
            Back = null;
            return;
        }
        Back = code.FreeFrame;
        code.FreeFrame = this;
        code.FreeFrameCount++;
    }

    private const int MaxFreeFrames = 64;

    // The slots as a span: stores skip the covariant-array check of a PyObject?[] store.
    private static void BindSlow(PyFunction fn, ReadOnlySpan<PyObject> args, PyTuple? kwnames, Span<PyObject?> fast)
    {
        var code = fn.Code;
        int argcount = code.ArgCount;
        int kwonly = code.KwOnlyArgCount;
        int total = argcount + kwonly;
        bool hasVarArgs = (code.Flags & CodeFlags.VarArgs) != 0;
        bool hasVarKw = (code.Flags & CodeFlags.VarKeywords) != 0;
        int nkw = kwnames?.Items.Length ?? 0;
        int npos = args.Length - nkw;
        var names = code.LocalNames;
        string fname = fn.QualName;

        int ncopy = Math.Min(npos, argcount);
        for (int i = 0; i < ncopy; i++) fast[i] = args[i];
        if (hasVarArgs)
        {
            fast[total] = npos > argcount ? new PyTuple(args[argcount..npos].ToArray()) : PyTuple.Empty;
        }
        else if (npos > argcount)
        {
            int ndef = fn.Defaults?.Length ?? 0;
            int kwGiven = 0;
            for (int k = 0; k < nkw; k++)
            {
                var kn = ((PyStr)kwnames!.Items[k]).Value;
                for (int j = argcount; j < total; j++) if (names[j].Value == kn) kwGiven++;
            }
            string takes = ndef > 0 ? $"from {argcount - ndef} to {argcount} positional arguments" : $"{argcount} positional argument{(argcount == 1 ? "" : "s")}";
            string given = kwGiven > 0
                ? $"{npos} positional argument{(npos == 1 ? "" : "s")} (and {kwGiven} keyword-only argument{(kwGiven == 1 ? "" : "s")}) were given"
                : $"{npos} {(npos == 1 ? "was" : "were")} given";
            throw Ops.TypeError($"{fname}() takes {takes} but {given}");
        }
        PyDict? kwdict = null;
        if (hasVarKw)
        {
            kwdict = new PyDict();
            fast[total + (hasVarArgs ? 1 : 0)] = kwdict;
        }
        List<string>? posOnlyAsKw = null;
        for (int k = 0; k < nkw; k++)
        {
            var key = (PyStr)kwnames!.Items[k];
            var value = args[npos + k];
            int idx = -1;
            for (int j = code.PosOnlyArgCount; j < total; j++)
            {
                if (ReferenceEquals(names[j], key) || names[j].Value == key.Value) { idx = j; break; }
            }
            if (idx < 0)
            {
                if (kwdict is not null)
                {
                    kwdict.SetItem(key, value);
                    continue;
                }
                for (int j = 0; j < code.PosOnlyArgCount; j++)
                {
                    if (names[j].Value == key.Value) (posOnlyAsKw ??= []).Add(key.Value);
                }
                if (posOnlyAsKw is not null) continue;
                throw Ops.TypeError($"{fname}() got an unexpected keyword argument '{key.Value}'");
            }
            if (fast[idx] is not null) throw Ops.TypeError($"{fname}() got multiple values for argument '{key.Value}'");
            fast[idx] = value;
        }
        if (posOnlyAsKw is not null)
            throw Ops.TypeError($"{fname}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posOnlyAsKw)}'");
        if (npos < argcount)
        {
            var defaults = fn.Defaults ?? [];
            int firstDefault = argcount - defaults.Length;
            List<string>? missing = null;
            for (int i = npos; i < argcount; i++)
            {
                if (fast[i] is not null) continue;
                if (i >= firstDefault) fast[i] = defaults[i - firstDefault];
                else (missing ??= []).Add(names[i].Value);
            }
            if (missing is not null) throw MissingArguments(fname, missing, "positional");
        }
        if (kwonly > 0)
        {
            List<string>? missing = null;
            for (int i = argcount; i < total; i++)
            {
                if (fast[i] is not null) continue;
                var d = fn.KwDefaults?.GetItemOrNull(names[i]);
                if (d is not null) fast[i] = d;
                else (missing ??= []).Add(names[i].Value);
            }
            if (missing is not null) throw MissingArguments(fname, missing, "keyword-only");
        }
    }

    private static PyException MissingArguments(string fname, List<string> missing, string kind)
    {
        var quoted = missing.ConvertAll(m => $"'{m}'");
        string list = quoted.Count switch
        {
            1 => quoted[0],
            2 => quoted[0] + " and " + quoted[1],
            _ => string.Join(", ", quoted.GetRange(0, quoted.Count - 1)) + ", and " + quoted[^1],
        };
        return Ops.TypeError($"{fname}() missing {missing.Count} required {kind} argument{(missing.Count == 1 ? "" : "s")}: {list}");
    }
}
