namespace PyBuild.Tasks.Tests.Integration;

/// <summary>
/// Builds copies of testassets/HelloPy with `dotnet build` (the PyBuild package packed from this build),
/// several scenarios per copy to keep the child builds few.
/// </summary>
[TestClass]
[TestCategory("Integration")]
public sealed class HelloPyBuildTests
{
    private const string AppPyc = "__pycache__/app.cpython-312.pyc";

    private static Dotnet.Result Build(string project, params string[] extra)
    {
        var args = new List<string> { "build", "-nodeReuse:false", "-nologo", "-v:m", "-p:UseSharedCompilation=false" };
        args.AddRange(extra);
        return TestAssets.Run(project, args.ToArray());
    }

    private static void AssertSucceeded(Dotnet.Result result, string step)
        => Assert.AreEqual(0, result.ExitCode, step + " failed:\n" + result.Output);

    [TestMethod]
    public void ColdNoOpTouchEditRenameAndDeleteRewriteExactlyWhatChanged()
    {
        CompilerProbe.RequireTimestampPycs();
        string dir = TestAssets.Copy("HelloPy", "incremental");
        Directory.CreateDirectory(Path.Combine(dir, "lib"));
        File.WriteAllText(Path.Combine(dir, "lib", "helper.py"), CompilerProbe.Programs[1]);

        AssertSucceeded(Build(dir), "cold build");
        var cold = Pycache.Snapshot(dir);
        CollectionAssert.AreEqual(new[] { AppPyc, "lib/__pycache__/helper.cpython-312.pyc" }, cold.Keys.ToArray());
        Pycache.AssertTimestampHeaderMatches(Path.Combine(dir, AppPyc), Path.Combine(dir, "app.py"));
        Pycache.AssertTimestampHeaderMatches(Path.Combine(dir, "lib/__pycache__/helper.cpython-312.pyc"), Path.Combine(dir, "lib", "helper.py"));

        var noOp = Build(dir, "--no-restore", "-v:n");
        AssertSucceeded(noOp, "no-op build");
        StringAssert.Contains(noOp.Output, "Skipping target \"PyCompile\" because all output files are up-to-date");
        CollectionAssert.AreEqual(cold, Pycache.Snapshot(dir), "no-op build rewrote a pyc");

        Pycache.Touch(Path.Combine(dir, "lib", "helper.py"));
        AssertSucceeded(Build(dir, "--no-restore"), "build after touch");
        var touched = Pycache.Snapshot(dir);
        CollectionAssert.AreEqual(new[] { "lib/__pycache__/helper.cpython-312.pyc" }, Pycache.Changed(cold, touched), "touching helper.py");
        Pycache.AssertTimestampHeaderMatches(Path.Combine(dir, "lib/__pycache__/helper.cpython-312.pyc"), Path.Combine(dir, "lib", "helper.py"));

        File.AppendAllText(Path.Combine(dir, "app.py"), "print(y)\n");
        Pycache.Touch(Path.Combine(dir, "app.py"));
        AssertSucceeded(Build(dir, "--no-restore"), "build after edit");
        var edited = Pycache.Snapshot(dir);
        CollectionAssert.AreEqual(new[] { AppPyc }, Pycache.Changed(touched, edited), "editing app.py");
        Pycache.AssertTimestampHeaderMatches(Path.Combine(dir, AppPyc), Path.Combine(dir, "app.py"));

        File.Move(Path.Combine(dir, "lib", "helper.py"), Path.Combine(dir, "lib", "tools.py"));
        AssertSucceeded(Build(dir, "--no-restore"), "build after rename");
        var renamed = Pycache.Snapshot(dir);
        CollectionAssert.AreEqual(new[] { "lib/__pycache__/helper.cpython-312.pyc", "lib/__pycache__/tools.cpython-312.pyc" }, Pycache.Changed(edited, renamed), "renaming helper.py to tools.py");
        Assert.IsFalse(renamed.ContainsKey("lib/__pycache__/helper.cpython-312.pyc"));

        File.Delete(Path.Combine(dir, "lib", "tools.py"));
        AssertSucceeded(Build(dir, "--no-restore"), "build after delete");
        CollectionAssert.AreEqual(new[] { AppPyc }, Pycache.Snapshot(dir).Keys.ToArray(), "deleting tools.py");
        Assert.IsFalse(Directory.Exists(Path.Combine(dir, "lib", "__pycache__")), "emptied __pycache__ removed");

        File.Delete(Path.Combine(dir, "app.py"));
        AssertSucceeded(Build(dir, "--no-restore"), "build with no source left");
        Assert.AreEqual(0, Pycache.Snapshot(dir).Count, "the last pyc goes with the last source");
    }

