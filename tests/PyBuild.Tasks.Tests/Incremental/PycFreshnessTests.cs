using PyBuild.Compiler.Marshal;
using PyBuild.Tasks.Incremental;

namespace PyBuild.Tasks.Tests.Incremental;

[TestClass]
public sealed class PycFreshnessTests
{
    // Headers CPython 3.12.1 wrote for m.py = b"x = 3 + 4\n" (10 bytes) with mtime 1700000000:
    //   printf 'x = 3 + 4\n' > m.py && touch -d @1700000000 m.py
    //   py312 -c "import py_compile as p; c = p.compile('m.py', cfile='o.pyc', invalidation_mode=p.PycInvalidationMode.MODE); print(open(c,'rb').read(16).hex())"
    private static readonly byte[] TimestampHeader = Convert.FromHexString("cb0d0d0a0000000000f153650a000000");
    private static readonly byte[] CheckedHeader = Convert.FromHexString("cb0d0d0a030000005e9f904fa11126df");
    private static readonly byte[] UncheckedHeader = Convert.FromHexString("cb0d0d0a010000005e9f904fa11126df");

    // importlib.util.source_hash(b"x = 3 + 4\n").hex(), same interpreter.
    private static readonly byte[] SourceHash = Convert.FromHexString("5e9f904fa11126df");
    private const long Mtime = 1700000000;
    private const long Size = 10;

    [TestMethod]
    public void TimestampPycMatchingMtimeAndSizeIsFresh()
        => Assert.AreEqual(Staleness.Fresh, PycFreshness.Check(TimestampHeader, PycInvalidationMode.Timestamp, Mtime, Size, default));

    [TestMethod]
    public void TimestampPycWithOtherMtimeIsStale()
        => Assert.AreEqual(Staleness.SourceChanged, PycFreshness.Check(TimestampHeader, PycInvalidationMode.Timestamp, Mtime + 1, Size, default));

    [TestMethod]
    public void TimestampPycWithOtherSizeIsStale()
        => Assert.AreEqual(Staleness.SourceChanged, PycFreshness.Check(TimestampHeader, PycInvalidationMode.Timestamp, Mtime, Size + 1, default));

    [TestMethod]
    public void MtimeAndSizeCompareTruncatedTo32Bits()
        => Assert.AreEqual(Staleness.Fresh, PycFreshness.Check(TimestampHeader, PycInvalidationMode.Timestamp, Mtime + (1L << 32), Size + (1L << 32), default));

    [TestMethod]
    public void CheckedHashPycWithSameHashIsFresh()
        => Assert.AreEqual(Staleness.Fresh, PycFreshness.Check(CheckedHeader, PycInvalidationMode.CheckedHash, 0, 0, SourceHash));

    [TestMethod]
    public void UncheckedHashPycWithSameHashIsFresh()
        => Assert.AreEqual(Staleness.Fresh, PycFreshness.Check(UncheckedHeader, PycInvalidationMode.UncheckedHash, 0, 0, SourceHash));

    [TestMethod]
    public void HashPycWithOtherHashIsStale()
    {
        byte[] other = (byte[])SourceHash.Clone();
        other[7] ^= 1;
        Assert.AreEqual(Staleness.SourceChanged, PycFreshness.Check(CheckedHeader, PycInvalidationMode.CheckedHash, Mtime, Size, other));
    }

    [TestMethod]
    [DataRow(PycInvalidationMode.CheckedHash)]
    [DataRow(PycInvalidationMode.UncheckedHash)]
    public void TimestampPycIsStaleForHashModes(PycInvalidationMode mode)
        => Assert.AreEqual(Staleness.ModeChanged, PycFreshness.Check(TimestampHeader, mode, Mtime, Size, SourceHash));

    [TestMethod]
    public void CheckedAndUncheckedAreDifferentModes()
    {
        Assert.AreEqual(Staleness.ModeChanged, PycFreshness.Check(CheckedHeader, PycInvalidationMode.UncheckedHash, 0, 0, SourceHash));
        Assert.AreEqual(Staleness.ModeChanged, PycFreshness.Check(UncheckedHeader, PycInvalidationMode.CheckedHash, 0, 0, SourceHash));
        Assert.AreEqual(Staleness.ModeChanged, PycFreshness.Check(CheckedHeader, PycInvalidationMode.Timestamp, Mtime, Size, default));
    }

    [TestMethod]
    public void OtherMagicIsBadHeader()
    {
        byte[] header = (byte[])TimestampHeader.Clone();
        header[0] = 0xcc; // 3532: another CPython version's magic
        Assert.AreEqual(Staleness.BadHeader, PycFreshness.Check(header, PycInvalidationMode.Timestamp, Mtime, Size, default));
    }

    [TestMethod]
    public void MagicWithoutCrLfIsBadHeader()
    {
        byte[] header = (byte[])TimestampHeader.Clone();
        header[3] = 0;
        Assert.AreEqual(Staleness.BadHeader, PycFreshness.Check(header, PycInvalidationMode.Timestamp, Mtime, Size, default));
    }

    [TestMethod]
    public void ShortHeaderIsBadHeader()
        => Assert.AreEqual(Staleness.BadHeader, PycFreshness.Check(TimestampHeader.AsSpan(0, 15), PycInvalidationMode.Timestamp, Mtime, Size, default));
}
