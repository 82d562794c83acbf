namespace PyBuild.Runtime.Objects;

/// <summary>The life of an async generator's awaitable (CPython's <c>AwaitableState</c>).</summary>
internal enum AwaitableState
{
    /// <summary>Not awaited yet.</summary>
    Init,

    /// <summary>Being awaited.</summary>
    Iter,

    /// <summary>Finished: awaiting it again is an error.</summary>
    Closed,
}
