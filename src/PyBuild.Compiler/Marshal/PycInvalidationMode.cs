namespace PyBuild.Compiler.Marshal;

/// <summary>How a pyc records the source it came from (PEP 552).</summary>
public enum PycInvalidationMode
{
    /// <summary>Source mtime and size in the header.</summary>
    Timestamp,
    /// <summary>Source hash in the header, checked on import.</summary>
    CheckedHash,
    /// <summary>Source hash in the header, never checked.</summary>
    UncheckedHash,
}
