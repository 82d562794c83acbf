using System.Numerics;
using System.Text;
using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.Syntax;
using Assert = Microsoft.VisualStudio.TestTools.UnitTesting.Assert;

namespace PyBuild.Compiler.Tests.Syntax;

/// <summary>
/// <see cref="AstDump"/> on hand-built trees. Expected texts are CPython 3.12's, from
/// <c>py312 -c "import ast; print(ast.dump(ast.parse(SRC), include_attributes=A, indent=I))"</c>
/// with the SRC each test names.
/// </summary>
[TestClass]
public sealed class AstDumpTests
{
    private static T At<T>(T node, int line, int col, int endLine, int endCol) where T : LocatedNode
    {
        node.Lineno = line;
        node.ColOffset = col;
        node.EndLineno = endLine;
        node.EndColOffset = endCol;
        return node;
    }

    // SRC = "x = 3 + 4\nfrom . import a as b\n"
    private static Module AssignAndImport() => new()
    {
        Body =
        {
            At(new Assign
            {
                Targets = { At(new Name { Id = "x", Ctx = ExprContext.Store }, 1, 0, 1, 1) },
                Value = At(new BinOp
                {
                    Left = At(new Constant { Value = new BigInteger(3) }, 1, 4, 1, 5),
                    Op = Operator.Add,
                    Right = At(new Constant { Value = new BigInteger(4) }, 1, 8, 1, 9),
                }, 1, 4, 1, 9),
            }, 1, 0, 1, 9),
            At(new ImportFrom { Names = { At(new Alias { Name = "a", Asname = "b" }, 2, 14, 2, 20) }, Level = 1 }, 2, 0, 2, 20),
        },
    };

    [TestMethod]
    public void OneLineWithoutAttributes()
    {
        Assert.AreEqual(
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=3), op=Add(), right=Constant(value=4))), ImportFrom(names=[alias(name='a', asname='b')], level=1)], type_ignores=[])",
            AstDump.Dump(AssignAndImport()));
    }

    [TestMethod]
    public void IndentedWithAttributes()
    {
        string expected = """
            Module(
               body=[
                  Assign(
                     targets=[
                        Name(
                           id='x',
                           ctx=Store(),
                           lineno=1,
                           col_offset=0,
                           end_lineno=1,
                           end_col_offset=1)],
                     value=BinOp(
                        left=Constant(
                           value=3,
                           lineno=1,
                           col_offset=4,
                           end_lineno=1,
                           end_col_offset=5),
                        op=Add(),
                        right=Constant(
                           value=4,
                           lineno=1,
                           col_offset=8,
                           end_lineno=1,
                           end_col_offset=9),
                        lineno=1,
                        col_offset=4,
                        end_lineno=1,
                        end_col_offset=9),
                     lineno=1,
                     col_offset=0,
                     end_lineno=1,
                     end_col_offset=9),
                  ImportFrom(
                     names=[
                        alias(
                           name='a',
                           asname='b',
                           lineno=2,
                           col_offset=14,
                           end_lineno=2,
                           end_col_offset=20)],
                     level=1,
                     lineno=2,
                     col_offset=0,
                     end_lineno=2,
                     end_col_offset=20)],
               type_ignores=[])
            """;
        Assert.AreEqual(expected.Replace("\r\n", "\n"), AstDump.Dump(AssignAndImport(), includeAttributes: true, indent: 3));
    }

    // SRC = "del d[1:]\nreturn"  (the return outside a function parses; optional None fields vanish)
    [TestMethod]
    public void OptionalFieldsThatAreNoneAreLeftOut()
    {
        var module = new Module
        {
            Body =
            {
                new Delete
                {
                    Targets =
                    {
                        new Subscript
                        {
                            Value = new Name { Id = "d", Ctx = ExprContext.Load },
                            Slice = new Slice { Lower = new Constant { Value = new BigInteger(1) } },
                            Ctx = ExprContext.Del,
                        },
                    },
                },
                new Return(),
            },
        };
        Assert.AreEqual(
            "Module(body=[Delete(targets=[Subscript(value=Name(id='d', ctx=Load()), slice=Slice(lower=Constant(value=1)), ctx=Del())]), Return()], type_ignores=[])",
            AstDump.Dump(module));
    }

    // SRC = "'a\"b', b'\\x00\\'', 1e16, 0.1, 2.5e-7, 3j, ..., None, True, u'x'"
    [TestMethod]
    public void ConstantsUseCPythonRepr()
    {
        object?[] values = ["a\"b", new byte[] { 0, (byte)'\'' }, 1e16, 0.1, 2.5e-7, new Complex(0, 3), ConstEllipsis.Value, null, true];
        var tuple = new TupleExpr { Ctx = ExprContext.Load };
        foreach (object? v in values) tuple.Elts.Add(new Constant { Value = v! });
        tuple.Elts.Add(new Constant { Value = "x", Kind = "u" });
        Assert.AreEqual(
            "Tuple(elts=[Constant(value='a\"b'), Constant(value=b\"\\x00'\"), Constant(value=1e+16), Constant(value=0.1), Constant(value=2.5e-07), Constant(value=3j), Constant(value=Ellipsis), Constant(value=None), Constant(value=True), Constant(value='x', kind='u')], ctx=Load())",
            AstDump.Dump(tuple));
    }

    // Expected: py312 -c "for v in VALUES: print(repr(v))"
    [TestMethod]
    [DataRow(1e22, "1e+22")]
    [DataRow(1e-5, "1e-05")]
    [DataRow(1e-4, "0.0001")]
    [DataRow(123456789012345678.0, "1.2345678901234568e+17")]
    [DataRow(1.5, "1.5")]
    [DataRow(double.PositiveInfinity, "inf")]
    [DataRow(0.30000000000000004, "0.30000000000000004")]
    [DataRow(5e-324, "5e-324")]
    [DataRow(1.7976931348623157e308, "1.7976931348623157e+308")]
    [DataRow(100.0, "100.0")]
    [DataRow(1e15, "1000000000000000.0")]
    [DataRow(0.0, "0.0")]
    public void FloatRepr(double value, string expected)
    {
        Assert.AreEqual(expected, ConstantRepr.Repr(value));
    }

    // Expected: py312 -c "print(repr(VALUE))" for "it's", 'both \'"', '\u00e9\x7f\u200b\U0001f600\ud800\t'
    [TestMethod]
    public void StrRepr()
    {
        Assert.AreEqual("\"it's\"", ConstantRepr.Repr("it's"));
        Assert.AreEqual("'both \\'\"'", ConstantRepr.Repr("both '\""));
        var sb = new StringBuilder("\u00e9\u007f\u200b");
        sb.Append(char.ConvertFromUtf32(0x1F600)).Append('\ud800').Append('\t');
        Assert.AreEqual("'\u00e9\\x7f\\u200b" + char.ConvertFromUtf32(0x1F600) + "\\ud800\\t'", ConstantRepr.Repr(sb.ToString()));
        Assert.AreEqual("infj", ConstantRepr.Repr(new Complex(0, double.PositiveInfinity)));
    }
}
