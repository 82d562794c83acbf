using System.Runtime.InteropServices;
using System.Text;
using PyBuild.Compiler.Marshal;
using PyBuild.Compiler.Parsing;

namespace PyBuild.Compiler.Native;

/// <summary>
/// The library's C entry points. Nothing may escape them as a .NET exception (that would end the host
/// process): every outcome of a compile, errors included, comes back as an encoded
/// <see cref="PycCompileOutcome"/> in memory the caller frees with <c>pybuild_free</c>.
/// </summary>
public static unsafe class NativeExports
{
    /// <summary><c>int pybuild_abi_version(void)</c>.</summary>
    [UnmanagedCallersOnly(EntryPoint = "pybuild_abi_version")]
    public static int GetAbiVersion() => PycCompileOutcome.AbiVersion;

    /// <summary>
    /// <c>int pybuild_compile_pyc(source, sourceLength, filenameUtf8, filenameLength, optimize, mode, mtime, size, &amp;outcome, &amp;outcomeLength)</c>:
    /// compiles the source to a pyc; returns 0 with the encoded outcome (free it with <c>pybuild_free</c>),
    /// or -1 if even that could not be made (out of memory).
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "pybuild_compile_pyc")]
    public static int CompilePyc(byte* source, int sourceLength, byte* filenameUtf8, int filenameLength, int optimize, int mode,
        long sourceMtimeSeconds, long sourceSize, byte** outcome, int* outcomeLength)
    {
        try
        {
            byte[] encoded = Compile(new ReadOnlySpan<byte>(source, sourceLength).ToArray(),
                Encoding.UTF8.GetString(filenameUtf8, filenameLength), optimize, (PycInvalidationMode)mode, sourceMtimeSeconds, sourceSize).Encode();
            byte* buffer = (byte*)NativeMemory.Alloc((nuint)encoded.Length);
            encoded.CopyTo(new Span<byte>(buffer, encoded.Length));
            *outcome = buffer;
            *outcomeLength = encoded.Length;
            return 0;
        }
        catch (Exception)
        {
            *outcome = null;
            *outcomeLength = 0;
            return -1;
        }
    }

    /// <summary><c>void pybuild_free(void*)</c>: frees an outcome returned by <c>pybuild_compile_pyc</c>.</summary>
    [UnmanagedCallersOnly(EntryPoint = "pybuild_free")]
    public static void Free(byte* memory) => NativeMemory.Free(memory);

    private static PycCompileOutcome Compile(byte[] source, string filename, int optimize, PycInvalidationMode mode, long sourceMtimeSeconds, long sourceSize)
    {
        var warnings = new List<ParserWarning>();
        try
        {
            return PycCompileOutcome.Success(PythonCompiler.CompilePyc(source, filename, optimize, mode, sourceMtimeSeconds, sourceSize, warnings), warnings);
        }
        catch (Exception e)
        {
            return PycCompileOutcome.Failure(e);
        }
    }
}
