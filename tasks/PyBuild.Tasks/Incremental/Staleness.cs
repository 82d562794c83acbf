namespace PyBuild.Tasks.Incremental;

/// <summary>Why a pyc is, or is not, rewritten.</summary>
internal enum Staleness
{
    /// <summary>The pyc matches its source: kept as it is.</summary>
    Fresh,
    /// <summary>There is no pyc yet.</summary>
    Missing,
    /// <summary>The pyc was not written by this compiler (another build, another tool, or unknown).</summary>
    NotOurs,
    /// <summary>The header is short or carries another magic number.</summary>
    BadHeader,
    /// <summary>The header's flags are another invalidation mode's.</summary>
    ModeChanged,
    /// <summary>The source's mtime, size or hash differ from the header's.</summary>
    SourceChanged,
}
