using PyBuild.Compiler.Parsing;

namespace PyBuild.Compiler.Tests.CodeGen;

/// <summary>
/// The compiler's SyntaxWarnings reach the caller with CPython's text and line. Expected values from
/// CPython 3.12.1: <c>py312 -W always -c "compile(SRC, 'w.py', 'exec')"</c> for each source (none
/// for the sources of <see cref="NoWarningWhereCPythonGivesNone"/>).
/// </summary>
[TestClass]
public sealed class CompilerWarningTests
{
    [TestMethod]
    [DataRow("x is 1\n", "\"is\" with 'int' literal. Did you mean \"==\"?", 1)]
    [DataRow("y = 0\nif 'a' is not y: pass\n", "\"is not\" with 'str' literal. Did you mean \"!=\"?", 2)]
    [DataRow("x is ()\n", "\"is\" with 'tuple' literal. Did you mean \"==\"?", 1)]
    [DataRow("assert (x, 'message')\n", "assertion is always true, perhaps remove parentheses?", 1)]
    [DataRow("[1, 2] (3, 4)\n", "'list' object is not callable; perhaps you missed a comma?", 1)]
    [DataRow("\"abc\" (1)\n", "'str' object is not callable; perhaps you missed a comma?", 1)]
    [DataRow("1 [2]\n", "'int' object is not subscriptable; perhaps you missed a comma?", 1)]
    [DataRow("[1, 2] [\"a\"]\n", "list indices must be integers or slices, not str; perhaps you missed a comma?", 1)]
    [DataRow("(1, 2)[1.5]\n", "tuple indices must be integers or slices, not float; perhaps you missed a comma?", 1)]
    [DataRow("f\"{x}\"[1.0]\n", "str indices must be integers or slices, not float; perhaps you missed a comma?", 1)]
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
    [DataRow("[1, 2][0]\n")]
    [DataRow("'abc'[1:2]\n")]
    [DataRow("f(1)(2)\n")]
    public void NoWarningWhereCPythonGivesNone(string source)
    {
        var warnings = new List<ParserWarning>();
        var module = PythonCompiler.Parse(System.Text.Encoding.UTF8.GetBytes(source), "w.py", CompileMode.Exec);
        PythonCompiler.Compile(module, "w.py", 0, warnings);
        Assert.IsEmpty(warnings);
    }
}
