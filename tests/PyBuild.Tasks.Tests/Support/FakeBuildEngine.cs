using System.Collections;
using Microsoft.Build.Framework;

namespace PyBuild.Tasks.Tests.Support;

/// <summary>A build engine that records what a task logs.</summary>
internal sealed class FakeBuildEngine : IBuildEngine
{
    public List<BuildErrorEventArgs> Errors { get; } = new();

    public List<BuildWarningEventArgs> Warnings { get; } = new();

    public List<string> Messages { get; } = new();

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "/proj/Proj.csproj";

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => throw new NotSupportedException();

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public void LogErrorEvent(BuildErrorEventArgs e)
    {
        lock (Errors)
        {
            Errors.Add(e);
        }
    }

    public void LogMessageEvent(BuildMessageEventArgs e)
    {
        lock (Messages)
        {
            Messages.Add(e.Message ?? string.Empty);
        }
    }

    public void LogWarningEvent(BuildWarningEventArgs e)
    {
        lock (Warnings)
        {
            Warnings.Add(e);
        }
    }
}
