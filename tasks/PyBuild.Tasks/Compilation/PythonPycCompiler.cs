using PyBuild.Compiler;
using PyBuild.Compiler.Marshal;
using PyBuild.Compiler.Parsing;

namespace PyBuild.Tasks.Compilation;

/// <summary>
/// The compiler assembly itself, run by the JIT in MSBuild's process: <see cref="PythonCompiler.CompilePyc"/>.
/// Used where the package has no native build of the compiler for this platform (<see cref="NativePycCompiler"/>).
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
        var warnings = new List<ParserWarning>();
        byte[] pyc = PythonCompiler.CompilePyc(source, filename, optimize, mode, sourceMtimeSeconds, sourceSize, warnings);
        return PycCompilation.Of(pyc, warnings);
    }

    /// <inheritdoc/>
    public byte[] SourceHash(ReadOnlySpan<byte> source) => Compiler.Marshal.SourceHash.Compute(source);
}
