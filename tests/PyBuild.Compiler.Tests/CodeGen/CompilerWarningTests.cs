using PyBuild.Compiler.Parsing;

namespace PyBuild.Compiler.Tests.CodeGen;

/// <summary>
/// The compiler's SyntaxWarnings reach the caller with CPython's text and line. Expected values from
/// CPython 3.12.1: <c>py312 -W always -c "compile(SRC, 'w.py', 'exec')"</c> for each source.
/// </summary>
[TestClass]
public sealed class CompilerWarningTests
{
    [TestMethod]
    [DataRow("x is 1\n", "\"is\" with 'int' literal. Did you mean \"==\"?", 1)]
    [DataRow("y = 0\nif 'a' is not y: pass\n", "\"is not\" with 'str' literal. Did you mean \"!=\"?", 2)]
    [DataRow("x is ()\n", "\"is\" with 'tuple' literal. Did you mean \"==\"?", 1)]
    [DataRow("assert (x, 'message')\n", "assertion is always true, perhaps remove parentheses?", 1)]
    public void WarningsReachTheCaller(string source, string message, int line)
    {
        var warnings = new List<ParserWarning>();
        var module = PythonCompiler.Parse(System.Text.Encoding.UTF8.GetBytes(source), "w.py", CompileMode.Exec);
        PythonCompiler.Compile(module, "w.py", 0, warnings);
        Assert.HasCount(1, warnings);
        Assert.AreEqual(new ParserWarning("SyntaxWarning", message, line), warnings[0]);
    }

    [TestMethod]
    [DataRow("x is None\n")]
    [DataRow("x is not True\n")]
    [DataRow("x is ...\n")]
    [DataRow("assert x, 'message'\n")]
    public void NoWarningWhereCPythonGivesNone(string source)
    {
        var warnings = new List<ParserWarning>();
        var module = PythonCompiler.Parse(System.Text.Encoding.UTF8.GetBytes(source), "w.py", CompileMode.Exec);
        PythonCompiler.Compile(module, "w.py", 0, warnings);
        Assert.IsEmpty(warnings);
    }
}
