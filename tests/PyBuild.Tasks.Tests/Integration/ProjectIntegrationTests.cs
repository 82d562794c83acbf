using System.Text.Json;

namespace PyBuild.Tasks.Tests.Integration;

/// <summary>How the package fits the SDK and the IDE; none of these needs the compiler to compile anything.</summary>
[TestClass]
[TestCategory("Integration")]
public sealed class ProjectIntegrationTests
{
    [TestMethod]
    public void PyCompileItemsLeaveNoneFeedTheIdeChecksAndDesignTimeBuildsCompileNothing()
    {
        string dir = TestAssets.Copy("HelloPy", "items");
        Directory.CreateDirectory(Path.Combine(dir, "__pycache__"));
        File.WriteAllText(Path.Combine(dir, "__pycache__", "app.cpython-312.pyc"), "stale");
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "a None item");

        // -getItem only evaluates (no restore), so restore first for the package's props and targets.
        var restore = TestAssets.Run(dir, "restore", "-nologo", "-v:q");
        Assert.AreEqual(0, restore.ExitCode, restore.Output);
        var result = TestAssets.Run(dir, "msbuild", "-nodeReuse:false", "-nologo",
            "-getItem:None", "-getItem:PyCompile", "-getItem:UpToDateCheckInput", "-getItem:AvailableItemName");
        Assert.AreEqual(0, result.ExitCode, result.Output);
        string json = result.Output.Substring(result.Output.IndexOf('{'));
        using var document = JsonDocument.Parse(json);
        var items = document.RootElement.GetProperty("Items");

        CollectionAssert.AreEqual(new[] { "notes.txt" }, Identities(items, "None"), "neither app.py nor __pycache__ is a None item");
        CollectionAssert.AreEqual(new[] { "app.py" }, Identities(items, "PyCompile"));
        CollectionAssert.Contains(Identities(items, "UpToDateCheckInput"), "app.py");
        CollectionAssert.Contains(Identities(items, "AvailableItemName"), "PyCompile");

        // A design-time build (the IDE's) asks for PyCompile like any target; it must not compile.
        var designTime = TestAssets.Run(dir, "msbuild", "-nodeReuse:false", "-nologo", "-v:m", "-t:PyCompile", "-p:DesignTimeBuild=true");
        Assert.AreEqual(0, designTime.ExitCode, designTime.Output);
        Assert.AreEqual("stale", File.ReadAllText(Path.Combine(dir, "__pycache__", "app.cpython-312.pyc")), "the pyc is left alone");
        Assert.IsFalse(File.Exists(Path.Combine(dir, "obj", "PyCompile.manifest")));

        // Without an explicit item, EnableDefaultPyCompileItems globs the project's .py files, but not bin/ or obj/.
        string project = Path.Combine(dir, "HelloPy.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("<PyCompile Include=\"**/*.py\" />", string.Empty, StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(dir, "pkg"));
        File.WriteAllText(Path.Combine(dir, "pkg", "mod.py"), "m = 1\n");
        Directory.CreateDirectory(Path.Combine(dir, "bin", "Debug"));
        File.WriteAllText(Path.Combine(dir, "bin", "Debug", "copy.py"), "c = 1\n");
        File.WriteAllText(Path.Combine(dir, "obj", "generated.py"), "g = 1\n");
        var defaults = TestAssets.Run(dir, "msbuild", "-nodeReuse:false", "-nologo", "-getItem:PyCompile", "-p:EnableDefaultPyCompileItems=true");
        Assert.AreEqual(0, defaults.ExitCode, defaults.Output);
        using var defaultItems = JsonDocument.Parse(defaults.Output.Substring(defaults.Output.IndexOf('{')));
        var globbed = Identities(defaultItems.RootElement.GetProperty("Items"), "PyCompile");
        globbed.Sort(StringComparer.Ordinal);
        CollectionAssert.AreEqual(new[] { "app.py", "pkg/mod.py" }, globbed.ConvertAll(p => p.Replace('\\', '/')));
    }

    [TestMethod]
    public void WarningCodesFollowNoWarnWarningsAsErrorsAndTreatWarningsAsErrors()
    {
        string dir = TestAssets.Copy("HelloPy", "warnings");
        string project = Path.Combine(dir, "HelloPy.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("<PyCompile Include=\"**/*.py\" />", "<PyCompile Include=\"**/*.py\" />\n    <PyCompile Include=\"app.py\" />", StringComparison.Ordinal));

        // PyResolveCompileItems alone: it reports duplicate items (PY5001) without compiling.
        Dotnet.Result Resolve(params string[] properties)
        {
            var args = new List<string> { "msbuild", "-nodeReuse:false", "-nologo", "-v:m", "-t:PyResolveCompileItems" };
            args.AddRange(properties);
            return TestAssets.Run(dir, args.ToArray());
        }

        var plain = Resolve("-restore");
        Assert.AreEqual(0, plain.ExitCode, plain.Output);
        StringAssert.Contains(plain.Output, "app.py : warning PY5001:");

        var noWarn = Resolve("-p:NoWarn=PY5001");
        Assert.AreEqual(0, noWarn.ExitCode, noWarn.Output);
        Assert.IsFalse(noWarn.Output.Contains("PY5001", StringComparison.Ordinal), noWarn.Output);

        var asErrors = Resolve("-p:WarningsAsErrors=PY5001");
        Assert.AreNotEqual(0, asErrors.ExitCode, asErrors.Output);
        StringAssert.Contains(asErrors.Output, "app.py : error PY5001:");

        var treat = Resolve("-p:TreatWarningsAsErrors=true");
        Assert.AreNotEqual(0, treat.ExitCode, treat.Output);
        StringAssert.Contains(treat.Output, "app.py : error PY5001:");
    }

    private static List<string> Identities(JsonElement items, string name)
    {
        var identities = new List<string>();
        if (items.TryGetProperty(name, out var list))
        {
            foreach (var item in list.EnumerateArray())
            {
                identities.Add(item.GetProperty("Identity").GetString()!);
            }
        }

        return identities;
    }
}
