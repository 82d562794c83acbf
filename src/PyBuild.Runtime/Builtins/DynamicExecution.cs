using System.Text;
using PyBuild.Compiler;
using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.Diagnostics;
using PyBuild.Runtime.Exceptions;
using PyBuild.Runtime.Interpreter;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Builtins;

/// <summary><c>globals</c>, <c>locals</c>, <c>eval</c> and <c>exec</c>: the builtins that need the calling frame or the compiler.</summary>
internal static class DynamicExecution
{
    private static Frame Caller() =>
        RuntimeState.Current.CurrentFrame ?? throw Ops.Error(ExceptionTypes.SystemError, "no current frame");

    public static PyObject Globals(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        Ops.CheckArgCount("globals", a, 0, 0);
        return Caller().Globals;
    }

    public static PyObject Locals(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        Ops.CheckArgCount("locals", a, 0, 0);
        return LocalsOf(Caller());
    }

    /// <summary>The locals mapping of a frame; for functions, a snapshot of the fast locals, as CPython 3.12 gives.</summary>
    public static PyDict LocalsOf(Frame f)
    {
        if (f.Locals is not null) return f.Locals;
        var d = new PyDict();
        var kinds = f.Code.Source.LocalsPlusKinds;
        for (int i = 0; i < f.Code.LocalsPlusCount; i++)
        {
            var v = f.Fast[i];
            if ((kinds[i] & (LocalKind.Cell | LocalKind.Free)) != 0 && v is PyCell cell) v = cell.Contents;
            if (v is not null) d.SetItem(f.Code.LocalNames[i], v);
        }
        return d;
    }

    public static PyObject EvalBuiltin(ReadOnlySpan<PyObject> a, PyTuple? k) => Run("eval", a, k, CompileMode.Eval);

    public static PyObject ExecBuiltin(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        Run("exec", a, k, CompileMode.Exec);
        return PyNone.Value;
    }

    private static PyObject Run(string fname, ReadOnlySpan<PyObject> a, PyTuple? k, CompileMode mode)
    {
        var args = Ops.BindArgs(fname, a, k, ["source", "globals", "locals"], 1, 1);
        var caller = Caller();
        var globals = args[1] is null || args[1] == PyNone.Value ? caller.Globals
            : args[1] as PyDict ?? throw Ops.TypeError($"{fname}() globals must be a dict, not {args[1]!.Type.Name}");
        PyDict locals = args[2] is PyDict ld ? ld : args[1] is PyDict ? globals : LocalsOf(caller);
        var builtins = RuntimeState.Current.Builtins;
        if (globals.GetItemOrNull("__builtins__") is null) globals.SetItem("__builtins__", RuntimeState.Current.Modules.GetItemOrNull("builtins")!);
        PyCode code = args[0] switch
        {
            PyCode c => c,
            PyStr s => Compile(mode == CompileMode.Eval ? s.Value.TrimStart(' ', '\t') : s.Value, mode),
            PyBytes b => Compile(Encoding.UTF8.GetString(b.Value), mode),
            _ => throw Ops.TypeError($"{fname}() arg 1 must be a string, bytes or code object"),
        };
        return Eval.Run(new Frame(code, globals, builtins, locals, null));
    }

    /// <summary><c>compile(source, filename, mode)</c>.</summary>
    public static PyObject CompileBuiltin(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        var args = Ops.BindArgs("compile", a, k, ["source", "filename", "mode", "flags", "dont_inherit", "optimize"], 3);
        var source = args[0] is PyStr s ? s.Value : args[0] is PyBytes b ? Encoding.UTF8.GetString(b.Value)
            : throw Ops.TypeError("compile() arg 1 must be a string, bytes or AST object");
        var mode = Ops.Str(args[2]!) switch
        {
            "exec" => CompileMode.Exec,
            "eval" => CompileMode.Eval,
            "single" => CompileMode.Single,
            _ => throw Ops.ValueError("compile() mode must be 'exec', 'eval' or 'single'"),
        };
        if (args[3] is PyInt { IsSmall: true, Small: not 0 }) throw Ops.NotSupported("compile() flags");
        return Compile(source, mode, Ops.Str(args[1]!));
    }

    private static PyCode Compile(string text, CompileMode mode, string filename = "<string>")
    {
        try
        {
            return new PyCode(PythonCompiler.Compile(Encoding.UTF8.GetBytes(text), filename, mode, 0));
        }
        catch (PythonSyntaxError e)
        {
            throw ToPythonSyntaxError(e);
        }
        catch (NotSupportedException e)
        {
            throw Ops.NotSupported(e.Message);
        }
    }

    /// <summary>The Python SyntaxError (or IndentationError, TabError) for a compile error.</summary>
    public static PyException ToPythonSyntaxError(PythonSyntaxError e)
    {
        var type = e.ErrorType switch
        {
            "IndentationError" => ExceptionTypes.IndentationError,
            "TabError" => ExceptionTypes.TabError,
            _ => ExceptionTypes.SyntaxError,
        };
        var details = new PyTuple([new PyStr(e.Filename), PyInt.From(e.Lineno), PyInt.From(e.Offset),
            e.Text is null ? PyNone.Value : new PyStr(e.Text), PyInt.From(e.EndLineno), PyInt.From(e.EndOffset)]);
        return new PyException(new PyBaseException(type, new PyTuple([new PyStr(e.Message), details])));
    }
}
