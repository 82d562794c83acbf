using PyBuild.Compiler.Marshal;

namespace PyBuild.Tasks.Compilation;

/// <summary>
/// What the task needs from the compiler: source bytes to a whole pyc, and the source hash that
/// hash-based pycs carry. A seam so the task's decisions are tested without the real compiler.
/// </summary>
internal interface IPycCompiler
{
    /// <summary>
    /// Identifies this build of the compiler; pycs recorded under another stamp are recompiled,
    /// since a different compiler may write different bytes for the same source.
    /// </summary>
    string Stamp { get; }

    /// <summary>
    /// Compiles <paramref name="source"/> to a whole pyc (header included). Throws
    /// <see cref="PyBuild.Compiler.Diagnostics.PythonSyntaxError"/> for a syntax error and
    /// <see cref="NotSupportedException"/> for what the compiler does not handle yet.
    /// </summary>
    PycCompilation Compile(byte[] source, string filename, int optimize, PycInvalidationMode mode, long sourceMtimeSeconds, long sourceSize);

    /// <summary>The 8-byte source hash of a hash-based pyc header, as CPython's <c>importlib.util.source_hash</c>.</summary>
    byte[] SourceHash(ReadOnlySpan<byte> source);
}
