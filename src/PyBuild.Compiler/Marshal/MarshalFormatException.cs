namespace PyBuild.Compiler.Marshal;

/// <summary>
/// Marshal data that cannot be read (truncated, corrupt, or of a type a pyc cannot hold) or a value
/// that cannot be written. The one exception type the marshal reader and writer throw.
/// </summary>
public sealed class MarshalFormatException : Exception
{
    /// <summary>Creates the exception with CPython's wording, e.g. <c>bad marshal data (unknown type code)</c>.</summary>
    public MarshalFormatException(string message) : base(message) { }
}
