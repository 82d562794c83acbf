using PyBuild.Compiler.Marshal;

namespace PyBuild.Compiler.Tests.Marshal;

/// <summary>Bad marshal data of any shape raises <see cref="MarshalFormatException"/>, never anything else.</summary>
[TestClass]
public sealed class MarshalCorruptInputTests
{
    [TestMethod]
    [DataRow("closures")]
    [DataRow("frozensets")]
    [DataRow("bigints")]
    public void EveryTruncationRaisesTheMarshalException(string snippet)
    {
        byte[] data = TestData.MarshalBytes(snippet);
        for (int length = 0; length < data.Length; length++)
        {
            Assert.ThrowsExactly<MarshalFormatException>(() => MarshalReader.ReadCode(data.AsSpan(0, length)), $"length {length}");
        }
    }

    [TestMethod]
    [DataRow("classes")]
    [DataRow("strings")]
    [DataRow("tuples")]
    [DataRow("unicode_names")]
    public void RandomCorruptionEitherReadsOrRaisesTheMarshalException(string snippet)
    {
        byte[] original = TestData.MarshalBytes(snippet);
        var random = new Random(snippet.Length);
        for (int round = 0; round < 500; round++)
        {
            var data = (byte[])original.Clone();
            int changes = 1 + random.Next(4);
            for (int i = 0; i < changes; i++) data[random.Next(data.Length)] = (byte)random.Next(256);
            try
            {
                var code = MarshalReader.ReadCode(data);
                // Whatever was read can be written again.
                MarshalWriter.Write(code);
            }
            catch (MarshalFormatException)
            {
            }
        }
    }

    [TestMethod]
    public void RandomBytesRaiseTheMarshalException()
    {
        var random = new Random(42);
        for (int round = 0; round < 2000; round++)
        {
            var data = new byte[random.Next(64)];
            random.NextBytes(data);
            try
            {
                MarshalReader.ReadConstant(data);
            }
            catch (MarshalFormatException)
            {
            }
        }
    }

    [TestMethod]
    [DataRow("", "EOF read where object expected")]
    [DataRow("72 00 00 00 00", "bad marshal data (invalid reference)")]
    [DataRow("ff", "bad marshal data (unknown type code)")]
    [DataRow("6c 01 00 00 00 00 00", "bad marshal data (unnormalized long data)")]
    [DataRow("6c 01 00 00 00 00 80", "bad marshal data (digit out of range in long)")]
    [DataRow("5b 00 00 00 00", "bad marshal data (list cannot be a constant in a pyc)")]
    public void MessagesSayWhatIsWrong(string hex, string message)
    {
        byte[] data = Convert.FromHexString(hex.Replace(" ", ""));
        var e = Assert.ThrowsExactly<MarshalFormatException>(() => MarshalReader.ReadConstant(data));
        Assert.AreEqual(message, e.Message);
    }

    [TestMethod]
    public void AReferenceToATupleBeingReadIsRefused()
    {
        // A flagged one-element tuple whose element refers back to the tuple itself.
        byte[] data = Convert.FromHexString("A9017200000000");
        Assert.ThrowsExactly<MarshalFormatException>(() => MarshalReader.ReadConstant(data));
    }

    [TestMethod]
    public void DeepNestingIsRefusedNotOverflowed()
    {
        var data = new byte[100_000];
        for (int i = 0; i < data.Length; i += 2)
        {
            data[i] = (byte)')';
            data[i + 1] = 1;
        }
        Assert.ThrowsExactly<MarshalFormatException>(() => MarshalReader.ReadConstant(data));
    }
}
