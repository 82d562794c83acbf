using PyBuild.Tasks.Diagnostics;
using PyBuild.Tasks.Incremental;

namespace PyBuild.Tasks;

/// <summary>What became of one <see cref="CompileItem"/>.</summary>
/// <param name="Item">The item.</param>
/// <param name="Staleness">Why its pyc was rewritten, or <see cref="Staleness.Fresh"/> when it was kept.</param>
/// <param name="Written">True when a new pyc was written.</param>
/// <param name="Diagnostics">Its errors and warnings.</param>
internal sealed record FileResult(CompileItem Item, Staleness Staleness, bool Written, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when compiling it failed.</summary>
    public bool Failed
    {
        get
        {
            foreach (var diagnostic in Diagnostics)
            {
                if (!diagnostic.IsWarning)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
