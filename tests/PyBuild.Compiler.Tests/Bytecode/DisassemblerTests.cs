using System.Text.RegularExpressions;
using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.Marshal;
using PyBuild.Compiler.Tests.Marshal;

namespace PyBuild.Compiler.Tests.Bytecode;

/// <summary>
/// The disassembly of CPython's own code objects (read from the marshal data beside the marshal tests)
/// against CPython's <c>dis.dis</c> text for them, addresses masked. Regenerate with
/// tests/PyBuild.Compiler.Tests/Marshal/generate_expected.py.
/// </summary>
[TestClass]
public sealed partial class DisassemblerTests
{
    // frozensets.py and frozenset_sharing.py are left out: CPython prints a frozenset constant in
    // hash-table order (for strings, a different order in each process), while a frozenset read back
    // from marshal data only knows the sorted order marshal wrote it in (see FrozenSetConstantsPrintInMarshalOrder).
    public static IEnumerable<object[]> Snippets
    {
        get
        {
            foreach (var row in TestData.SnippetNames())
            {
                if ((string)row[0] is not ("frozensets" or "frozenset_sharing")) yield return row;
            }
        }
    }

    [TestMethod]
    [DynamicData(nameof(Snippets))]
    public void DisassemblyMatchesCPython(string snippet)
    {
        CodeObject code = MarshalReader.ReadCode(TestData.MarshalBytes(snippet));
        string expected = MaskAddresses(TestData.DisText(snippet));
        string actual = MaskAddresses(Disassembler.Disassemble(code));
        if (expected == actual) return;
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        for (int i = 0; i < Math.Min(e.Length, a.Length); i++)
        {
            if (e[i] != a[i]) Assert.Fail($"line {i + 1}:\nexpected: {e[i]}\nactual:   {a[i]}");
        }
        Assert.Fail($"expected {e.Length} lines, got {a.Length}");
    }

    [TestMethod]
    public void FrozenSetConstantsPrintInMarshalOrder()
    {
        // CPython's dis shows frozenset({1.5, 2.5}) (hash order); marshal wrote 2.5 first (byte order).
        CodeObject code = MarshalReader.ReadCode(TestData.MarshalBytes("frozensets"));
        StringAssert.Contains(Disassembler.Disassemble(code), "(frozenset({2.5, 1.5}))");
        StringAssert.Contains(TestData.DisText("frozensets"), "(frozenset({1.5, 2.5}))");
    }

    [TestMethod]
    public void AddressesAreFixedWidthAndStable()
    {
        CodeObject code = MarshalReader.ReadCode(TestData.MarshalBytes("closures"));
        string text = Disassembler.Disassemble(code);
        var addresses = AddressPattern().Matches(text);
        Assert.IsTrue(addresses.Count >= 4);
        foreach (Match m in addresses) Assert.AreEqual(14, m.Length, m.Value);
        // "counter" is shown by LOAD_CONST and again as a section header: the same address both times.
        var counter = Regex.Matches(text, "code object counter at (0x[0-9a-f]+)");
        Assert.AreEqual(2, counter.Count);
        Assert.AreEqual(counter[0].Groups[1].Value, counter[1].Groups[1].Value);
    }

    [TestMethod]
    public void LineStartsFollowTheLocationTable()
    {
        // closures.py's inc: CPython's dis.findlinestarts gives [(2, 3), (4, 5), (14, 6)].
        var module = MarshalReader.ReadCode(TestData.MarshalBytes("closures"));
        var counter = (CodeObject)Array.Find(module.Consts, c => c is CodeObject)!;
        var inc = (CodeObject)Array.Find(counter.Consts, c => c is CodeObject)!;
        CollectionAssert.AreEqual(new[] { (2, 3), (4, 5), (14, 6) }, LocationTable.LineStarts(inc));
        Assert.AreEqual(-1, LocationTable.LineForOffset(inc, 0));
        Assert.AreEqual(5, LocationTable.LineForOffset(inc, 8));
    }

    [TestMethod]
    public void CorruptCodeDisassemblesWithoutThrowing()
    {
        CodeObject code = MarshalReader.ReadCode(TestData.MarshalBytes("tryexcept"));
        var random = new Random(1234);
        for (int round = 0; round < 200; round++)
        {
            var bytes = (byte[])code.Code.Clone();
            var table = (byte[])code.LineTable.Clone();
            var exceptions = (byte[])code.ExceptionTable.Clone();
            random.NextBytes(bytes.AsSpan(random.Next(bytes.Length)));
            if (table.Length > 0) random.NextBytes(table.AsSpan(random.Next(table.Length)));
            if (exceptions.Length > 0) random.NextBytes(exceptions.AsSpan(random.Next(exceptions.Length)));
            var broken = new CodeObject
            {
                Code = bytes, LineTable = table, ExceptionTable = exceptions, Consts = code.Consts, Names = code.Names,
                LocalsPlusNames = code.LocalsPlusNames, LocalsPlusKinds = code.LocalsPlusKinds, Name = code.Name,
                QualName = code.QualName, Filename = code.Filename, FirstLineNo = code.FirstLineNo,
            };
            Assert.IsNotNull(Disassembler.Disassemble(broken));
        }
    }

    private static string MaskAddresses(string text) => AddressPattern().Replace(text, "0xADDRESS");

    [GeneratedRegex("0x[0-9a-f]+")]
    private static partial Regex AddressPattern();
}
