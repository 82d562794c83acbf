namespace PyBuild.Compiler.Lexing;

/// <summary>
/// One token. Lines are 1-based; columns are 0-based UTF-8 byte offsets into the line, as in
/// CPython's AST positions (the <c>tokenize</c> listing converts them to character columns).
/// </summary>
/// <param name="Kind">The exact token type (<c>LPAR</c>, not <c>OP</c>).</param>
/// <param name="Text">The token's source text (for INDENT, the indentation; for DEDENT and ENDMARKER, empty).</param>
/// <param name="StartLine">Line of the first character.</param>
/// <param name="StartColumn">Byte column of the first character.</param>
/// <param name="EndLine">Line of the end.</param>
/// <param name="EndColumn">Byte column just past the last character.</param>
public readonly record struct Token(TokenKind Kind, string Text, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>
    /// For the <c>!</c>, <c>:</c> or <c>}</c> ending an f-string replacement field's expression after a
    /// <c>=</c> (<c>f"{x = }"</c>): the expression's source text up to that token, comments removed, which
    /// CPython's parser uses as the debug text. Null otherwise.
    /// </summary>
    public string? Metadata { get; init; }
}
