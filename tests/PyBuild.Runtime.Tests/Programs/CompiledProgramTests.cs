using PyBuild.Compiler;

namespace PyBuild.Runtime.Tests.Programs;

/// <summary>
/// Runs each program of testassets/programs through our own compiler and the VM and compares stdout
/// and exit status with CPython's (NAME.out, NAME.status). Constructs the compiler reports as not
/// supported yet make the test inconclusive rather than failed; any other difference fails.
/// </summary>
[TestClass]
public sealed class CompiledProgramTests
{
    public static IEnumerable<object[]> Programs => TestPrograms.Names();

    [TestMethod]
    [DynamicData(nameof(Programs))]
    public void OutputMatchesCPython(string name)
    {
        var dir = TestPrograms.Directory;
        var script = TestPrograms.ScriptPath(name);
        var source = File.ReadAllBytes(Path.Combine(dir, script));
        PyBuild.Compiler.Bytecode.CodeObject code;
        try
        {
            code = PythonCompiler.Compile(source, script, CompileMode.Exec, 0);
        }
        catch (NotSupportedException e)
        {
            Assert.Inconclusive("the compiler does not support this program yet: " + e.Message);
            return;
        }
        var expected = File.ReadAllText(Path.Combine(dir, name + ".out"));
        int expectedStatus = int.Parse(File.ReadAllText(Path.Combine(dir, name + ".status")).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };

        int status = PythonRuntime.RunMain(code, [script], stdout, stderr, TestPrograms.Options(name));

        var actual = stdout.ToString();
        if (actual != expected) Assert.Fail(ProgramOutputTests.FirstDifference(expected, actual) + "\nstderr:\n" + stderr);
        Assert.AreEqual(expectedStatus, status, "exit status; stderr:\n" + stderr);
    }
}
