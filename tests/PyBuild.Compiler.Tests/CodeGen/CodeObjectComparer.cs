using System.Numerics;
using PyBuild.Compiler.Bytecode;

namespace PyBuild.Compiler.Tests.CodeGen;

/// <summary>
/// Compares two code objects field by field through nested code, as CPython's code equality does
/// (plus the filename), and describes the first difference.
/// </summary>
internal static class CodeObjectComparer
{
    /// <summary>Null when equal, else where and how they differ.</summary>
    public static string? FirstDifference(CodeObject expected, CodeObject actual, string path = "")
    {
        path = path.Length == 0 ? expected.QualName : path + "/" + expected.QualName;
        string? Field(string name, object? e, object? a) => Equals(e, a) ? null : $"{path}: {name} differs: expected {e}, got {a}";
        string? Bytes(string name, byte[] e, byte[] a) => e.AsSpan().SequenceEqual(a) ? null : $"{path}: {name} differs: expected {Convert.ToHexString(e)}, got {Convert.ToHexString(a)}";
        string? Strings(string name, string[] e, string[] a) => e.AsSpan().SequenceEqual(a) ? null : $"{path}: {name} differs: expected ({string.Join(", ", e)}), got ({string.Join(", ", a)})";
        var difference = Field("co_name", expected.Name, actual.Name)
            ?? Field("co_qualname", expected.QualName, actual.QualName)
            ?? Field("co_argcount", expected.ArgCount, actual.ArgCount)
            ?? Field("co_posonlyargcount", expected.PosOnlyArgCount, actual.PosOnlyArgCount)
            ?? Field("co_kwonlyargcount", expected.KwOnlyArgCount, actual.KwOnlyArgCount)
            ?? Field("co_flags", expected.Flags, actual.Flags)
            ?? Bytes("co_code", expected.Code, actual.Code)
            ?? Strings("co_names", expected.Names, actual.Names)
            ?? Strings("co_localsplusnames", expected.LocalsPlusNames, actual.LocalsPlusNames)
            ?? Field("co_localspluskinds", string.Join(",", expected.LocalsPlusKinds), string.Join(",", actual.LocalsPlusKinds))
            ?? Field("co_stacksize", expected.StackSize, actual.StackSize)
            ?? Field("co_firstlineno", expected.FirstLineNo, actual.FirstLineNo)
            ?? Bytes("co_linetable", expected.LineTable, actual.LineTable)
            ?? Bytes("co_exceptiontable", expected.ExceptionTable, actual.ExceptionTable)
            ?? Field("co_filename", expected.Filename, actual.Filename)
            ?? Field("len(co_consts)", expected.Consts.Length, actual.Consts.Length);
        if (difference is not null) return difference;
        for (int i = 0; i < expected.Consts.Length; i++)
        {
            var e = expected.Consts[i];
            var a = actual.Consts[i];
            if (e is CodeObject ec && a is CodeObject ac)
            {
                var nested = FirstDifference(ec, ac, path);
                if (nested is not null) return nested;
            }
            else if (!ConstantEquals(e, a))
            {
                return $"{path}: co_consts[{i}] differs: expected {Describe(e)}, got {Describe(a)}";
            }
        }
        return null;
    }

    private static bool ConstantEquals(object? e, object? a)
    {
        if (e is null || a is null) return e is null && a is null;
        if (e.GetType() != a.GetType()) return false;
        return (e, a) switch
        {
            (double x, double y) => BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y) || (double.IsNaN(x) && double.IsNaN(y)),
            (Complex x, Complex y) => ConstantEquals(x.Real, y.Real) && ConstantEquals(x.Imaginary, y.Imaginary),
            (byte[] x, byte[] y) => x.AsSpan().SequenceEqual(y),
            (ConstTuple x, ConstTuple y) => ItemsEqual(x.Items, y.Items),
            (ConstFrozenSet x, ConstFrozenSet y) => SetEqual(x.Items, y.Items),
            _ => e.Equals(a),
        };
    }

    private static bool ItemsEqual(object?[] x, object?[] y)
    {
        if (x.Length != y.Length) return false;
        for (int i = 0; i < x.Length; i++)
        {
            if (!ConstantEquals(x[i], y[i])) return false;
        }
        return true;
    }

    private static bool SetEqual(object?[] x, object?[] y)
    {
        if (x.Length != y.Length) return false;
        foreach (var item in x)
        {
            bool found = false;
            foreach (var other in y)
            {
                if (ConstantEquals(item, other)) { found = true; break; }
            }
            if (!found) return false;
        }
        return true;
    }

    private static string Describe(object? value) => value switch
    {
        null => "None",
        string s => "'" + s + "'",
        ConstTuple t => "(" + string.Join(", ", Array.ConvertAll(t.Items, Describe)) + ")",
        _ => $"{value} ({value.GetType().Name})",
    };
}
