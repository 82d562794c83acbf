using PyBuild.Compiler.Bytecode;

namespace PyBuild.Compiler.Marshal;

/// <summary>The <c>.pyc</c> file format of CPython 3.12: a 16-byte header, then a marshalled code object.</summary>
public static class Pyc
{
    /// <summary>CPython 3.12's magic number (3531), as the two bytes before <c>\r\n</c>.</summary>
    public const int MagicNumber = 3531;

    /// <summary>
    /// The whole pyc for <paramref name="code"/>. For <see cref="PycInvalidationMode.Timestamp"/> the
    /// header holds <paramref name="sourceMtimeSeconds"/> and <paramref name="sourceSize"/> (each
    /// truncated to 32 bits, as CPython does); for the hash modes, the source hash of <paramref name="source"/>.
    /// </summary>
    public static byte[] Build(CodeObject code, PycInvalidationMode mode, long sourceMtimeSeconds, long sourceSize, ReadOnlySpan<byte> source)
        => throw new NotSupportedException("not supported yet: writing pyc files");
}
