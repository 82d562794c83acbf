using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.CodeGen;
using PyBuild.Compiler.Symbols;
using PyBuild.Compiler.Syntax;

namespace PyBuild.Compiler;

/// <summary>
/// The one entry to the pipeline that the MSBuild task, the tool and the VM share: source text in,
/// AST or <see cref="CodeObject"/> out, as CPython 3.12's <c>ast.parse</c> and <c>compile()</c>.
/// Errors are thrown as <see cref="Diagnostics.PythonSyntaxError"/>; constructs not supported yet
/// throw <see cref="NotSupportedException"/> with a message starting "not supported yet".
/// </summary>
public static class PythonCompiler
{
    /// <summary>Parses source bytes (BOM and PEP 263 declarations honoured) to an AST.</summary>
    public static Mod Parse(ReadOnlySpan<byte> source, string filename, CompileMode mode)
    {
        byte[] bytes = source.ToArray();
        return OnLargeStack(() => Parsing.Parser.Parse(bytes, filename, mode));
    }

    /// <summary>Compiles source bytes to a code object, as <c>compile(source, filename, mode, optimize=optimize)</c>.</summary>
    public static CodeObject Compile(ReadOnlySpan<byte> source, string filename, CompileMode mode, int optimize)
    {
        byte[] bytes = source.ToArray();
        return OnLargeStack(() => CompileModule(Parsing.Parser.Parse(bytes, filename, mode), filename, optimize));
    }

    /// <summary>Compiles a parsed module; the AST is optimised in place.</summary>
    public static CodeObject Compile(Mod module, string filename, int optimize) =>
        OnLargeStack(() => CompileModule(module, filename, optimize));

    private static CodeObject CompileModule(Mod module, string filename, int optimize)
    {
        var future = FutureFeatures.Parse(module, filename);
        AstOptimizer.Optimize(module, optimize, filename);
        var symbols = SymbolTable.Build(module, filename, future.Annotations);
        return CodeGenerator.Compile(module, symbols, filename, optimize, future);
    }

    /// <summary>
    /// The passes recurse over the tree; CPython's nesting limits bound the depth, and a thread of
    /// its own with a large stack makes sure those limits, not the .NET stack, are what is reached.
    /// </summary>
    private static T OnLargeStack<T>(Func<T> work)
    {
        T? result = default;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
            }
        }, LargeStackBytes);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result!;
    }

    private const int LargeStackBytes = 256 * 1024 * 1024;
}
