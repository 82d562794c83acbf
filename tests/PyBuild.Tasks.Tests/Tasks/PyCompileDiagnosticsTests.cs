using PyBuild.Tasks.Tests.Support;

namespace PyBuild.Tasks.Tests.Tasks;

/// <summary>What the task logs: MSBuild's canonical errors with codes and end positions, every broken file, warnings policy.</summary>
[TestClass]
public sealed class PyCompileDiagnosticsTests
{
    private TaskHarness _h = null!;

    [TestInitialize]
    public void SetUp()
    {
        _h = new TaskHarness();
        _h.Write("good.py", "x = 1\n");
    }

    [TestMethod]
    public void SyntaxErrorIsLoggedWithCodeAndSpanAndOtherFilesStillCompile()
    {
        _h.Write("app.py", "x = 1\n#syntax 3 5 3 9\n");
        _h.Write("other.py", "y = 2\n");

        var run = _h.Compile("app.py", "good.py", "other.py");

        Assert.IsFalse(run.Succeeded);
        Assert.AreEqual(1, run.Engine.Errors.Count);
        var error = run.Engine.Errors[0];
        Assert.AreEqual("PY1001", error.Code);
        Assert.AreEqual("/proj/app.py", error.File);
        Assert.AreEqual((3, 5, 3, 9), (error.LineNumber, error.ColumnNumber, error.EndLineNumber, error.EndColumnNumber));
        Assert.AreEqual("invalid syntax", error.Message);
        Assert.IsTrue(_h.FileSystem.File.Exists(TaskHarness.Pyc("good.py")));
        Assert.IsTrue(_h.FileSystem.File.Exists(TaskHarness.Pyc("other.py")));
        Assert.IsFalse(_h.FileSystem.File.Exists(TaskHarness.Pyc("app.py")));
    }

    [TestMethod]
    public void EveryBrokenFileIsReportedInItemOrder()
    {
        _h.Write("a.py", "#syntax 1 1 1 2\n");
        _h.Write("b.py", "#indent\n");
        _h.Write("c.py", "#unsupported\n");
        _h.Write("d.py", "#crash\n");

        var run = _h.Compile("a.py", "b.py", "good.py", "c.py", "d.py");

        Assert.IsFalse(run.Succeeded);
        var codes = run.Engine.Errors.ConvertAll(e => e.Code + " " + e.File + ": " + e.Message);
        CollectionAssert.AreEqual(
            new[]
            {
                "PY1001 /proj/a.py: invalid syntax",
                "PY1002 /proj/b.py: expected an indented block after 'if' statement on line 1",
                "PY9001 /proj/c.py: not supported yet: match statements",
                "PY9002 /proj/d.py: internal compiler error: InvalidOperationException: stack imbalance",
            },
            codes);
        Assert.IsTrue(_h.FileSystem.File.Exists(TaskHarness.Pyc("good.py")));
    }

    [TestMethod]
    public void ErrorWithoutPositionIsReportedOnTheFile()
    {
        // CPython 3.12 reports test/tokenizedata/bad_coding.py ("# -*- coding: uft-8 -*-") at line 0, offset -1.
        _h.Write("enc.py", "#encoding\n");

        var error = _h.Compile("enc.py").Engine.Errors[0];

        Assert.AreEqual((0, 0, 0, 0), (error.LineNumber, error.ColumnNumber, error.EndLineNumber, error.EndColumnNumber));
        Assert.AreEqual("unknown encoding: uft-8", error.Message);
    }

    [TestMethod]
    public void FixedFileIsCompiledOnTheNextBuild()
    {
        _h.Write("app.py", "#syntax 1 1 1 2\n");
        Assert.IsFalse(_h.Compile("app.py", "good.py").Succeeded);

        _h.Write("app.py", "x = 2\n");
        var run = _h.Compile("app.py", "good.py");

        Assert.IsTrue(run.Succeeded);
        CollectionAssert.AreEqual(new[] { "/proj/app.py" }, run.Compiled);
    }

    [TestMethod]
    public void BrokenFileIsRetriedEveryBuild()
    {
        _h.Write("app.py", "#syntax 1 1 1 2\n");
        _h.Compile("app.py");

        var run = _h.Compile("app.py");

        Assert.AreEqual(1, run.Engine.Errors.Count, "no pyc was written, so the error is found again");
    }

