using Microsoft.Build.Utilities;

namespace PyBuild.Tasks.Diagnostics;

/// <summary>Sends <see cref="Diagnostic"/>s to MSBuild's log, escalating warnings as the <see cref="WarningPolicy"/> says.</summary>
internal static class DiagnosticLogger
{
    /// <summary>The subcategory MSBuild prints before <c>error</c>/<c>warning</c>; none, as compilers do.</summary>
    private const string? Subcategory = null;

    /// <summary>Logs <paramref name="diagnostic"/>.</summary>
    public static void Log(TaskLoggingHelper log, WarningPolicy policy, Diagnostic diagnostic)
    {
        if (diagnostic.IsWarning && !policy.IsError(diagnostic.Code))
        {
            log.LogWarning(Subcategory, diagnostic.Code, null, diagnostic.File, diagnostic.Line, diagnostic.Column, diagnostic.EndLine, diagnostic.EndColumn, "{0}", diagnostic.Message);
        }
        else
        {
            log.LogError(Subcategory, diagnostic.Code, null, diagnostic.File, diagnostic.Line, diagnostic.Column, diagnostic.EndLine, diagnostic.EndColumn, "{0}", diagnostic.Message);
        }
    }
}
