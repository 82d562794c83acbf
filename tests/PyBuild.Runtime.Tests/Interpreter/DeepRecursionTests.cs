using PyBuild.Compiler.Marshal;
using PyBuild.Runtime.Tests.Programs;

namespace PyBuild.Runtime.Tests.Interpreter;

/// <summary>
/// Deep Python recursion must end in RecursionError at sys.getrecursionlimit(), never in a .NET
/// stack overflow, whether frames nest in the interpreter's own frame stack or through native code.
/// Expected values come from CPython 3.12 (testassets/programs/*.out, see regen.sh).
/// </summary>
[TestClass]
public sealed class DeepRecursionTests
{
    private static (int Status, string Stdout, string Stderr) Run(string name)
    {
        var dir = TestPrograms.Directory;
        var code = MarshalReader.ReadCode(File.ReadAllBytes(Path.Combine(dir, name + ".marshal")));
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int status = PythonRuntime.RunMain(code, [name + ".py"], stdout, stderr);
        return (status, stdout.ToString(), stderr.ToString());
    }

    [TestMethod]
    public void RecursionErrorIsRaisedAtTheLimitAndTheLimitCanBeRaisedTo50000()
    {
        var (status, stdout, stderr) = Run("recursion_limit");
        Assert.AreEqual(0, status, stderr);
        // CPython 3.12: the module frame counts, so probe() reaches limit - 2.
        StringAssert.StartsWith(stdout, "998\n4998\n49998 50000\n");
    }

    [TestMethod]
    public void EveryPathOfUnboundedRecursionIsCaughtWithoutCrashing()
    {
        var (status, stdout, stderr) = Run("deep_recursion");
        Assert.AreEqual(0, status, stderr);
        foreach (var path in new[] { "plain", "init", "map", "sorted", "generator", "repr", "mutual" })
        {
            StringAssert.Contains(stdout, path + " caught RecursionError\n");
        }
        StringAssert.EndsWith(stdout, "90000\n");
    }

    [TestMethod]
    public void UncaughtRecursionErrorPrintsACollapsedTracebackAndExitsWithStatus1()
    {
        var (status, _, stderr) = Run("traceback_recursion");
        Assert.AreEqual(1, status);
        StringAssert.Contains(stderr, "  [Previous line repeated 996 more times]\n");
        StringAssert.EndsWith(stderr, "RecursionError: maximum recursion depth exceeded\n");
    }
}
