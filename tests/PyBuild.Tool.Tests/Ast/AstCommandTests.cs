using System.Diagnostics;
using System.Runtime.CompilerServices;
using Assert = Microsoft.VisualStudio.TestTools.UnitTesting.Assert;

namespace PyBuild.Tool.Tests.Ast;

/// <summary>
/// <c>dotnet pyrun -m ast</c> against <c>python3.12 -m ast</c>: stdout byte for byte, and for
/// invalid files the exit status and the last line of stderr. Expected files come from
/// regenerate.sh (CPython 3.12) in this folder.
/// </summary>
[TestClass]
public sealed class AstCommandTests
{
    

    private static (int ExitCode, string Stdout, string Stderr) RunAst(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = DataDir(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dotnet-pyrun.dll"));
        psi.ArgumentList.Add("-m");
        psi.ArgumentList.Add("ast");
        foreach (string a in args) psi.ArgumentList.Add(a);
        using Process p = Process.Start(psi)!;
        Task<string> stdout = p.StandardOutput.ReadToEndAsync();
        string stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr);
    }

    private static string Expected(string name) => File.ReadAllText(Path.Combine(DataDir(), name));

    [TestMethod]
    public void DefaultIsIndentThreeWithTypeComments()
    {
        var (code, stdout, _) = RunAst("sample.py");
        Assert.AreEqual(0, code);
        Assert.AreEqual(Expected("sample.default.txt"), stdout);
    }

    [TestMethod]
    public void AttributesAndIndentOption()
    {
        var (code, stdout, _) = RunAst("-a", "-i", "1", "sample.py");
        Assert.AreEqual(0, code);
        Assert.AreEqual(Expected("sample.a_i1.txt"), stdout);
    }

    [TestMethod]
    public void NoTypeCommentsAndZeroIndent()
    {
        var (code, stdout, _) = RunAst("--no-type-comments", "--indent=0", "sample.py");
        Assert.AreEqual(0, code);
        Assert.AreEqual(Expected("sample.no_type_comments.txt"), stdout);
    }

    [TestMethod]
    public void EvalMode()
    {
        var (code, stdout, _) = RunAst("--mode", "eval", "expr.py");
        Assert.AreEqual(0, code);
        Assert.AreEqual(Expected("expr.eval.txt"), stdout);
    }

    [TestMethod]
    [DataRow("invalid.py")]
    [DataRow("misplaced_type_comment.py")]
    public void SyntaxErrorsEndLikeCPythonsTraceback(string file)
    {
        var (code, stdout, stderr) = RunAst(file);
        string[] expected = Expected(Path.ChangeExtension(file, ".stderr.txt")).TrimEnd('\n').Split('\n');
        Assert.AreEqual(expected[^1], "exit " + code);
        Assert.AreEqual("", stdout);
        // The source line, the carets and the message, as CPython prints them.
        string[] actual = stderr.TrimEnd('\n').Split('\n');
        CollectionAssert.AreEqual(expected[^5..^1], actual[^4..]);
    }

    /// <summary>
    /// The folder of this source file, where the test data (produced by CPython) lives; a copy
    /// beside the test assembly when the build mapped source paths away.
    /// </summary>
    private static string DataDir([CallerFilePath] string sourceFile = "")
    {
        string? dir = Path.GetDirectoryName(sourceFile);
        return dir != null && Directory.Exists(dir) ? dir : Path.Combine(AppContext.BaseDirectory, "Ast");
    }
}
