namespace PyBuild.Compiler.Parsing;

/// <summary>The options of <c>ast.parse</c> that change what the parser builds.</summary>
public sealed class ParserOptions
{
    /// <summary>The defaults of <c>compile()</c>: no type comments.</summary>
    public static readonly ParserOptions Default = new();

    /// <summary><c>type_comments=True</c>: keep <c># type:</c> comments as <c>type_comment</c> fields and <c>TypeIgnore</c> nodes.</summary>
    public bool TypeComments { get; init; }

    /// <summary>Where warnings (invalid escape sequences, ...) are added, in source order; null drops them.</summary>
    public IList<ParserWarning>? Warnings { get; init; }
}
