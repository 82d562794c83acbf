using System.Numerics;
using PyBuild.Compiler.Bytecode;

namespace PyBuild.Compiler.Tests.Marshal;

/// <summary>Field-by-field comparison of code objects and constants, through nested code.</summary>
internal static class CodeObjectAssert
{
    public static void AreEqual(CodeObject expected, CodeObject actual, string path)
    {
        Assert.AreEqual(expected.ArgCount, actual.ArgCount, path + ".co_argcount");
        Assert.AreEqual(expected.PosOnlyArgCount, actual.PosOnlyArgCount, path + ".co_posonlyargcount");
        Assert.AreEqual(expected.KwOnlyArgCount, actual.KwOnlyArgCount, path + ".co_kwonlyargcount");
        Assert.AreEqual(expected.StackSize, actual.StackSize, path + ".co_stacksize");
        Assert.AreEqual(expected.Flags, actual.Flags, path + ".co_flags");
        CollectionAssert.AreEqual(expected.Code, actual.Code, path + ".co_code");
        CollectionAssert.AreEqual(expected.Names, actual.Names, path + ".co_names");
        CollectionAssert.AreEqual(expected.LocalsPlusNames, actual.LocalsPlusNames, path + ".co_localsplusnames");
        CollectionAssert.AreEqual(expected.LocalsPlusKinds, actual.LocalsPlusKinds, path + ".co_localspluskinds");
        Assert.AreEqual(expected.Filename, actual.Filename, path + ".co_filename");
        Assert.AreEqual(expected.Name, actual.Name, path + ".co_name");
        Assert.AreEqual(expected.QualName, actual.QualName, path + ".co_qualname");
        Assert.AreEqual(expected.FirstLineNo, actual.FirstLineNo, path + ".co_firstlineno");
        CollectionAssert.AreEqual(expected.LineTable, actual.LineTable, path + ".co_linetable");
        CollectionAssert.AreEqual(expected.ExceptionTable, actual.ExceptionTable, path + ".co_exceptiontable");
        Assert.AreEqual(expected.Consts.Length, actual.Consts.Length, path + ".co_consts length");
        for (int i = 0; i < expected.Consts.Length; i++)
        {
            ConstantsEqual(expected.Consts[i], actual.Consts[i], $"{path}.co_consts[{i}]");
        }
    }

    public static void ConstantsEqual(object? expected, object? actual, string path)
    {
        switch (expected)
        {
            case CodeObject code:
                Assert.IsInstanceOfType<CodeObject>(actual, path);
                AreEqual(code, (CodeObject)actual!, path);
                return;
            case ConstTuple tuple:
                Assert.IsInstanceOfType<ConstTuple>(actual, path);
                ItemsEqual(tuple.Items, ((ConstTuple)actual!).Items, path);
                return;
            case ConstFrozenSet set:
                Assert.IsInstanceOfType<ConstFrozenSet>(actual, path);
                ItemsEqual(set.Items, ((ConstFrozenSet)actual!).Items, path);
                return;
            case byte[] bytes:
                Assert.IsInstanceOfType<byte[]>(actual, path);
                CollectionAssert.AreEqual(bytes, (byte[])actual!, path);
                return;
            case double d:
                Assert.IsInstanceOfType<double>(actual, path);
                Assert.AreEqual(BitConverter.DoubleToInt64Bits(d), BitConverter.DoubleToInt64Bits((double)actual!), path);
                return;
            case Complex c:
                Assert.IsInstanceOfType<Complex>(actual, path);
                Assert.AreEqual(BitConverter.DoubleToInt64Bits(c.Real), BitConverter.DoubleToInt64Bits(((Complex)actual!).Real), path);
                Assert.AreEqual(BitConverter.DoubleToInt64Bits(c.Imaginary), BitConverter.DoubleToInt64Bits(((Complex)actual!).Imaginary), path);
                return;
            default:
                Assert.AreEqual(expected, actual, path);
                return;
        }
    }

    private static void ItemsEqual(object?[] expected, object?[] actual, string path)
    {
        Assert.AreEqual(expected.Length, actual.Length, path + " length");
        for (int i = 0; i < expected.Length; i++) ConstantsEqual(expected[i], actual[i], $"{path}[{i}]");
    }
}
