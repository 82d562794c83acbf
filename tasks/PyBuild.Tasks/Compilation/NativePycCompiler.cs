using System.Runtime.InteropServices;
using System.Text;
using PyBuild.Compiler.Marshal;
using PyBuild.Compiler.Native;

namespace PyBuild.Tasks.Compilation;

/// <summary>
/// The Native AOT build of the same compiler (src/PyBuild.Compiler.Native), shipped in the package under
/// <c>tasks/TFM/native/RID/</c> and loaded into MSBuild's process. A cold build then runs optimised code from
/// the first file: the JIT-compiled compiler spends about as long tiering up and collecting PGO data in
/// a fresh MSBuild process as it spends compiling Python. Same inputs, same bytes: only the speed differs.
/// </summary>
internal sealed unsafe class NativePycCompiler : IPycCompiler
{
    private const string LibraryName = "PyBuild.Compiler.Native";

    private static readonly Lazy<NativePycCompiler?> Shipped = new(() =>
        TryLoad(Path.GetDirectoryName(typeof(NativePycCompiler).Assembly.Location) ?? ""));

    private readonly delegate* unmanaged<byte*, int, byte*, int, int, int, long, long, byte**, int*, int> _compilePyc;
    private readonly delegate* unmanaged<byte*, void> _free;

    private NativePycCompiler(IntPtr compilePyc, IntPtr free)
    {
        _compilePyc = (delegate* unmanaged<byte*, int, byte*, int, int, int, long, long, byte**, int*, int>)compilePyc;
        _free = (delegate* unmanaged<byte*, void>)free;
    }

    /// <summary>The library shipped beside the task assembly for this platform, or null where there is none.</summary>
    public static NativePycCompiler? ShippedForThisPlatform => Shipped.Value;

    /// <summary>The library's file name on this operating system.</summary>
    public static string FileName => LibraryName + (OperatingSystem.IsWindows() ? ".dll" : OperatingSystem.IsMacOS() ? ".dylib" : ".so");

    /// <summary>
    /// The runtime identifier the package's native folder is named by (<c>linux-x64</c>, <c>win-arm64</c>...),
    /// or null on a platform no native build is made for.
    /// </summary>
    public static string? PlatformRid
    {
        get
        {
            string? os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : OperatingSystem.IsLinux() ? "linux" : null;
            string? arch = RuntimeInformation.ProcessArchitecture switch
            {
                Architecture.X64 => "x64",
                Architecture.Arm64 => "arm64",
                _ => null,
            };
            return os == null || arch == null ? null : os + "-" + arch;
        }
    }

    /// <summary>
    /// The same compiler, so the same stamp: pycs written by either are trusted by the other.
    /// </summary>
    public string Stamp => PythonPycCompiler.Instance.Stamp;

    /// <summary>
    /// Loads <c>native/RID/</c> under <paramref name="taskDirectory"/>; null when it is missing, does not load
    /// here (another C library, say) or speaks another <see cref="PycCompileOutcome.AbiVersion"/>.
    /// </summary>
    public static NativePycCompiler? TryLoad(string taskDirectory)
    {
        string? rid = PlatformRid;
        if (rid == null || !NativeLibrary.TryLoad(Path.Combine(taskDirectory, "native", rid, FileName), out IntPtr library))
        {
            return null;
        }

        if (!NativeLibrary.TryGetExport(library, "pybuild_abi_version", out IntPtr abiVersion)
            || ((delegate* unmanaged<int>)abiVersion)() != PycCompileOutcome.AbiVersion
            || !NativeLibrary.TryGetExport(library, "pybuild_compile_pyc", out IntPtr compilePyc)
            || !NativeLibrary.TryGetExport(library, "pybuild_free", out IntPtr free))
        {
            NativeLibrary.Free(library);
            return null;
        }

        return new NativePycCompiler(compilePyc, free);
    }

    /// <inheritdoc/>
    public PycCompilation Compile(byte[] source, string filename, int optimize, PycInvalidationMode mode, long sourceMtimeSeconds, long sourceSize)
    {
        byte[] name = Encoding.UTF8.GetBytes(filename);
        byte* outcome;
        int length;
        int status;
        fixed (byte* sourceBytes = source)
        fixed (byte* nameBytes = name)
        {
            status = _compilePyc(sourceBytes, source.Length, nameBytes, name.Length, optimize, (int)mode, sourceMtimeSeconds, sourceSize, &outcome, &length);
        }

        if (status != 0)
        {
            throw new OutOfMemoryException("the native compiler could not allocate its result");
        }

        byte[] encoded;
        try
        {
            encoded = new ReadOnlySpan<byte>(outcome, length).ToArray();
        }
        finally
        {
            _free(outcome);
        }

        var result = PycCompileOutcome.Decode(encoded);
        if (result.Pyc != null)
        {
            return PycCompilation.Of(result.Pyc, result.Warnings);
        }

        if (result.SyntaxError != null)
        {
            throw result.SyntaxError;
        }

        if (result.NotSupported != null)
        {
            throw new NotSupportedException(result.NotSupported);
        }

        throw new InternalCompilerError(result.InternalError ?? "no result");
    }

    /// <inheritdoc/>
    public byte[] SourceHash(ReadOnlySpan<byte> source) => PyBuild.Compiler.Marshal.SourceHash.Compute(source);
}
