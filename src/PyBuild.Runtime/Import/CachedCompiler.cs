using PyBuild.Compiler;
using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.Caching;
using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.Marshal;
using PyBuild.Runtime.Builtins;
using PyBuild.Runtime.Exceptions;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Import;

/// <summary>
/// The code of an imported module, as CPython's <c>SourceLoader.get_code</c> obtains it: a valid,
/// current <c>__pycache__</c> pyc is reused; a missing, stale or unreadable one is ignored, the source
/// compiled with our compiler and the pyc (re)written atomically unless writing bytecode is disabled.
/// </summary>
internal static class CachedCompiler
{
    /// <summary>The code of the source file <paramref name="sourcePath"/>.</summary>
    public static PyCode FromSource(string sourcePath, int optimize, bool dontWriteBytecode)
    {
        byte[] source = ReadFile(sourcePath);
        var info = new FileInfo(sourcePath);
        long mtime = new DateTimeOffset(info.LastWriteTimeUtc).ToUnixTimeSeconds();
        string cachePath = PycCache.CachePath(sourcePath, optimize);
        var mode = PycInvalidationMode.Timestamp;
        byte[]? cached = TryReadFile(cachePath);
        if (cached is not null && PycHeader.TryRead(cached, out var header, out _))
        {
            if (header.IsUpToDate(mtime, source.Length, source) && TryLoad(cached.AsSpan(PycHeader.Size)) is { } code) return code;
            mode = header.Mode;
        }
        CodeObject compiled;
        try
        {
            compiled = PythonCompiler.Compile(source, sourcePath, CompileMode.Exec, optimize);
        }
        catch (PythonSyntaxError e)
        {
            throw DynamicExecution.ToPythonSyntaxError(e);
        }
        catch (NotSupportedException e)
        {
            throw Ops.NotSupported(e.Message);
        }
        if (!dontWriteBytecode)
        {
            try
            {
                PycCache.WriteAtomically(cachePath, Pyc.Build(compiled, mode, mtime, source.Length, source));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // As importlib: a cache that cannot be written only costs the next run a compile.
            }
        }
        return new PyCode(compiled);
    }

    /// <summary>The code of a pyc imported without its source: the header must be valid, its staleness is not checked.</summary>
    public static PyCode FromPyc(string name, string pycPath)
    {
        byte[] bytes = ReadFile(pycPath);
        if (!PycHeader.TryRead(bytes, out _, out string? error))
            throw ImportErrors.Create(ExceptionTypes.ImportError, $"{error} in '{name}': {pycPath}", name, pycPath);
        return TryLoad(bytes.AsSpan(PycHeader.Size))
            ?? throw Ops.Error(ExceptionTypes.EOFError, "marshal data too short");
    }

    /// <summary>The code in marshal data, or null when the data is not a valid code object.</summary>
    private static PyCode? TryLoad(ReadOnlySpan<byte> marshal)
    {
        try
        {
            return new PyCode(MarshalReader.ReadCode(marshal));
        }
        catch (Exception e) when (e is MarshalFormatException or NotSupportedException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static byte[]? TryReadFile(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static byte[] ReadFile(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Ops.Error(ExceptionTypes.OSError, e.Message);
        }
    }
}
