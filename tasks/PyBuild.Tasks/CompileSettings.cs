using System.Globalization;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PyBuild.Tasks.Diagnostics;

namespace PyBuild.Tasks;

/// <summary>What the two tasks share: the project-wide defaults, items as MSBuild sees them, and logging.</summary>
internal static class CompileSettings
{
    /// <summary>Parses the project's PyOptimize and PyInvalidationMode (empty: 0 and Timestamp).</summary>
    public static bool TryParseDefaults(string optimize, string mode, bool copyToOutput, List<Diagnostic> diagnostics, out CompileDefaults defaults)
    {
        bool ok = true;
        if (!CompileItemResolver.TryParseOptimize(optimize, 0, out int level))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidMetadata, null, $"invalid PyOptimize '{optimize}': expected 0, 1 or 2"));
            ok = false;
        }

        if (!CompileItemResolver.TryParseMode(mode, Compiler.Marshal.PycInvalidationMode.Timestamp, out var parsedMode))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidMetadata, null, $"invalid PyInvalidationMode '{mode}': expected Timestamp, CheckedHash or UncheckedHash"));
            ok = false;
        }

        defaults = new CompileDefaults(level, parsedMode, copyToOutput);
        return ok;
    }

    /// <summary>The item MSBuild gets for <paramref name="item"/>: its full path, with its resolved settings as metadata.</summary>
    public static TaskItem ToTaskItem(CompileItem item)
    {
        var taskItem = new TaskItem(item.SourcePath);
        taskItem.SetMetadata(ItemMetadata.Optimize, item.Optimize.ToString(CultureInfo.InvariantCulture));
        taskItem.SetMetadata(ItemMetadata.InvalidationMode, item.Mode.ToString());
        taskItem.SetMetadata(ItemMetadata.CopyToOutput, item.CopyToOutput ? "true" : "false");
        taskItem.SetMetadata(ItemMetadata.PycPath, item.PycPath);
        taskItem.SetMetadata(ItemMetadata.TargetPath, item.TargetPath);
        taskItem.SetMetadata(ItemMetadata.PycTargetPath, item.PycTargetPath);
        return taskItem;
    }

    /// <summary>Logs <paramref name="diagnostics"/> in order.</summary>
    public static void LogAll(TaskLoggingHelper log, WarningPolicy policy, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            DiagnosticLogger.Log(log, policy, diagnostic);
        }
    }
}
