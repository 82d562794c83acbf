using PyBuild.Compiler;
using PyBuild.Compiler.Caching;
using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.Marshal;

namespace PyBuild.Tool.Commands;

/// <summary>Compiles one source file to its cached pyc, as <c>py_compile.compile</c> does; shared by <c>-m py_compile</c> and <c>-m compileall</c>.</summary>
internal static class CompileFile
{
    /// <summary>
    /// The outcome: <see langword="null"/> on success, else the error text CPython would print. The
    /// compiler's warnings are printed to <paramref name="warningsTo"/> as CPython prints them.
    /// </summary>
    public static string? Compile(string sourcePath, int optimize, PycInvalidationMode mode, TextWriter warningsTo)
    {
        byte[] source = File.ReadAllBytes(sourcePath);
        var info = new FileInfo(sourcePath);
        var warnings = new List<PyBuild.Compiler.Parsing.ParserWarning>();
        try
        {
            long mtime = new DateTimeOffset(info.LastWriteTimeUtc).ToUnixTimeSeconds();
            byte[] pyc = PythonCompiler.CompilePyc(source, sourcePath, optimize, mode, mtime, info.Length, warnings);
            SyntaxWarningPrinter.Print(warnings, sourcePath, source, warningsTo);
            PycCache.WriteAtomically(PycCache.CachePath(sourcePath, optimize), pyc);
            return null;
        }
        catch (PythonSyntaxError e)
        {
            // The warnings raised before the error come out first, as in CPython.
            SyntaxWarningPrinter.Print(warnings, sourcePath, source, warningsTo);
            return SyntaxErrorPrinter.FormatForPyCompile(e);
        }
        catch (NotSupportedException e)
        {
            return $"  File \"{sourcePath}\"\nNotSupportedError: {e.Message}\n";
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException or KeyNotFoundException)
        {
            return $"  File \"{sourcePath}\"\nInternalCompilerError: {e.GetType().Name}: {e.Message} (a PyBuild bug: please report it)\n";
        }
    }

    /// <summary>Whether the cached pyc is current for the source (what compileall checks before recompiling).</summary>
    public static bool IsUpToDate(string sourcePath, int optimize)
    {
        string cache = PycCache.CachePath(sourcePath, optimize);
        if (!File.Exists(cache)) return false;
        Span<byte> head = stackalloc byte[PycHeader.Size];
        using (var stream = File.OpenRead(cache))
        {
            if (stream.ReadAtLeast(head, PycHeader.Size, throwOnEndOfStream: false) < PycHeader.Size) return false;
        }
        if (!PycHeader.TryRead(head, out var header, out _)) return false;
        var info = new FileInfo(sourcePath);
        long mtime = new DateTimeOffset(info.LastWriteTimeUtc).ToUnixTimeSeconds();
        return header.Mode == PycInvalidationMode.Timestamp
            ? header.IsUpToDate(mtime, info.Length, default)
            : header.IsUpToDate(mtime, info.Length, File.ReadAllBytes(sourcePath));
    }
}
