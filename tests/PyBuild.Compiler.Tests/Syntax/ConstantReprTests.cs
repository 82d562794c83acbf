using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.Syntax;
using Assert = Microsoft.VisualStudio.TestTools.UnitTesting.Assert;

namespace PyBuild.Compiler.Tests.Syntax;

[TestClass]
public sealed class ConstantReprTests
{
    [TestMethod]
    public void FloatReprIsPythons()
    {
        // float_repr.txt: CPython 3.12's repr of 616 doubles (generate_float_repr.py regenerates it).
        var failures = new List<string>();
        foreach (var line in File.ReadAllLines(Path.Combine(Here(), "float_repr.txt")))
        {
            var parts = line.Split('\t');
            double d = BinaryPrimitives.ReadDoubleLittleEndian(Convert.FromHexString(parts[0]));
            var sb = new StringBuilder();
            ConstantRepr.Append(sb, d);
            if (sb.ToString() != parts[1]) failures.Add($"{parts[1]} printed as {sb}");
        }
        Assert.AreEqual(0, failures.Count, string.Join('\n', failures));
    }

    // Expected: repr() in CPython 3.12 of the value described.
    [TestMethod]
    public void ConstantReprsArePythons()
    {
        Assert.AreEqual("-0.0", Repr(-0.0));
        Assert.AreEqual("inf", Repr(double.PositiveInfinity));
        Assert.AreEqual("nan", Repr(double.NaN));
        Assert.AreEqual("2j", Repr(new Complex(0, 2)));
        Assert.AreEqual("(-0-2j)", Repr(new Complex(-0.0, -2)));
        Assert.AreEqual("(1.5+infj)", Repr(new Complex(1.5, double.PositiveInfinity)));
        Assert.AreEqual("(1+nanj)", Repr(new Complex(1, double.NaN)));
        Assert.AreEqual("\"it's\"", Repr("it's"));
        Assert.AreEqual("'both \\' and \"'", Repr("both ' and \""));
        Assert.AreEqual("'\\x00\\x7f\\t\\n\\r\\\\ é\\xa0\\u2028\\U000e0001😀'", Repr("\0\x7f\t\n\r\\ é\u00a0\u2028\U000E0001😀"));
        Assert.AreEqual("'\\ud800'", Repr("\ud800"));
        Assert.AreEqual("'\\ud800\\udc80'", Repr(StrConstant.FromCodePoints([0xD800, 0xDC80])));
        Assert.AreEqual("'𐂀'", Repr("\U00010080"));
        // U+2FFC was assigned in Unicode 15.1, after CPython 3.12's Unicode 15.0, so it is escaped.
        Assert.AreEqual("'\\u2ffc'", Repr("\u2ffc"));
        Assert.AreEqual("b\"it's\"", Repr("it's"u8.ToArray()));
        Assert.AreEqual("b'\\x00\\xff\\n\\t\\'\"\\\\'", Repr(new byte[] { 0, 255, 10, 9, 39, 34, 92 }));
        Assert.AreEqual("(1,)", Repr(new ConstTuple([BigInteger.One])));
        Assert.AreEqual("((), None, True, Ellipsis)", Repr(new ConstTuple([new ConstTuple([]), null, true, ConstEllipsis.Value])));
        Assert.AreEqual("frozenset()", Repr(new ConstFrozenSet([])));
        Assert.AreEqual("frozenset({1, 'a'})", Repr(new ConstFrozenSet([BigInteger.One, "a"])));
        Assert.AreEqual("-12345678901234567890", Repr(BigInteger.Parse("-12345678901234567890", System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string Repr(object? value)
    {
        var sb = new StringBuilder();
        ConstantRepr.Append(sb, value, _ => "<code>");
        return sb.ToString();
    }

    private static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
