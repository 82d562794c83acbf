namespace PyBuild.Tasks.Compilation;

/// <summary>A compiler bug reported across the native boundary, where only its type name and message survive.</summary>
internal sealed class InternalCompilerError : Exception
{
    /// <summary>Creates the error from "ExceptionType: message".</summary>
    public InternalCompilerError(string description)
        : base(description)
    {
    }
}
