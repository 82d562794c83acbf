using PyBuild.Compiler;
using PyBuild.Compiler.Bytecode;
using PyBuild.Runtime.Interpreter;

namespace PyBuild.Runtime.Tests.Interpreter;

/// <summary>
/// Which runs of instructions the decoder fuses. Expected opcodes follow from CPython 3.12's
/// bytecode for each function (`LOAD_FAST a; LOAD_FAST b; BINARY_OP` for <c>a + b</c>, and so on);
/// what the fused instructions compute is checked against CPython by the program
/// fused_operator_runs.
/// </summary>
[TestClass]
public sealed class FusedOpCodesTests
{
    private static Instruction[] Decode(string source, string function)
    {
        var module = PythonCompiler.Compile(System.Text.Encoding.UTF8.GetBytes(source), "<test>", CompileMode.Exec, 0);
        var code = module.Consts.OfType<CodeObject>().Single(c => c.Name == function);
        return CodeDecoder.Decode(code).Instructions;
    }

    [TestMethod]
    public void OperatorsOnLocalsAndConstantsAreFusedIntoTheirFirstInstruction()
    {
        var ops = Decode("def f(a, b):\n    return a + b, a < 3, a[b], a[0], a * 2, a == b\n", "f").Select(i => i.Op).ToList();
        CollectionAssert.IsSubsetOf(
            new[]
            {
                FusedOpCodes.BINARY_OP_FAST_FAST, FusedOpCodes.COMPARE_OP_FAST_CONST, FusedOpCodes.BINARY_SUBSCR_FAST_FAST,
                FusedOpCodes.BINARY_SUBSCR_FAST_CONST, FusedOpCodes.BINARY_OP_FAST_CONST, FusedOpCodes.COMPARE_OP_FAST_FAST,
            },
            ops);
        // The second and third instructions of each run stay, for jumps into the run.
        Assert.AreEqual(6, ops.Count(op => op is OpCode.BINARY_OP or OpCode.COMPARE_OP or OpCode.BINARY_SUBSCR));
        Assert.AreEqual(3, ops.Count(op => op == OpCode.LOAD_FAST), "the second LOAD_FAST of each run with a local second operand");
    }

    [TestMethod]
    public void ARunThatAnExceptionHandlerBoundaryCutsIsNotFused()
    {
        Instruction[] Run() =>
        [
            new() { Op = OpCode.LOAD_FAST, Arg = 0 },
            new() { Op = OpCode.LOAD_FAST, Arg = 1 },
            new() { Op = OpCode.BINARY_OP, Arg = 0 },
            new() { Op = OpCode.RETURN_VALUE },
        ];
        Assert.AreEqual(FusedOpCodes.BINARY_OP_FAST_FAST, FusedOpCodes.Fuse(Run(), 0, []));
        Assert.AreEqual(FusedOpCodes.BINARY_OP_FAST_FAST, FusedOpCodes.Fuse(Run(), 0, [new ExceptionHandler(0, 4, 9, 0, false)]));
        // A handler that starts at the second load expects the first operand on the stack when it
        // unwinds; the fused instruction never pushes it.
        Assert.AreEqual(OpCode.LOAD_FAST, FusedOpCodes.Fuse(Run(), 0, [new ExceptionHandler(1, 4, 9, 1, false)]));
        Assert.AreEqual(OpCode.LOAD_FAST, FusedOpCodes.Fuse(Run(), 0, [new ExceptionHandler(0, 2, 9, 0, false)]));
    }

    [TestMethod]
    public void AttributeAccessOnALocalIsFused()
    {
        // self.x = self.y + 1; self.m(): LOAD_FAST self; LOAD_ATTR y (and LOAD_ATTR m, method form);
        // LOAD_FAST self; STORE_ATTR x.
        var ops = Decode("def f(self):\n    self.x = self.y + 1\n    self.m()\n", "f").Select(i => i.Op).ToList();
        Assert.AreEqual(2, ops.Count(op => op == FusedOpCodes.LOAD_ATTR_FAST));
        Assert.AreEqual(1, ops.Count(op => op == FusedOpCodes.STORE_ATTR_FAST));
        Assert.AreEqual(0, ops.Count(op => op == OpCode.LOAD_FAST));
        Assert.AreEqual(2, ops.Count(op => op == OpCode.LOAD_ATTR), "the fused runs keep their second instruction");
    }

    [TestMethod]
    public void AugmentedSubscriptAssignmentIsFused()
    {
        // a[k] += v: LOAD_FAST a; LOAD_FAST k; COPY 2; COPY 2; BINARY_SUBSCR; LOAD_FAST v; BINARY_OP +=;
        // SWAP 3; SWAP 2; STORE_SUBSCR.
        var ops = Decode("def f(a, k, v):\n    a[k] += v\n", "f").Select(i => i.Op).ToList();
        Assert.AreEqual(1, ops.Count(op => op == FusedOpCodes.COPY_COPY_BINARY_SUBSCR));
        Assert.AreEqual(1, ops.Count(op => op == FusedOpCodes.SWAP_SWAP_STORE_SUBSCR));
        Assert.AreEqual(1, ops.Count(op => op == OpCode.COPY), "the second COPY stays");
        Assert.AreEqual(1, ops.Count(op => op == OpCode.SWAP), "the second SWAP stays");
    }

    [TestMethod]
    public void OtherRunsAreLeftAlone()
    {
        var ops = Decode("def f(a, b):\n    x = a\n    y = (a, b)\n    return -a, a is b, a in b\n", "f").Select(i => (int)i.Op).ToList();
        Assert.IsFalse(ops.Any(op => op is >= 180 and <= 189));
    }
}
