namespace PyBuild.Tool.Tests.Run;

/// <summary>
/// A bad pyc named on the command line is refused with CPython's message and status 1, never run.
/// Expected lines are what <c>python3.12 FILE.pyc</c> prints for the same bytes.
/// </summary>
[TestClass]
public sealed class PycScriptTests
{
    private string _dir = "";

    [TestInitialize]
    public void CreateFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "pybuild-pycscript-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "ok.py"), "print('ran')\n");
    }

    [TestCleanup]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    /// <summary>A valid pyc of ok.py, made by our compiler through py_compile.</summary>
    private byte[] ValidPyc()
    {
        var (status, _, stderr) = Pyrun.Run(_dir, "-m", "py_compile", "ok.py");
        Assert.AreEqual(0, status, stderr);
        return File.ReadAllBytes(Path.Combine(_dir, "__pycache__", "ok.cpython-312.pyc"));
    }

    private (int Status, string Stdout, string Stderr) RunPyc(byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(_dir, "test.pyc"), bytes);
        return Pyrun.Run(_dir, "test.pyc");
    }

    [TestMethod]
    public void AValidPycRuns()
    {
        var (status, stdout, stderr) = RunPyc(ValidPyc());
        Assert.AreEqual(0, status, stderr);
        Assert.AreEqual("ran\n", stdout);
    }

    [TestMethod]
    public void GarbageAndEmptyFilesHaveABadMagicNumber()
    {
        foreach (var bytes in new[] { "garbage"u8.ToArray(), [], [0xcb, 0x0d] })
        {
            var (status, stdout, stderr) = RunPyc(bytes);
            Assert.AreEqual(1, status);
            Assert.AreEqual("", stdout);
            Assert.AreEqual("RuntimeError: Bad magic number in .pyc file\n", stderr);
        }
    }

    [TestMethod]
    public void AHeaderCutShortIsAnEOFError()
    {
        var (status, _, stderr) = RunPyc(ValidPyc()[..10]);
        Assert.AreEqual(1, status);
        Assert.AreEqual("EOFError: EOF read where not expected\n", stderr);
    }

    [TestMethod]
    public void ATruncatedOrGarbageBodyIsABadCodeObject()
    {
        byte[] valid = ValidPyc();
        byte[] garbage = [.. valid[..16], .. Enumerable.Repeat((byte)0xff, 20)];
        byte[] notCode = [.. valid[..16], (byte)'i', 5, 0, 0, 0];
        foreach (var bytes in new[] { valid[..30], garbage, notCode })
        {
            var (status, stdout, stderr) = RunPyc(bytes);
            Assert.AreEqual(1, status);
            Assert.AreEqual("", stdout);
            Assert.AreEqual("RuntimeError: Bad code object in .pyc file\n", stderr);
        }
    }

    [TestMethod]
    public void TheFlagsWordIsNotCheckedForAScript()
    {
        // CPython's run_pyc_file skips the header after the magic, so invalid flags still run.
        byte[] pyc = ValidPyc();
        pyc[4] = 4;
        var (status, stdout, stderr) = RunPyc(pyc);
        Assert.AreEqual(0, status, stderr);
        Assert.AreEqual("ran\n", stdout);
    }
}
