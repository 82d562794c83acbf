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
        => throw new NotSupportedException("not supported yet: parsing");

    /// <summary>Compiles source bytes to a code object, as <c>compile(source, filename, mode, optimize=optimize)</c>.</summary>
    public static CodeObject Compile(ReadOnlySpan<byte> source, string filename, CompileMode mode, int optimize)
        => Compile(Parse(source, filename, mode), filename, optimize);

    /// <summary>Compiles a parsed module; the AST is optimised in place.</summary>
    public static CodeObject Compile(Mod module, string filename, int optimize)
    {
        AstOptimizer.Optimize(module, optimize);
        var symbols = SymbolTable.Build(module, filename);
        return CodeGenerator.Compile(module, symbols, filename, optimize);
    }
}
