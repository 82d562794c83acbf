using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.Marshal;
using PyBuild.Compiler.Tests.Marshal;

namespace PyBuild.Compiler.Tests.Bytecode;

[TestClass]
public sealed class LocationTableTests
{
    // NAME.positions.txt: CPython 3.12's co_positions() for every code object of the snippet, one code
    // unit per line (see generate_expected.py in the Marshal tests).
    [TestMethod]
    [DataRow("fstrings")]
    [DataRow("matching")]
    [DataRow("longlines")]
    [DataRow("tryexcept")]
    [DataRow("classes")]
    public void DecodeGivesCPythonsPositions(string snippet)
    {
        var expected = File.ReadAllLines(Path.Combine(TestData.SnippetsDirectory, snippet + ".positions.txt"));
        var actual = new List<string>();
        Collect(MarshalReader.ReadCode(TestData.MarshalBytes(snippet)), actual);
        CollectionAssert.AreEqual(expected, actual);
    }

    [TestMethod]
    public void TruncatedTablesEndEarly()
    {
        var code = MarshalReader.ReadCode(TestData.MarshalBytes("matching"));
        for (int length = 0; length < code.LineTable.Length; length++)
        {
            var cut = new CodeObject { Code = code.Code, LineTable = code.LineTable[..length], FirstLineNo = code.FirstLineNo };
            var entries = LocationTable.Decode(cut);
            Assert.IsTrue(entries.Count <= LocationTable.Decode(code).Count);
            LocationTable.LineForOffset(cut, 4);
        }
    }

    private static void Collect(CodeObject code, List<string> lines)
    {
        lines.Add("code " + code.QualName);
        foreach (var entry in LocationTable.Decode(code))
        {
            for (int offset = entry.StartOffset; offset < entry.EndOffset; offset += 2)
            {
                lines.Add($"{entry.Line} {entry.EndLine} {entry.Column} {entry.EndColumn}");
            }
        }
        foreach (var constant in code.Consts)
        {
            if (constant is CodeObject nested) Collect(nested, lines);
        }
    }
}
