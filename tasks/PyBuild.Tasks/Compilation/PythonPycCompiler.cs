using PyBuild.Compiler;
using PyBuild.Compiler.Marshal;
using PyBuild.Compiler.Parsing;

namespace PyBuild.Tasks.Compilation;

/// <summary>
/// The real compiler: the parser (collecting its warnings), <c>PythonCompiler.Compile</c>, then
/// <see cref="Pyc.Build"/>. The parser recurses as deep as CPython's limits allow, so call it on a
/// thread with a large stack (<see cref="PythonCompiler.ForEach"/>).
/// </summary>
internal sealed class PythonPycCompiler : IPycCompiler
{
    /// <summary>The one instance; the compiler is stateless.</summary>
    public static readonly PythonPycCompiler Instance = new();

    private PythonPycCompiler()
    {
    }

    /// <summary>The compiler assembly's module version id: it changes with every change of the compiler's code.</summary>
    public string Stamp { get; } = typeof(PythonCompiler).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <inheritdoc/>
    public PycCompilation Compile(byte[] source, string filename, int optimize, PycInvalidationMode mode, long sourceMtimeSeconds, long sourceSize)
    {
        var parserWarnings = new List<ParserWarning>();
        var module = Parser.Parse(source, filename, CompileMode.Exec, new ParserOptions { Warnings = parserWarnings });
        var code = PythonCompiler.Compile(module, filename, optimize, parserWarnings);
        var pyc = Pyc.Build(code, mode, sourceMtimeSeconds, sourceSize, source);
        if (parserWarnings.Count == 0)
        {
            return new PycCompilation(pyc, Array.Empty<CompileWarning>());
        }

        var warnings = new CompileWarning[parserWarnings.Count];
        for (int i = 0; i < warnings.Length; i++)
        {
            var w = parserWarnings[i];
            warnings[i] = new CompileWarning(w.Category, w.Message, w.Lineno, 0, 0, 0);
        }

        return new PycCompilation(pyc, warnings);
    }

    /// <inheritdoc/>
    public byte[] SourceHash(ReadOnlySpan<byte> source) => Compiler.Marshal.SourceHash.Compute(source);
}
