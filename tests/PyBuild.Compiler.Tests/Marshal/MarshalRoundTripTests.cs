using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.Marshal;

namespace PyBuild.Compiler.Tests.Marshal;

[TestClass]
public sealed class MarshalRoundTripTests
{
    public static IEnumerable<object[]> Snippets => TestData.SnippetNames();

    [TestMethod]
    [DynamicData(nameof(Snippets))]
    public void ReadThenWriteIsByteIdenticalToCPython(string snippet)
    {
        byte[] expected = TestData.MarshalBytes(snippet);
        CodeObject code = MarshalReader.ReadCode(expected);
        byte[] actual = MarshalWriter.Write(code);
        if (!actual.AsSpan().SequenceEqual(expected))
        {
            int at = actual.AsSpan().CommonPrefixLength(expected);
            Assert.Fail($"first difference at byte {at} of {expected.Length}: expected {Hex(expected, at)}, got {Hex(actual, at)}");
        }
    }

    [TestMethod]
    [DynamicData(nameof(Snippets))]
    public void ReadWriteReadGivesTheSameCodeObject(string snippet)
    {
        CodeObject first = MarshalReader.ReadCode(TestData.MarshalBytes(snippet));
        CodeObject second = MarshalReader.ReadCode(MarshalWriter.Write(first));
        CodeObjectAssert.AreEqual(first, second, snippet);
    }

    [TestMethod]
    public void ReadsTheFieldsOfTheModuleCode()
    {
        // functions.py; the values are what CPython 3.12 prints for compile(source, 'functions.py', 'exec').
        CodeObject code = MarshalReader.ReadCode(TestData.MarshalBytes("functions"));
        Assert.AreEqual("<module>", code.Name);
        Assert.AreEqual("functions.py", code.Filename);
        Assert.AreEqual(1, code.FirstLineNo);
        CollectionAssert.AreEqual(new[] { "f", "g", "print" }, code.Names);
        Assert.AreEqual(11, code.Consts.Length);
        Assert.AreEqual(new System.Numerics.BigInteger(1), code.Consts[0]);
        CollectionAssert.AreEqual(new object?[] { "d" }, ((ConstTuple)code.Consts[2]!).Items);
        Assert.IsNull(code.Consts[9]);
        var f = (CodeObject)code.Consts[3]!;
        Assert.AreEqual("f", f.Name);
        Assert.AreEqual(2, f.ArgCount);
        Assert.AreEqual(2, f.KwOnlyArgCount);
        Assert.AreEqual(CodeFlags.Optimized | CodeFlags.NewLocals | CodeFlags.VarArgs | CodeFlags.VarKeywords, f.Flags);
        CollectionAssert.AreEqual(new[] { "a", "b", "c", "d", "args", "kw" }, f.LocalsPlusNames);
        var g = (CodeObject)code.Consts[4]!;
        Assert.AreEqual(1, g.PosOnlyArgCount);
    }

    private static string Hex(byte[] bytes, int at) => Convert.ToHexString(bytes, at, Math.Min(16, bytes.Length - at));
}
