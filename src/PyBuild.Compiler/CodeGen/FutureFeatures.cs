using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.Syntax;

namespace PyBuild.Compiler.CodeGen;

/// <summary>
/// The <c>from __future__ import ...</c> statements at the top of a module (CPython's future.c):
/// the code flags they set, where the last one is, and their compile-time errors.
/// </summary>
internal sealed class FutureFeatures
{
    private FutureFeatures(CodeFlags flags, int line, int column)
    {
        Flags = flags;
        Line = line;
        Column = column;
    }

    /// <summary>
    /// The <c>CO_FUTURE_*</c> flags every code object of the module carries. Only <c>annotations</c>
    /// and <c>barry_as_FLUFL</c> still set one in 3.12; the other features are always on.
    /// </summary>
    public CodeFlags Flags { get; }

    /// <summary>Whether <c>from __future__ import annotations</c> is in effect.</summary>
    public bool Annotations => (Flags & CodeFlags.FutureAnnotations) != 0;

    /// <summary>Line of the last future statement at the top (-1 when there is none).</summary>
    public int Line { get; }

    /// <summary>Column of the last future statement at the top (-1 when there is none).</summary>
    public int Column { get; }

    /// <summary>Whether a future statement at <paramref name="s"/> comes after the ones allowed at the top.</summary>
    public bool IsMisplaced(Stmt s) => s.Lineno > Line || (s.Lineno == Line && s.ColOffset > Column);

    public static FutureFeatures Parse(Mod module, string filename)
    {
        var flags = CodeFlags.None;
        int line = -1, column = -1;
        if (module is Module { Body: var body })
        {
            int i = body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: var doc } } && StrConstant.IsStr(doc) ? 1 : 0;
            for (; i < body.Count; i++)
            {
                if (body[i] is not ImportFrom { Level: 0 or null, Module: "__future__" } import) break;
                foreach (var alias in import.Names)
                {
                    flags |= alias.Name switch
                    {
                        "nested_scopes" or "generators" or "division" or "absolute_import" or "with_statement"
                            or "print_function" or "unicode_literals" or "generator_stop" => CodeFlags.None,
                        "barry_as_FLUFL" => (CodeFlags)0x400000,
                        "annotations" => CodeFlags.FutureAnnotations,
                        "braces" => throw Error("not a chance", import, filename),
                        _ => throw Error($"future feature {alias.Name} is not defined", import, filename),
                    };
                }
                line = import.Lineno;
                column = import.ColOffset;
            }
        }
        return new FutureFeatures(flags, line, column);
    }

    private static PythonSyntaxError Error(string message, Stmt at, string filename) =>
        new("SyntaxError", message, filename, at.Lineno, at.ColOffset + 1, at.Lineno, at.ColOffset + 1, null);
}
