using System.IO.Abstractions;
using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.Marshal;
using PyBuild.Tasks.Compilation;
using PyBuild.Tasks.Diagnostics;
using PyBuild.Tasks.Incremental;

namespace PyBuild.Tasks;

/// <summary>
/// Brings one pyc up to date: keeps it when its header matches the source (and this compiler wrote it),
/// otherwise compiles the source and writes the pyc atomically. Safe to call from several threads.
/// </summary>
internal sealed class PycBuilder
{
    private readonly IFileSystem _fileSystem;
    private readonly IPycCompiler _compiler;

    /// <summary>Creates a builder writing through <paramref name="fileSystem"/> with <paramref name="compiler"/>.</summary>
    public PycBuilder(IFileSystem fileSystem, IPycCompiler compiler)
    {
        _fileSystem = fileSystem;
        _compiler = compiler;
    }

    /// <summary>
    /// Brings <paramref name="item"/>'s pyc up to date. <paramref name="trusted"/> says the manifest records
    /// this compiler writing that pyc; an untrusted pyc is always rewritten.
    /// </summary>
    public FileResult Build(CompileItem item, bool trusted)
    {
        if (!_fileSystem.File.Exists(item.SourcePath))
        {
            return Fail(item, Staleness.Missing, Diagnostic.Error(DiagnosticCodes.SourceNotFound, item.SourcePath, "source file not found"));
        }

        byte[]? source = null;
        try
        {
            // Stat before reading, as CPython does: if the source changes in between, the header holds the
            // older mtime and the next build recompiles.
            var info = _fileSystem.FileInfo.New(item.SourcePath);
            long mtime = new DateTimeOffset(info.LastWriteTimeUtc).ToUnixTimeSeconds();
            long size = info.Length;

            var staleness = Staleness.Missing;
            if (_fileSystem.File.Exists(item.PycPath))
            {
                if (trusted)
                {
                    Span<byte> header = stackalloc byte[PycHeader.Size];
                    int read = ReadHeader(item.PycPath, header);
                    byte[] hash = Array.Empty<byte>();
                    if (item.Mode != PycInvalidationMode.Timestamp)
                    {
                        source = _fileSystem.File.ReadAllBytes(item.SourcePath);
                        hash = _compiler.SourceHash(source);
                    }

                    staleness = PycFreshness.Check(header.Slice(0, read), item.Mode, mtime, size, hash);
                    if (staleness == Staleness.Fresh)
                    {
                        return new FileResult(item, Staleness.Fresh, false, Array.Empty<Diagnostic>());
                    }
                }
                else
                {
                    staleness = Staleness.NotOurs;
                }
            }

            source ??= _fileSystem.File.ReadAllBytes(item.SourcePath);
            var compilation = _compiler.Compile(source, item.SourcePath, item.Optimize, item.Mode, mtime, size);
            _fileSystem.Directory.CreateDirectory(_fileSystem.Path.GetDirectoryName(item.PycPath)!);
            AtomicFile.Write(_fileSystem, item.PycPath, compilation.Pyc);
            return new FileResult(item, staleness, true, WarningsOf(item, compilation.Warnings));
        }
        catch (PythonSyntaxError e)
        {
            // CPython gives -1 for "no column" (encoding errors); MSBuild's "none" is 0.
            return Fail(item, Staleness.SourceChanged, new Diagnostic(false, DiagnosticCodes.ForErrorType(e.ErrorType), item.SourcePath,
                Math.Max(e.Lineno, 0), Math.Max(e.Offset, 0), Math.Max(e.EndLineno, 0), Math.Max(e.EndOffset, 0), e.Message));
        }
        catch (NotSupportedException e)
        {
            string message = e.Message.StartsWith("not supported yet", StringComparison.Ordinal) ? e.Message : "not supported yet: " + e.Message;
            return Fail(item, Staleness.SourceChanged, Diagnostic.Error(DiagnosticCodes.NotSupported, item.SourcePath, message));
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            return Fail(item, Staleness.SourceChanged, Diagnostic.Error(DiagnosticCodes.FileAccess, item.SourcePath, e.Message));
        }
        catch (Exception e)
        {
            // A compiler bug must not take the build down with a stack trace, nor hide the other files' results.
            return Fail(item, Staleness.SourceChanged, Diagnostic.Error(DiagnosticCodes.InternalError, item.SourcePath, "internal compiler error: " + (e is InternalCompilerError ? e.Message : e.GetType().Name + ": " + e.Message)));
        }
    }

    private int ReadHeader(string pycPath, Span<byte> header)
    {
        using var stream = _fileSystem.File.OpenRead(pycPath);
        int total = 0;
        while (total < header.Length)
        {
            int read = stream.Read(header.Slice(total));
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    private static FileResult Fail(CompileItem item, Staleness staleness, Diagnostic diagnostic)
        => new(item, staleness, false, new[] { diagnostic });

    private static IReadOnlyList<Diagnostic> WarningsOf(CompileItem item, IReadOnlyList<CompileWarning> warnings)
    {
        if (warnings.Count == 0)
        {
            return Array.Empty<Diagnostic>();
        }

        var diagnostics = new Diagnostic[warnings.Count];
        for (int i = 0; i < warnings.Count; i++)
        {
            var w = warnings[i];
            string code = w.Category == "SyntaxWarning" ? DiagnosticCodes.SyntaxWarning : DiagnosticCodes.DeprecationWarning;
            diagnostics[i] = new Diagnostic(true, code, item.SourcePath, w.Lineno, w.Offset, w.EndLineno, w.EndOffset, w.Message);
        }

        return diagnostics;
    }
}
