namespace PyBuild.Compiler.Lexing;

/// <summary>How <see cref="Tokenizer"/> reports tokens.</summary>
[Flags]
public enum TokenizerOptions
{
    /// <summary>Parser mode: no COMMENT, NL or ENCODING tokens; CRLF and CR read as LF.</summary>
    None = 0,

    /// <summary>Report <c># type:</c> comments as TYPE_COMMENT and TYPE_IGNORE (<c>ast.parse(type_comments=True)</c>).</summary>
    TypeComments = 1,

    /// <summary>
    /// The <c>tokenize</c> module's mode (the C tokenizer's <c>extra_tokens</c>): COMMENT and NL tokens,
    /// NEWLINE text <c>"\n"</c>/<c>"\r\n"</c>/<c>""</c>, CRLF kept, trailing DEDENT and ENDMARKER on the line
    /// after the last, literal checks relaxed as CPython relaxes them, and errors positioned as
    /// <c>tokenize</c> reports them. ENCODING is the caller's (see <see cref="Text.SourceText.DeclaredEncoding"/>).
    /// </summary>
    ExtraTokens = 2,
}
