using PyBuild.Compiler;
using PyBuild.Compiler.Marshal;

namespace PyBuild.Tasks.Compilation;

/// <summary>The real compiler: <c>PythonCompiler.Compile</c> then <see cref="Pyc.Build"/>.</summary>
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
        var code = PythonCompiler.Compile(source, filename, CompileMode.Exec, optimize);
        return new PycCompilation(Pyc.Build(code, mode, sourceMtimeSeconds, sourceSize, source), Array.Empty<CompileWarning>());
    }

    /// <inheritdoc/>
    public byte[] SourceHash(ReadOnlySpan<byte> source) => Compiler.Marshal.SourceHash.Compute(source);
}
