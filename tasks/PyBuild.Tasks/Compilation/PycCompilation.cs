namespace PyBuild.Tasks.Compilation;

/// <summary>The product of compiling one file: the pyc bytes and the warnings raised on the way.</summary>
/// <param name="Pyc">The whole pyc file.</param>
/// <param name="Warnings">SyntaxWarnings, in the order the compiler raised them.</param>
internal sealed record PycCompilation(byte[] Pyc, IReadOnlyList<CompileWarning> Warnings);