    [TestMethod]
    public void SyntaxErrorsAreReportedCanonicallyForEveryFileAndTheRestStillCompiles()
    {
        CompilerProbe.RequireSyntaxErrors();
        CompilerProbe.RequireTimestampPycs();
        string dir = TestAssets.Copy("HelloPy", "errors");
        File.WriteAllText(Path.Combine(dir, "bad.py"), CompilerProbe.BrokenProgram);
        File.WriteAllText(Path.Combine(dir, "worse.py"), "z = = 3\n");
        File.WriteAllText(Path.Combine(dir, "warns.py"), "x = 1\ns = \"\\d\"\n");

        var failed = Build(dir);

        Assert.AreNotEqual(0, failed.ExitCode, failed.Output);
        // CPython 3.12: compile(b'x = 1\ny = = 2\n', 'bad.py', 'exec') -> invalid syntax at 2:5-2:6.
        StringAssert.Contains(failed.Output, "bad.py(2,5,2,6): error PY1001: invalid syntax");
        StringAssert.Contains(failed.Output, "worse.py(1,5,1,6): error PY1001: invalid syntax");
        // CPython 3.12: w.py:2: SyntaxWarning: invalid escape sequence '\d'
        StringAssert.Contains(failed.Output, "warns.py(2): warning PY2001: invalid escape sequence '\\d'");
        Assert.IsTrue(File.Exists(Path.Combine(dir, "__pycache__/warns.cpython-312.pyc")), "a warning does not stop the pyc");
        Assert.IsTrue(File.Exists(Path.Combine(dir, AppPyc)), "the good file is compiled despite the others");

        File.WriteAllText(Path.Combine(dir, "bad.py"), CompilerProbe.Programs[1]);
        Pycache.Touch(Path.Combine(dir, "bad.py"));
        File.Delete(Path.Combine(dir, "worse.py"));
        AssertSucceeded(Build(dir, "--no-restore"), "build after the fix");
        Assert.IsTrue(File.Exists(Path.Combine(dir, "__pycache__/bad.cpython-312.pyc")));
    }

    [TestMethod]
    public void OptimizeLevelCopyToOutputAndClean()
    {
        CompilerProbe.RequireTimestampPycs();
        string dir = TestAssets.Copy("HelloPy", "settings");

        AssertSucceeded(Build(dir), "cold build");
        Assert.IsTrue(File.Exists(Path.Combine(dir, AppPyc)));

        AssertSucceeded(Build(dir, "--no-restore", "-p:PyOptimize=2", "-p:PyCopyToOutput=true"), "build at -OO with copy to output");
        CollectionAssert.AreEqual(new[] { "__pycache__/app.cpython-312.opt-2.pyc" }, Pycache.Snapshot(dir).Keys.ToArray(), "the level-0 pyc is replaced");
        string output = Path.Combine(dir, "bin", "Debug", "net10.0");
        Assert.IsTrue(File.Exists(Path.Combine(output, "app.py")), "source copied to the output folder");
        CollectionAssert.AreEqual(
            File.ReadAllBytes(Path.Combine(dir, "__pycache__/app.cpython-312.opt-2.pyc")),
            File.ReadAllBytes(Path.Combine(output, "__pycache__/app.cpython-312.opt-2.pyc")),
            "pyc copied to the output folder");

        AssertSucceeded(Build(dir, "--no-restore", "-p:PyOptimize=2", "-p:PyCopyToOutput=true"), "build with copies already in the output folder");
        Assert.IsFalse(Directory.Exists(Path.Combine(output, "bin")), "the copies under bin/ are not compiled and copied again");
        StringAssert.DoesNotMatch(File.ReadAllText(Path.Combine(dir, "obj", "PyCompile.manifest")), new System.Text.RegularExpressions.Regex("/bin/"), "nothing under bin/ compiled");

        var clean = TestAssets.Run(dir, "clean", "-nodeReuse:false", "-nologo", "-v:m", "-p:PyOptimize=2", "-p:PyCopyToOutput=true");
        AssertSucceeded(clean, "clean");
        Assert.IsFalse(Directory.Exists(Path.Combine(dir, "__pycache__")), "clean deletes the pycs beside the sources");
        Assert.IsFalse(File.Exists(Path.Combine(dir, "obj", "PyCompile.manifest")));
        Assert.IsFalse(File.Exists(Path.Combine(output, "app.py")), "clean deletes the copies in the output folder");
        Assert.IsTrue(File.Exists(Path.Combine(dir, "app.py")));
    }

    [TestMethod]
    public void InvalidationModesWriteCpythonsHashHeaders()
    {
        CompilerProbe.RequireHashPycs();
        string dir = TestAssets.Copy("HelloPy", "modes");
        string pyc = Path.Combine(dir, AppPyc);

        AssertSucceeded(Build(dir, "-p:PyInvalidationMode=CheckedHash"), "checked-hash build");
        // Flags 3, then importlib.util.source_hash(app.py's bytes) from CPython 3.12.1.
        Assert.AreEqual("CB0D0D0A0300000093DFA41BEF0FBFB4", Convert.ToHexString(File.ReadAllBytes(pyc), 0, 16));

        AssertSucceeded(Build(dir, "--no-restore", "-p:PyInvalidationMode=UncheckedHash"), "unchecked-hash build");
        Assert.AreEqual("CB0D0D0A0100000093DFA41BEF0FBFB4", Convert.ToHexString(File.ReadAllBytes(pyc), 0, 16));

        AssertSucceeded(Build(dir, "--no-restore"), "timestamp build");
        Pycache.AssertTimestampHeaderMatches(pyc, Path.Combine(dir, "app.py"));
    }

    [TestMethod]
    public void MultiTargetingCompilesOnce()
    {
        CompilerProbe.RequireTimestampPycs();
        string dir = TestAssets.Copy("HelloPy", "multitarget");
        string project = Path.Combine(dir, "HelloPy.csproj");
        // A second target framework that needs no download: the browser platform of the same .NET.
        File.WriteAllText(project, File.ReadAllText(project).Replace("<TargetFramework>net10.0</TargetFramework>", "<TargetFrameworks>net10.0;net10.0-browser</TargetFrameworks>", StringComparison.Ordinal));

        var build = Build(dir, "-v:n");

        AssertSucceeded(build, "multi-targeting build");
        int compiled = build.Output.Split('\n').Count(line => line.Contains("app.cpython-312.pyc (no pyc yet)", StringComparison.Ordinal));
        Assert.AreEqual(1, compiled, "app.py compiled once across the inner builds:\n" + build.Output);
        Pycache.AssertTimestampHeaderMatches(Path.Combine(dir, AppPyc), Path.Combine(dir, "app.py"));
    }
}
