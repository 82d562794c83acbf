using System.Numerics;
using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.Marshal;

namespace PyBuild.Compiler.Tests.Marshal;

[TestClass]
public sealed class MarshalWriterTests
{
    // Expected bytes: CPython 3.12's marshal.dumps(x).hex(), e.g.
    //   py312 -c "import marshal; print(marshal.dumps(2**100).hex())"
    // A literal in that command has more than one reference, so CPython sets FLAG_REF on it where a lone
    // constant of a module would not have it: the flag bit of the first byte is left out of the comparison.
    [TestMethod]
    [DataRow("100000", "e9a0860100")]
    [DataRow("2147483647", "e9ffffff7f")]
    [DataRow("-2147483648", "e900000080")]
    [DataRow("2147483648", "ec03000000000000000200")]
    [DataRow("-2147483649", "ecfdffffff010000000200")]
    [DataRow("1267650600228229401496703205376", "ec070000000000000000000000000000000004")]
    public void IntegersUseTypeIntOrFifteenBitDigits(string value, string expectedHex)
    {
        var big = BigInteger.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        byte[] bytes = MarshalWriter.WriteConstant(big);
        AssertSameIgnoringTopFlag(expectedHex, bytes);
        Assert.AreEqual(big, MarshalReader.ReadConstant(bytes));
    }

    [TestMethod]
    [DataRow("a b ", "fa0461206220")]
    [DataRow("éé", "f504000000c3a9c3a9")]
    [DataRow("abc", "da03616263")]
    public void StringsChooseTheirTypeCodeAsCPython(string value, string expectedHex)
    {
        byte[] bytes = MarshalWriter.WriteConstant(value);
        AssertSameIgnoringTopFlag(expectedHex, bytes);
        Assert.AreEqual(value, MarshalReader.ReadConstant(bytes));
    }

    [TestMethod]
    public void LoneSurrogatesAreWrittenWithSurrogatePass()
    {
        // CPython: marshal.dumps('\ud800') is f503000000eda080.
        string value = "\ud800";
        byte[] bytes = MarshalWriter.WriteConstant(value);
        AssertSameIgnoringTopFlag("f503000000eda080", bytes);
        Assert.AreEqual(value, MarshalReader.ReadConstant(bytes));
    }

    [TestMethod]
    public void EscapedSurrogatePairsStayTwoCodePoints()
    {
        // CPython: marshal.dumps('\ud800\udc80') is f506000000eda080edb280, two three-byte sequences;
        // marshal.dumps('\U00010080') is f504000000f0908280, one four-byte sequence.
        object pair = StrConstant.FromCodePoints([0xD800, 0xDC80]);
        Assert.IsInstanceOfType<ConstSurrogateStr>(pair);
        byte[] bytes = MarshalWriter.WriteConstant(pair);
        AssertSameIgnoringTopFlag("f506000000eda080edb280", bytes);
        Assert.AreEqual(pair, MarshalReader.ReadConstant(bytes));

        object astral = StrConstant.FromCodePoints([0x10080]);
        Assert.AreEqual("\U00010080", astral);
        AssertSameIgnoringTopFlag("f504000000f0908280", MarshalWriter.WriteConstant(astral));
        Assert.AreEqual("\U00010080", MarshalReader.ReadConstant(Convert.FromHexString("f504000000f0908280")));
    }

    [TestMethod]
    public void LongAsciiStringsUseTypeAscii()
    {
        // CPython: marshal.dumps(' ' * 300) starts e12c010000 (TYPE_ASCII, length 300).
        byte[] bytes = MarshalWriter.WriteConstant(new string(' ', 300));
        AssertSameIgnoringTopFlag("e12c010000", bytes[..5]);
    }

    [TestMethod]
    public void FrozenSetElementsAreSortedByTheirMarshalBytes()
    {
        // CPython 3.12 writes the constant of  x in {'b', 'a', 'c', 1, 2.5, (1, 2), 'a b', 10**20}  as
        //   be08000000 a902e901000000e902000000 e70000000000000440 ec050000000000204 6b5783a5e5600
        //   fa03612062 da0161 da0162 da0163 7204000000
        // (py312 -c "import marshal; print(marshal.dumps(compile(SOURCE, 'f', 'exec')).hex())"):
        // sorted by each element's bytes when dumped alone (unshared, so without FLAG_REF: ')' < 'g' < 'l'
        // < 'z' < interned 'Z'|0x80 < small int 'i'|0x80), each element then marked because the set
        // writer holds it. The trailing back-reference is to the 1 in the tuple: reference 4 in CPython's
        // whole module (after the code, co_code, the set and the tuple); 1 here, where the set stands alone.
        var set = new ConstFrozenSet(["b", "a", "c", BigInteger.One, 2.5,
            new ConstTuple([BigInteger.One, new BigInteger(2)]), "a b", BigInteger.Pow(10, 20)]);
        byte[] bytes = MarshalWriter.WriteConstant(set);
        AssertSameIgnoringTopFlag("be08000000a902e901000000e902000000e70000000000000440ec0500000000002046b5783a5e5600"
            + "fa03612062da0161da0162da01637201000000", bytes);
    }

    [TestMethod]
    public void TooDeepNestingIsRefused()
    {
        object? value = BigInteger.One;
        for (int i = 0; i < 3000; i++) value = new ConstTuple([value, "x y"]);
        Assert.ThrowsExactly<MarshalFormatException>(() => MarshalWriter.WriteConstant(value));
    }

    private static void AssertSameIgnoringTopFlag(string expectedHex, byte[] actual)
    {
        byte[] expected = Convert.FromHexString(expectedHex);
        expected[0] &= 0x7F;
        var copy = (byte[])actual.Clone();
        copy[0] &= 0x7F;
        Assert.AreEqual(Convert.ToHexString(expected), Convert.ToHexString(copy));
    }
}
