using System.Numerics;
using PyBuild.Compiler.Marshal;
using PyBuild.Compiler.Syntax;
using Assert = Microsoft.VisualStudio.TestTools.UnitTesting.Assert;

namespace PyBuild.Compiler.Tests.CodeGen;

/// <summary>
/// The back end alone, on the AST of the project's seed program, built by hand so the test does
/// not depend on the parser. The expected bytes are CPython 3.12.1's:
/// <c>py312 -c "import marshal; print(marshal.dumps(compile(open('app.py').read(), 'app.py', 'exec')).hex())"</c>
/// with app.py = <c>x = 3 + 4\ny = x * 2\nprint(x, y)\nprint("hello, world")\n</c>.
/// </summary>
[TestClass]
public sealed class SeedProgramTests
{
    private const string CPythonMarshalHex =
        "e30000000000000000000000000400000000000000f334000000970064005a00650064017a0500005a010200650265006501ab020000000000000100020065026402ab01000000000000010079032904e907000000e9020000007a0c68656c6c6f2c20776f726c644e2903da0178da0179da057072696e74a900f300000000fa066170702e7079fa083c6d6f64756c653e720a000000010000007324000000f003010101d804098001d80405880181458001d9000580618811840bd90005806ed500157208000000";

    private static T At<T>(T node, int line, int col, int endCol) where T : LocatedNode
    {
        node.Lineno = line;
        node.EndLineno = line;
        node.ColOffset = col;
        node.EndColOffset = endCol;
        return node;
    }

    private static Constant Int(int value, int line, int col, int endCol) => At(new Constant { Value = new BigInteger(value) }, line, col, endCol);

    private static Name Load(string id, int line, int col) => At(new Name { Id = id, Ctx = ExprContext.Load }, line, col, col + id.Length);

    private static Module SeedAst()
    {
        var assignX = At(new Assign
        {
            Targets = { At(new Name { Id = "x", Ctx = ExprContext.Store }, 1, 0, 1) },
            Value = At(new BinOp { Left = Int(3, 1, 4, 5), Op = Operator.Add, Right = Int(4, 1, 8, 9) }, 1, 4, 9),
        }, 1, 0, 9);
        var assignY = At(new Assign
        {
            Targets = { At(new Name { Id = "y", Ctx = ExprContext.Store }, 2, 0, 1) },
            Value = At(new BinOp { Left = Load("x", 2, 4), Op = Operator.Mult, Right = Int(2, 2, 8, 9) }, 2, 4, 9),
        }, 2, 0, 9);
        var printXY = At(new ExprStmt
        {
            Value = At(new Call { Func = Load("print", 3, 0), Args = { Load("x", 3, 6), Load("y", 3, 9) } }, 3, 0, 11),
        }, 3, 0, 11);
        var printHello = At(new ExprStmt
        {
            Value = At(new Call { Func = Load("print", 4, 0), Args = { At(new Constant { Value = "hello, world" }, 4, 6, 20) } }, 4, 0, 21),
        }, 4, 0, 21);
        return new Module { Body = { assignX, assignY, printXY, printHello } };
    }

    [TestMethod]
    public void SeedProgramMarshalsToCPythonsBytes()
    {
        var code = PythonCompiler.Compile(SeedAst(), "app.py", optimize: 0);
        Assert.AreEqual(CPythonMarshalHex, Convert.ToHexStringLower(MarshalWriter.Write(code)));
    }

    [TestMethod]
    public void AdditionOfConstantsIsFolded()
    {
        var code = PythonCompiler.Compile(SeedAst(), "app.py", optimize: 0);
        Assert.AreEqual(new BigInteger(7), code.Consts[0]);
        Assert.AreEqual(4, code.StackSize);
    }
}
