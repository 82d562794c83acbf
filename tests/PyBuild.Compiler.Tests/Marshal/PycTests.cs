using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.Marshal;

namespace PyBuild.Compiler.Tests.Marshal;

[TestClass]
public sealed class PycTests
{
    // functions.pyc.hex holds three pycs of Snippets/functions.py that CPython's importlib wrote
    // (timestamp with mtime 1700000000, checked hash, unchecked hash); see generate_expected.py.
    private static readonly string[] Pycs = File.ReadAllLines(Path.Combine(TestData.MarshalDirectory, "functions.pyc.hex"));
    private static readonly byte[] Source = File.ReadAllBytes(Path.Combine(TestData.SnippetsDirectory, "functions.py"));

    public static IEnumerable<object[]> SourceHashCases()
    {
        foreach (var line in File.ReadAllLines(Path.Combine(TestData.MarshalDirectory, "source_hash.txt")))
        {
            var parts = line.Split('\t');
            yield return [parts[0], parts[1]];
        }
    }

    [TestMethod]
    [DynamicData(nameof(SourceHashCases))]
    public void SourceHashIsImportlibs(string inputHex, string expectedHex)
    {
        byte[] hash = SourceHash.Compute(Convert.FromHexString(inputHex));
        Assert.AreEqual(expectedHex, Convert.ToHexString(hash).ToLowerInvariant());
    }

    [TestMethod]
    [DataRow(0, PycInvalidationMode.Timestamp)]
    [DataRow(1, PycInvalidationMode.CheckedHash)]
    [DataRow(2, PycInvalidationMode.UncheckedHash)]
    public void BuildWritesThePycCPythonWrites(int index, PycInvalidationMode mode)
    {
        byte[] expected = Convert.FromHexString(Pycs[index]);
        CodeObject code = Pyc.ReadCode(expected);
        byte[] actual = Pyc.Build(code, mode, 1700000000, Source.Length, Source);
        Assert.AreEqual(Convert.ToHexString(expected), Convert.ToHexString(actual));
    }

    [TestMethod]
    public void HeaderSaysWhetherThePycIsUpToDate()
    {
        Assert.IsTrue(PycHeader.TryRead(Convert.FromHexString(Pycs[0]), out var timestamp, out _));
        Assert.AreEqual(PycInvalidationMode.Timestamp, timestamp.Mode);
        Assert.IsTrue(timestamp.IsUpToDate(1700000000, Source.Length, default));
        Assert.IsFalse(timestamp.IsUpToDate(1700000001, Source.Length, default));
        Assert.IsFalse(timestamp.IsUpToDate(1700000000, Source.Length + 1, default));
        // Both fields are compared modulo 2**32, as importlib compares them.
        Assert.IsTrue(timestamp.IsUpToDate(1700000000 + (1L << 32), Source.Length, default));

        Assert.IsTrue(PycHeader.TryRead(Convert.FromHexString(Pycs[1]), out var checkedHash, out _));
        Assert.AreEqual(PycInvalidationMode.CheckedHash, checkedHash.Mode);
        Assert.IsTrue(checkedHash.IsUpToDate(0, 0, Source));
        Assert.IsFalse(checkedHash.IsUpToDate(0, 0, Source.AsSpan(1)));

        Assert.IsTrue(PycHeader.TryRead(Convert.FromHexString(Pycs[2]), out var uncheckedHash, out _));
        Assert.AreEqual(PycInvalidationMode.UncheckedHash, uncheckedHash.Mode);
        Assert.IsTrue(uncheckedHash.IsUpToDate(0, 0, Source.AsSpan(1)));
    }

    [TestMethod]
    [DataRow("", "bad magic number")]
    [DataRow("cc0d0d0a00000000000000000000000000", "bad magic number")]
    [DataRow("cb0d0d0a0000", "reached EOF while reading pyc header")]
    [DataRow("cb0d0d0a04000000000000000000000000", "invalid flags 4")]
    public void BadHeadersAreRejected(string hex, string error)
    {
        Assert.IsFalse(PycHeader.TryRead(Convert.FromHexString(hex), out _, out string? actual));
        Assert.AreEqual(error, actual);
        Assert.ThrowsExactly<MarshalFormatException>(() => Pyc.ReadCode(Convert.FromHexString(hex)));
    }
}
