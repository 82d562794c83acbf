namespace PyBuild.Tasks.Incremental;

/// <summary>One pyc in the <see cref="Manifest"/>, with the source it was compiled from.</summary>
/// <param name="PycPath">Full path of the pyc.</param>
/// <param name="SourcePath">Full path of its source.</param>
internal sealed record ManifestEntry(string PycPath, string SourcePath);
