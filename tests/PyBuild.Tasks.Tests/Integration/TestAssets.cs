using System.Reflection;

namespace PyBuild.Tasks.Tests.Integration;

/// <summary>
/// The scratch area the integration tests build in: artifacts/tasks-tests/ under the repository, emptied
/// once per run, holding a feed with the PyBuild package packed from this very build (so the tests never
/// meet a stale package), NuGet's cache for it, and copies of testassets/ to build and change.
/// </summary>
internal static class TestAssets
{
    private static readonly Lazy<string> ScratchRoot = new(Prepare, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The repository's root (where PyBuild.sln is).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The scratch folder (created and the package packed on first use).</summary>
    public static string Scratch => ScratchRoot.Value;

    /// <summary>NuGet's packages folder for the test builds.</summary>
    public static string PackagesFolder => Path.Combine(Scratch, "packages");

    /// <summary>Copies testassets/<paramref name="asset"/> to a fresh folder named <paramref name="name"/>; returns the copy's path.</summary>
    public static string Copy(string asset, string name)
    {
        string destination = Path.Combine(Scratch, name, asset);
        if (Directory.Exists(Path.Combine(Scratch, name)))
        {
            Directory.Delete(Path.Combine(Scratch, name), recursive: true);
        }

        CopyTree(Path.Combine(RepositoryRoot, "testassets", asset), destination);
        return destination;
    }

    /// <summary>Runs dotnet in <paramref name="directory"/> with the scratch packages folder.</summary>
    public static Dotnet.Result Run(string directory, params string[] args) => Dotnet.Run(directory, PackagesFolder, args);

    private static string Prepare()
    {
        string scratch = Path.Combine(RepositoryRoot, "artifacts", "tasks-tests");
        if (Directory.Exists(scratch))
        {
            Directory.Delete(scratch, recursive: true);
        }

        Directory.CreateDirectory(scratch);

        // The test assets' own Directory.*.props isolate them from the repository's; copied to the
        // scratch root, they isolate the copies too.
        foreach (string file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.Copy(Path.Combine(RepositoryRoot, "testassets", file), Path.Combine(scratch, file));
        }

        string feed = Path.Combine(scratch, "feed");
        string configuration = typeof(TestAssets).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var pack = Dotnet.Run(RepositoryRoot, null,
            "pack", Path.Combine(RepositoryRoot, "tasks", "PyBuild.Tasks", "PyBuild.Tasks.csproj"),
            "-c", configuration, "--no-build", "--no-restore", "-o", feed, "-nologo", "-v:q");
        Assert.AreEqual(0, pack.ExitCode, "packing PyBuild for the test builds failed:\n" + pack.Output);

        // testassets/nuget.config points at ../artifacts/packages; the copies use this run's own feed only.
        File.WriteAllText(Path.Combine(scratch, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="pybuild-tests" value="{feed}" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(scratch, "packages")}" />
              </config>
            </configuration>
            """);
        return scratch;
    }

    private static void CopyTree(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (string file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        foreach (string folder in Directory.GetDirectories(source))
        {
            string name = Path.GetFileName(folder);
            if (name is "bin" or "obj" or "__pycache__")
            {
                continue;
            }

            CopyTree(folder, Path.Combine(destination, name));
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PyBuild.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("PyBuild.sln not found above " + AppContext.BaseDirectory);
    }
}
