using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Exceptions;

/// <summary>One line of a traceback: a frame's code and the line it was executing.</summary>
/// <param name="Code">The code object.</param>
/// <param name="Line">The line number, or -1.</param>
/// <param name="Instruction">The instruction index, for locating columns.</param>
internal readonly record struct TracebackEntry(PyCode Code, int Line, int Instruction);

/// <summary>An instance of <c>BaseException</c> or any subclass, built-in or user-defined.</summary>
internal sealed class PyBaseException : PyObject
{
    private PyDict? dict;

    public PyBaseException(PyType type, PyTuple args)
    {
        Class = type;
        Args = args;
    }

    public PyType Class { get; set; }

    public PyTuple Args { get; set; }

    /// <summary>Innermost entry first; printing walks it backwards (outermost first), as CPython does.</summary>
    public List<TracebackEntry> Traceback { get; } = [];

    public PyObject? Cause { get; set; }

    public PyObject? Context { get; set; }

    public bool SuppressContext { get; set; }

    public List<PyObject>? Notes { get; set; }

    /// <summary>For <c>BaseExceptionGroup</c> instances: the nested exceptions (<c>exceptions</c>); null otherwise.</summary>
    public PyTuple? GroupExceptions { get; init; }

    /// <summary>For a group made by <c>split</c>: the group whose traceback, cause, context and notes it copied.</summary>
    public PyBaseException? MetadataOrigin { get; set; }

    public override PyType Type => Class;

    public override PyDict Dict => dict ??= new PyDict();

    public static PyBaseException Create(PyType type, string message) => new(type, new PyTuple([new PyStr(message)]));

    public static PyBaseException Create(PyType type, PyObject arg) => new(type, new PyTuple([arg]));

    public override string Str()
    {
        if (GroupExceptions is { } group)
            return $"{Ops.Str(Args.Items[0])} ({group.Items.Length} sub-exception{(group.Items.Length == 1 ? "" : "s")})";
        if (Class.IsSubtypeOf(ExceptionTypes.KeyError) && Args.Items.Length == 1) return Ops.Repr(Args.Items[0]);
        if (Class.IsSubtypeOf(ExceptionTypes.OSError) && Dict.GetItemOrNull("strerror") is { } strerror && strerror != PyNone.Value)
        {
            // CPython's OSError.__str__: "[Errno N] text", then ": 'file'" and " -> 'file2'" when known.
            var text = $"[Errno {Ops.Str(Dict.GetItemOrNull("errno")!)}] {Ops.Str(strerror)}";
            if (Dict.GetItemOrNull("filename") is { } f && f != PyNone.Value)
            {
                text += ": " + Ops.Repr(f);
                if (Dict.GetItemOrNull("filename2") is { } f2 && f2 != PyNone.Value) text += " -> " + Ops.Repr(f2);
            }
            return text;
        }
        if (Class.IsSubtypeOf(ExceptionTypes.SyntaxError) && Args.Items is [var msg, PyTuple { Items: [var file, var line, ..] }])
            return $"{Ops.Str(msg)} ({(file is PyStr path ? Path.GetFileName(path.Value) : Ops.Str(file))}, line {Ops.Str(line)})";
        return Args.Items.Length switch
        {
            0 => "",
            1 => Ops.Str(Args.Items[0]),
            _ => Ops.Repr(Args),
        };
    }

    public override string Repr()
    {
        var name = Class.Name;
        if (Args.Items.Length == 1) return $"{name}({Ops.Repr(Args.Items[0])})";
        return name + (Args.Items.Length == 0 ? "()" : Ops.Repr(Args));
    }

    public override PyObject? GetSpecialAttr(string name)
    {
        switch (name)
        {
            case "args": return Args;
            case "__cause__": return Cause ?? PyNone.Value;
            case "__context__": return Context ?? PyNone.Value;
            case "__suppress_context__": return PyBool.From(SuppressContext);
            case "__traceback__": return Traceback.Count == 0 ? PyNone.Value : new PyTracebackObject(this);
            case "__notes__" when Notes is not null: return new PyList([.. Notes]);
            case "message" when GroupExceptions is not null: return Args.Items[0];
            case "exceptions" when GroupExceptions is not null: return GroupExceptions;
        }
        if (Class.IsSubtypeOf(ExceptionTypes.SyntaxError) && Args.Items is [var msg, PyTuple { Items: var d }] && d.Length >= 4)
        {
            int ix = name switch { "filename" => 0, "lineno" => 1, "offset" => 2, "text" => 3, "end_lineno" => 4, "end_offset" => 5, _ => -1 };
            if (name == "msg") return msg;
            if (ix >= 0) return ix < d.Length ? d[ix] : PyNone.Value;
        }
        if (Class.IsSubtypeOf(ExceptionTypes.StopIteration) && name == "value")
            return Dict.GetItemOrNull("value") ?? (Args.Items.Length > 0 ? Args.Items[0] : PyNone.Value);
        if (Class.IsSubtypeOf(ExceptionTypes.SystemExit) && name == "code")
            return Dict.GetItemOrNull("code") ?? (Args.Items.Length == 0 ? PyNone.Value : Args.Items.Length == 1 ? Args.Items[0] : Args);
        return null;
    }

    public override bool SetSpecialAttr(string name, PyObject value)
    {
        switch (name)
        {
            case "args": Args = value as PyTuple ?? new PyTuple(Ops.ToArray(value)); return true;
            case "__cause__":
                if (value != PyNone.Value && value is not PyBaseException) throw Ops.TypeError("exception cause must be None or derive from BaseException");
                Cause = value == PyNone.Value ? null : value;
                SuppressContext = true;
                return true;
            case "__context__":
                if (value != PyNone.Value && value is not PyBaseException) throw Ops.TypeError("exception context must be None or derive from BaseException");
                Context = value == PyNone.Value ? null : value;
                return true;
            case "__suppress_context__": SuppressContext = Ops.IsTrue(value); return true;
            case "__traceback__": if (value == PyNone.Value) Traceback.Clear(); return true;
            default: return false;
        }
    }
}

/// <summary>
/// A <c>traceback</c> object: one entry of an exception's traceback, from the frame that caught it
/// (<c>__traceback__</c>) through <c>tb_next</c> to where it was raised. The exception's entry list
/// grows outward as it propagates, so an entry's index, counted from the raise, never changes.
/// </summary>
internal sealed class PyTracebackObject : PyObject
{
    private static readonly PyType TracebackType = new("traceback", PyType.ObjectType);

    private readonly int index;

    /// <summary>The outermost entry of <paramref name="exception"/>'s traceback so far.</summary>
    public PyTracebackObject(PyBaseException exception)
        : this(exception, exception.Traceback.Count - 1)
    {
    }

    private PyTracebackObject(PyBaseException exception, int index)
    {
        Exception = exception;
        this.index = index;
    }

    public PyBaseException Exception { get; }

    public override PyType Type => TracebackType;

    public override PyObject? GetSpecialAttr(string name)
    {
        if (index < 0 || index >= Exception.Traceback.Count) return null;
        var entry = Exception.Traceback[index];
        return name switch
        {
            "tb_lineno" => PyInt.From(entry.Line),
            "tb_next" => index > 0 ? new PyTracebackObject(Exception, index - 1) : PyNone.Value,
            _ => null,
        };
    }
}
