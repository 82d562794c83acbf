namespace PyBuild.Tasks;

/// <summary>The names of the PyCompile item metadata PyBuild reads and writes.</summary>
internal static class ItemMetadata
{
    /// <summary>Optimization level: 0, 1 or 2.</summary>
    public const string Optimize = "PyOptimize";
    /// <summary>Timestamp, CheckedHash or UncheckedHash.</summary>
    public const string InvalidationMode = "PyInvalidationMode";
    /// <summary>true to copy the source and its pyc to the output folder.</summary>
    public const string CopyToOutput = "PyCopyToOutput";
    /// <summary>The full path of the item's pyc (set by PyResolveCompileItems).</summary>
    public const string PycPath = "PycPath";
    /// <summary>Where the item goes under the output folder (MSBuild's convention).</summary>
    public const string TargetPath = "TargetPath";
    /// <summary>Where the item's pyc goes under the output folder.</summary>
    public const string PycTargetPath = "PycTargetPath";
    /// <summary>MSBuild's metadata giving a linked file's path in the project.</summary>
    public const string Link = "Link";
    /// <summary>MSBuild's copy-to-output setting.</summary>
    public const string CopyToOutputDirectory = "CopyToOutputDirectory";
}
