using PyBuild.Compiler.Parsing;

namespace PyBuild.Tasks.Compilation;

/// <summary>The product of compiling one file: the pyc bytes and the warnings raised on the way.</summary>
/// <param name="Pyc">The whole pyc file.</param>
/// <param name="Warnings">SyntaxWarnings, in the order the compiler raised them.</param>
internal sealed record PycCompilation(byte[] Pyc, IReadOnlyList<CompileWarning> Warnings)
{
    /// <summary>The compilation of a pyc with the compiler's warnings (which carry a line only).</summary>
    public static PycCompilation Of(byte[] pyc, IReadOnlyList<ParserWarning> warnings)
    {
        if (warnings.Count == 0)
        {
            return new PycCompilation(pyc, Array.Empty<CompileWarning>());
        }

        var converted = new CompileWarning[warnings.Count];
        for (int i = 0; i < converted.Length; i++)
        {
            var w = warnings[i];
            converted[i] = new CompileWarning(w.Category, w.Message, w.Lineno, 0, 0, 0);
        }

        return new PycCompilation(pyc, converted);
    }
}
