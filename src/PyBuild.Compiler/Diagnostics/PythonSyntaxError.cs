namespace PyBuild.Compiler.Diagnostics;

/// <summary>
/// A compile-time error, exactly as CPython 3.12 reports it: the exception class
/// (<c>SyntaxError</c>, <c>IndentationError</c>, <c>TabError</c>; <c>RecursionError</c> or
/// <c>MemoryError</c> for input nested too deeply to compile or parse), the message and the position.
/// Offsets are 1-based character columns, as in CPython's <c>SyntaxError.offset</c>.
/// </summary>
public sealed class PythonSyntaxError : Exception
{
    /// <summary>Creates the error.</summary>
    public PythonSyntaxError(string errorType, string message, string filename, int lineno, int offset, int endLineno, int endOffset, string? text)
        : base(message)
    {
        ErrorType = errorType;
        Filename = filename;
        Lineno = lineno;
        Offset = offset;
        EndLineno = endLineno;
        EndOffset = endOffset;
        Text = text;
    }

    /// <summary><c>SyntaxError</c>, <c>IndentationError</c>, <c>TabError</c>, <c>RecursionError</c> or <c>MemoryError</c>.</summary>
    public string ErrorType { get; }
    /// <summary>The file name given to the compiler.</summary>
    public string Filename { get; }
    /// <summary>1-based line.</summary>
    public int Lineno { get; }
    /// <summary>1-based character offset (0 when CPython gives none).</summary>
    public int Offset { get; }
    /// <summary>1-based end line.</summary>
    public int EndLineno { get; }
    /// <summary>1-based end character offset (0 or -1 where CPython gives those).</summary>
    public int EndOffset { get; }
    /// <summary>The source line, when known.</summary>
    public string? Text { get; }
}
