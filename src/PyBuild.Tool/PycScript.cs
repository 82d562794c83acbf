using System.Buffers.Binary;
using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.Marshal;

namespace PyBuild.Tool;

/// <summary>
/// Reads a pyc named on the command line as CPython's <c>run_pyc_file</c> does: the magic must be
/// 3.12's, the rest of the header is skipped unchecked, and the body must be a code object. The
/// errors are CPython's, printed as it prints them.
/// </summary>
internal static class PycScript
{
    /// <summary>The code of <paramref name="pyc"/>, or null with CPython's error line in <paramref name="error"/>.</summary>
    public static CodeObject? Read(byte[] pyc, out string? error)
    {
        error = null;
        if (pyc.Length < 4 || BinaryPrimitives.ReadUInt16LittleEndian(pyc) != Pyc.MagicNumber || pyc[2] != '\r' || pyc[3] != '\n')
        {
            error = "RuntimeError: Bad magic number in .pyc file";
            return null;
        }
        if (pyc.Length < PycHeader.Size)
        {
            error = "EOFError: EOF read where not expected";
            return null;
        }
        try
        {
            return MarshalReader.ReadCode(pyc.AsSpan(PycHeader.Size));
        }
        catch (Exception e) when (e is MarshalFormatException or NotSupportedException)
        {
            error = "RuntimeError: Bad code object in .pyc file";
            return null;
        }
    }
}
