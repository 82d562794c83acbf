using System.IO.Abstractions.TestingHelpers;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace PyBuild.Tasks.Tests.Support;

/// <summary>A project in a mock file system, compiled with <see cref="PyCompile"/> and the <see cref="FakeCompiler"/>.</summary>
internal sealed class TaskHarness
{
    public const string ProjectDirectory = "/proj";
    public const string ManifestPath = "/proj/obj/PyCompile.manifest";
    public const string StampFile = "/proj/obj/Debug/net10.0/PyCompile.stamp";

    private static readonly DateTime BaseTime = new(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
    private int _clock;

    public MockFileSystem FileSystem { get; } = new();

    public FakeCompiler Compiler { get; } = new();

    public string Optimize { get; set; } = "0";

    public string InvalidationMode { get; set; } = "Timestamp";

    public bool TreatWarningsAsErrors { get; set; }

    public string NoWarn { get; set; } = string.Empty;

    public string WarningsNotAsErrors { get; set; } = string.Empty;

    /// <summary>Writes a source, with a modification time later than any before.</summary>
    public string Write(string relative, string text)
    {
        string path = ProjectDirectory + "/" + relative;
        FileSystem.Directory.CreateDirectory(FileSystem.Path.GetDirectoryName(path)!);
        FileSystem.File.WriteAllText(path, text, new UTF8Encoding(false));
        Touch(relative);
        return path;
    }

    /// <summary>Moves a source's modification time on by one second.</summary>
    public void Touch(string relative)
        => FileSystem.File.SetLastWriteTimeUtc(ProjectDirectory + "/" + relative, BaseTime.AddSeconds(++_clock));

    /// <summary>Sets a file's modification time explicitly.</summary>
    public void SetTime(string path, DateTime utc) => FileSystem.File.SetLastWriteTimeUtc(path, utc);

    public static string Pyc(string relativeSource, int optimize = 0)
    {
        int slash = relativeSource.LastIndexOf('/');
        string folder = slash < 0 ? ProjectDirectory : ProjectDirectory + "/" + relativeSource.Substring(0, slash);
        string name = slash < 0 ? relativeSource : relativeSource.Substring(slash + 1);
        return folder + "/__pycache__/" + PyBuild.Tasks.Incremental.CachePath.FileName(name, optimize);
    }

    public static ITaskItem Item(string relative, params (string Name, string Value)[] metadata)
    {
        var item = new TaskItem(relative);
        foreach (var (name, value) in metadata)
        {
            item.SetMetadata(name, value);
        }

        return item;
    }

    /// <summary>Runs PyCompile over <paramref name="items"/>; the returned run says what happened.</summary>
    public Run Compile(params ITaskItem[] items)
    {
        int before = Compiler.TotalCompiles;
        var compilesBefore = new Dictionary<string, int>(Compiler.Compiles);
        var engine = new FakeBuildEngine();
        var task = new PyCompile(FileSystem, Compiler)
        {
            BuildEngine = engine,
            Sources = items,
            ProjectDirectory = ProjectDirectory,
            ManifestPath = ManifestPath,
            StampFile = StampFile,
            Optimize = Optimize,
            InvalidationMode = InvalidationMode,
            TreatWarningsAsErrors = TreatWarningsAsErrors,
            NoWarn = NoWarn,
            WarningsNotAsErrors = WarningsNotAsErrors,
        };
        bool result = task.Execute();
        var compiled = new List<string>();
        foreach (var (file, count) in Compiler.Compiles)
        {
            compilesBefore.TryGetValue(file, out int old);
            for (int i = old; i < count; i++)
            {
                compiled.Add(file);
            }
        }

        compiled.Sort(StringComparer.Ordinal);
        return new Run(result, engine, compiled, task);
    }

    public Run Compile(params string[] relativeSources)
    {
        var items = new ITaskItem[relativeSources.Length];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = new TaskItem(relativeSources[i]);
        }

        return Compile(items);
    }

    /// <summary>The outcome of one run: the task's result, the log, and the files the compiler was called for.</summary>
    public sealed record Run(bool Succeeded, FakeBuildEngine Engine, List<string> Compiled, PyCompile Task);
}
