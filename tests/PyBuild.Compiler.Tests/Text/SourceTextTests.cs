using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.Text;

namespace PyBuild.Compiler.Tests.Text;

/// <summary>Decoding as CPython 3.12's compile(bytes); expected messages from the oracle (see each test).</summary>
[TestClass]
public sealed class SourceTextTests
{
    [TestMethod]
    public void BomIsRemoved()
    {
        SourceText s = SourceText.FromBytes([0xEF, 0xBB, 0xBF, (byte)'x', (byte)'\n'], "t.py");
        Assert.AreEqual("x\n", s.Text);
        Assert.IsTrue(s.HasUtf8Bom);
        Assert.AreEqual("utf-8", s.Encoding);
    }

    [TestMethod]
    public void Latin1DeclarationOnLineTwo()
    {
        // tokenize.detect_encoding reports 'iso-8859-1' for this file.
        byte[] bytes = [.. "#!/usr/bin/python\n# vim: set fileencoding=latin-1 :\nx = \""u8, 0xE9, .. "\"\n"u8];
        SourceText s = SourceText.FromBytes(bytes, "t.py");
        Assert.AreEqual("iso-8859-1", s.Encoding);
        Assert.AreEqual("iso-8859-1", s.DeclaredEncoding);
        StringAssert.Contains(s.Text, "x = \"\u00e9\"");
    }

    [TestMethod]
    public void DeclarationAfterCodeIsIgnored()
    {
        SourceText s = SourceText.FromBytes("x = 1\n# coding: latin-1\n"u8.ToArray(), "t.py");
        Assert.AreEqual("utf-8", s.Encoding);
        Assert.IsNull(s.DeclaredEncoding);
    }

    [TestMethod]
    public void Cp1252IsDecoded()
    {
        byte[] bytes = [.. "# coding: cp1252\nx = \""u8, 0x80, .. "\"\n"u8];
        SourceText s = SourceText.FromBytes(bytes, "t.py");
        Assert.AreEqual("cp1252", s.DeclaredEncoding);
        StringAssert.Contains(s.Text, "\u20ac");
    }

    [TestMethod]
    [DataRow("# coding: uft-8\nx=1\n", false, "unknown encoding: uft-8")]
    [DataRow("# coding: latin-1\nx=1\n", true, "encoding problem: iso-8859-1 with BOM")]
    [DataRow("# coding: utf8\nx=1\n", true, "encoding problem: utf8 with BOM")]
    public void DeclarationErrors(string text, bool bom, string message)
    {
        // CPython: compile() raises SyntaxError(message) with lineno 0 and offset -1.
        byte[] bytes = bom ? [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.ASCII.GetBytes(text)] : System.Text.Encoding.ASCII.GetBytes(text);
        var e = Assert.ThrowsExactly<PythonSyntaxError>(() => SourceText.FromBytes(bytes, "t.py"));
        Assert.AreEqual(message, e.Message);
        Assert.AreEqual((0, -1), (e.Lineno, e.Offset));
    }

    [TestMethod]
    public void UndecodableDeclaredEncoding()
    {
        // CPython: compile(b'# coding: ascii\nx = "\xe9"\n') -> SyntaxError at line 0, offset -1.
        byte[] bytes = [.. "# coding: ascii\nx = \""u8, 0xE9, .. "\"\n"u8];
        var e = Assert.ThrowsExactly<PythonSyntaxError>(() => SourceText.FromBytes(bytes, "t.py"));
        Assert.AreEqual("'ascii' codec can't decode byte 0xe9 in position 21: ordinal not in range(128)", e.Message);
        Assert.AreEqual((0, -1), (e.Lineno, e.Offset));
    }

    [TestMethod]
    public void InvalidUtf8DescribedAsCPython()
    {
        // CPython: compile(b'print("b\xf6se")\n') -> "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte"
        SourceText s = SourceText.FromBytes([.. "print(\"b"u8, 0xF6, .. "se\")\n"u8], "t.py");
        int quote = s.Text.IndexOf('"');
        string body = s.Text.Substring(quote + 1, s.Text.LastIndexOf('"') - quote - 1);
        Assert.AreEqual("'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte", Utf8Text.DescribeDecodeError(body));
        // CPython: b'"\xe9\xa0"' -> "can't decode bytes in position 0-1: unexpected end of data"
        SourceText t = SourceText.FromBytes([(byte)'"', 0xE9, 0xA0, (byte)'"'], "t.py");
        Assert.AreEqual("'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", Utf8Text.DescribeDecodeError(t.Text.AsSpan(1, 2)));
        Assert.IsNull(Utf8Text.DescribeDecodeError("ok \u00e9"));
    }

    [TestMethod]
    public void LinesAndColumns()
    {
        var s = new SourceText("a\r\nb\u00e9c\rd\n\U0001F600x");
        Assert.AreEqual(4, s.LineCount);
        Assert.AreEqual("b\u00e9c", s.GetLineText(2));
        Assert.AreEqual("a\r\n", s.GetLineText(1, withLineEnd: true));
        Assert.AreEqual(2, s.ToCharColumn(2, 3));
        Assert.AreEqual(1, s.ToCharColumn(4, 4));
        Assert.AreEqual("a\nb\n\nc", SourceText.TranslateNewlines("a\r\nb\r\rc"));
    }
}
