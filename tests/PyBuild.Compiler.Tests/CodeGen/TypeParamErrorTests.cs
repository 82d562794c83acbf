using PyBuild.Compiler.Diagnostics;

namespace PyBuild.Compiler.Tests.CodeGen;

/// <summary>
/// The compile-time errors of PEP 695 annotation scopes (and of the directives they interact with)
/// carry CPython's message and range. Expected values from CPython 3.12.1:
/// <c>compile(SRC, 'x.py', 'exec')</c>, printing the SyntaxError's msg, lineno, offset, end_lineno, end_offset.
/// </summary>
[TestClass]
public sealed class TypeParamErrorTests
{
    [TestMethod]
    [DataRow("type A = (x := 1)\n", "named expression cannot be used within a type alias", 1, 11, 1, 17)]
    [DataRow("def f[T: (yield)](): pass\n", "yield expression cannot be used within a TypeVar bound", 1, 11, 1, 16)]
    [DataRow("type A = await x\n", "await expression cannot be used within a type alias", 1, 10, 1, 17)]
    [DataRow("def f[T](x: (y:=1)): pass\n", "named expression cannot be used within the definition of a generic", 1, 14, 1, 18)]
    [DataRow("class C[T]((yield)): pass\n", "yield expression cannot be used within the definition of a generic", 1, 13, 1, 18)]
    [DataRow("type A[T] = [(y := 1) for x in T]\n", "assignment expression within a comprehension cannot be used in a type alias", 1, 15, 1, 16)]
    [DataRow("def f[T: [(y := 1) for x in T]](): pass\n", "assignment expression within a comprehension cannot be used in a TypeVar bound", 1, 12, 1, 13)]
    [DataRow("class C[T]:\n  [(y := 1) for x in T]\n", "assignment expression within a comprehension cannot be used in a class body", 2, 5, 2, 6)]
    [DataRow("def f[T, T](): pass\n", "duplicate type parameter 'T'", 1, 10, 1, 11)]
    [DataRow("class C[T, *T]: pass\n", "duplicate type parameter 'T'", 1, 12, 1, 14)]
    [DataRow("type T[*Ts, **P, Ts] = 1\n", "duplicate type parameter 'Ts'", 1, 18, 1, 20)]
    [DataRow("class C:\n  def f[__T, _C__T](): pass\n", "duplicate type parameter '_C__T'", 2, 14, 2, 19)]
    [DataRow("def g():\n  def f[T]():\n    def h():\n      nonlocal T\n", "nonlocal binding not allowed for type parameter 'T'", 4, 7, 4, 17)]
    [DataRow("class C:\n  type A = [x for x in y]\n", "Cannot use comprehension in annotation scope within class scope", 2, 12, 2, 26)]
    [DataRow("class C:\n  def f[T: [x for x in y]](): pass\n", "Cannot use comprehension in annotation scope within class scope", 2, 12, 2, 26)]
    [DataRow("class C:\n  type V = lambda: C\n", "Cannot use lambda in annotation scope within class scope", 2, 12, 2, 21)]
    [DataRow("def f():\n  nonlocal x\n", "no binding for nonlocal 'x' found", 2, 3, 2, 13)]
    [DataRow("def f():\n  x = 1\n  def g():\n    global x\n    nonlocal x\n", "name 'x' is nonlocal and global", 4, 5, 4, 13)]
    public void ErrorAsCPython(string source, string message, int line, int offset, int endLine, int endOffset)
    {
        var e = Assert.ThrowsExactly<PythonSyntaxError>(() => PythonCompiler.Compile(System.Text.Encoding.UTF8.GetBytes(source), "x.py", CompileMode.Exec, optimize: 0));
        Assert.AreEqual(message, e.Message);
        Assert.AreEqual((line, offset, endLine, endOffset), (e.Lineno, e.Offset, e.EndLineno, e.EndOffset));
    }

    [TestMethod]
    [DataRow("def f[T](**T): pass\n")]
    [DataRow("class C[T]:\n  def f[T](self): pass\n")]
    [DataRow("def f[T](x: [y for y in T]): pass\n")]
    [DataRow("type A[T] = lambda: (yield)\n")]
    [DataRow("def f[__T, _f__T](): pass\n")]
    public void CompilesWhereCPythonDoes(string source)
    {
        Assert.IsNotNull(PythonCompiler.Compile(System.Text.Encoding.UTF8.GetBytes(source), "x.py", CompileMode.Exec, optimize: 0));
    }
}