    [TestMethod]
    public void FailureIsNotHiddenByAPycWeDidNotWrite()
    {
        string source = _h.Write("app.py", "#unsupported\n");
        var header = new byte[16];
        long mtime = new DateTimeOffset(_h.FileSystem.File.GetLastWriteTimeUtc(source)).ToUnixTimeSeconds();
        FakeCompiler.BuildHeader(header, Compiler.Marshal.PycInvalidationMode.Timestamp, mtime, _h.FileSystem.FileInfo.New(source).Length, default);
        _h.FileSystem.Directory.CreateDirectory("/proj/__pycache__");
        _h.FileSystem.File.WriteAllBytes(TaskHarness.Pyc("app.py"), header);

        Assert.IsFalse(_h.Compile("app.py").Succeeded);
        var again = _h.Compile("app.py");

        Assert.IsFalse(again.Succeeded, "CPython's matching pyc must not turn the error into success");
        Assert.AreEqual("PY9001", again.Engine.Errors[0].Code);
    }

    [TestMethod]
    public void MissingSourceIsAnError()
    {
        var run = _h.Compile("nope.py");

        Assert.IsFalse(run.Succeeded);
        Assert.AreEqual("PY5003", run.Engine.Errors[0].Code);
        Assert.AreEqual("/proj/nope.py", run.Engine.Errors[0].File);
    }

    [TestMethod]
    [DataRow("PyOptimize", "3")]
    [DataRow("PyOptimize", "-1")]
    [DataRow("PyOptimize", "one")]
    [DataRow("PyInvalidationMode", "Sometimes")]
    public void InvalidMetadataIsAnErrorForThatItem(string name, string value)
    {
        var run = _h.Compile(TaskHarness.Item("good.py", (name, value)));

        Assert.IsFalse(run.Succeeded);
        Assert.AreEqual("PY5002", run.Engine.Errors[0].Code);
        StringAssert.Contains(run.Engine.Errors[0].Message, "'" + value + "'");
    }

    [TestMethod]
    public void InvalidProjectDefaultIsAnError()
    {
        _h.Optimize = "9";

        var run = _h.Compile("good.py");

        Assert.IsFalse(run.Succeeded);
        Assert.AreEqual("PY5002", run.Engine.Errors[0].Code);
        Assert.AreEqual(0, run.Compiled.Count);
    }

    [TestMethod]
    public void SyntaxWarningIsAWarningWithItsSpan()
    {
        _h.Write("w.py", "#warn 2 4\n");

        var run = _h.Compile("w.py");

        Assert.IsTrue(run.Succeeded);
        Assert.AreEqual(1, run.Engine.Warnings.Count);
        var warning = run.Engine.Warnings[0];
        Assert.AreEqual("PY2001", warning.Code);
        Assert.AreEqual((2, 4, 2, 10), (warning.LineNumber, warning.ColumnNumber, warning.EndLineNumber, warning.EndColumnNumber));
        Assert.IsTrue(_h.FileSystem.File.Exists(TaskHarness.Pyc("w.py")));
    }

    [TestMethod]
    public void TreatWarningsAsErrorsMakesSyntaxWarningsErrors()
    {
        _h.Write("w.py", "#warn 2 4\n");
        _h.TreatWarningsAsErrors = true;

        var run = _h.Compile("w.py");

        Assert.IsFalse(run.Succeeded);
        Assert.AreEqual(0, run.Engine.Warnings.Count);
        Assert.AreEqual("PY2001", run.Engine.Errors[0].Code);
    }

    [TestMethod]
    [DataRow("CS0168;PY2001", "")]
    [DataRow("", "PY2001")]
    [DataRow("py2001", "")]
    public void NoWarnAndWarningsNotAsErrorsKeepWarningsWarnings(string noWarn, string notAsErrors)
    {
        _h.Write("w.py", "#warn 2 4\n");
        _h.TreatWarningsAsErrors = true;
        _h.NoWarn = noWarn;
        _h.WarningsNotAsErrors = notAsErrors;

        var run = _h.Compile("w.py");

        // Logged as a warning, which MSBuild then drops (NoWarn) or keeps (WarningsNotAsErrors).
        Assert.IsTrue(run.Succeeded);
        Assert.AreEqual(1, run.Engine.Warnings.Count);
    }
}
