using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.CodeGen;
using PyBuild.Compiler.Symbols;
using PyBuild.Compiler.Syntax;

namespace PyBuild.Compiler;

/// <summary>
/// The one entry to the pipeline that the MSBuild task, the tool and the VM share: source text in,
/// AST or <see cref="CodeObject"/> out, as CPython 3.12's <c>ast.parse</c> and <c>compile()</c>.
/// Errors are thrown as <see cref="Diagnostics.PythonSyntaxError"/>; constructs not supported yet
/// throw <see cref="NotSupportedException"/> with a message starting "not supported yet".
/// </summary>
public static class PythonCompiler
{
    /// <summary>Parses source bytes (BOM and PEP 263 declarations honoured) to an AST.</summary>
    public static Mod Parse(ReadOnlySpan<byte> source, string filename, CompileMode mode)
    {
        // The source is copied only when the work moves to another thread, which a span cannot reach.
        if (t_onLargeStack) return Parsing.Parser.Parse(source, filename, mode);
        return Parse(source.ToArray(), filename, mode);
    }

    /// <summary>Parses source bytes (BOM and PEP 263 declarations honoured) to an AST; the array is read, not copied.</summary>
    public static Mod Parse(byte[] source, string filename, CompileMode mode) =>
        OnLargeStack(() => Parsing.Parser.Parse(source, filename, mode));

    /// <summary>Compiles source bytes to a code object, as <c>compile(source, filename, mode, optimize=optimize)</c>.</summary>
    public static CodeObject Compile(ReadOnlySpan<byte> source, string filename, CompileMode mode, int optimize)
    {
        if (t_onLargeStack) return CompileModule(Parsing.Parser.Parse(source, filename, mode), filename, optimize);
        return Compile(source.ToArray(), filename, mode, optimize);
    }

    /// <summary>
    /// Compiles source bytes to a code object, as <c>compile(source, filename, mode, optimize=optimize)</c>;
    /// the array is read, not copied. The parser's and the compiler's warnings go to <paramref name="warnings"/>, if given.
    /// </summary>
    public static CodeObject Compile(byte[] source, string filename, CompileMode mode, int optimize, IList<Parsing.ParserWarning>? warnings = null) =>
        OnLargeStack(() => CompileModule(
            warnings is null ? Parsing.Parser.Parse(source, filename, mode) : Parsing.Parser.Parse(source, filename, mode, new Parsing.ParserOptions { Warnings = warnings }),
            filename, optimize, warnings));

    /// <summary>
    /// Compiles a parsed module; the AST is optimised in place. The compiler's SyntaxWarnings
    /// (<c>"is" with a literal</c>, assertions that are always true) are added to <paramref name="warnings"/>.
    /// </summary>
    public static CodeObject Compile(Mod module, string filename, int optimize, IList<Parsing.ParserWarning>? warnings = null) =>
        OnLargeStack(() => CompileModule(module, filename, optimize, warnings));

    /// <summary>
    /// Compiles source bytes to a whole pyc file (header included), as <c>py_compile</c> does. The
    /// parser's and the compiler's warnings are added to <paramref name="warnings"/>.
    /// </summary>
    public static byte[] CompilePyc(byte[] source, string filename, int optimize, Marshal.PycInvalidationMode mode, long sourceMtimeSeconds, long sourceSize, IList<Parsing.ParserWarning> warnings) =>
        OnLargeStack(() =>
        {
            var module = Parsing.Parser.Parse(source, filename, CompileMode.Exec, new Parsing.ParserOptions { Warnings = warnings });
            return Marshal.Pyc.Build(CompileModule(module, filename, optimize, warnings), mode, sourceMtimeSeconds, sourceSize, source);
        });

    /// <summary>
    /// Calls <paramref name="job"/> for every index below <paramref name="count"/> on up to
    /// <paramref name="parallelism"/> threads of the compiler's stack size, where the compiler runs
    /// without handing each file to another thread; stops taking indices once
    /// <paramref name="cancellation"/> fires. <paramref name="job"/> must not throw.
    /// </summary>
    public static void ForEach(int count, int parallelism, Action<int> job, CancellationToken cancellation = default)
    {
        int next = -1;
        void Work()
        {
            t_onLargeStack = true;
            int index;
            while (!cancellation.IsCancellationRequested && (index = Interlocked.Increment(ref next)) < count) job(index);
        }

        var threads = new Thread[Math.Max(1, Math.Min(parallelism, count))];
        for (int i = 0; i < threads.Length; i++)
        {
            threads[i] = new Thread(Work, LargeStackBytes) { IsBackground = true, Name = "PyBuild compiler" };
            threads[i].Start();
        }
        foreach (var thread in threads) thread.Join();
    }

    private static CodeObject CompileModule(Mod module, string filename, int optimize, IList<Parsing.ParserWarning>? warnings = null)
    {
        var future = FutureFeatures.Parse(module, filename);
        AstOptimizer.Optimize(module, optimize, filename);
        var symbols = SymbolTable.Build(module, filename, future.Annotations);
        return CodeGenerator.Compile(module, symbols, filename, optimize, future, warnings);
    }

    /// <summary>
    /// The passes recurse over the tree; CPython's nesting limits bound the depth, and threads with
    /// a large stack make sure those limits, not the .NET stack, are what is reached. The threads
    /// are kept and reused (one per core), so compiling many files in parallel starts none per file.
    /// </summary>
    private static T OnLargeStack<T>(Func<T> work)
    {
        if (t_onLargeStack) return work();
        EnsureWorkers();
        T? result = default;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        using var done = new ManualResetEventSlim();
        s_work.Add(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                done.Set();
            }
        });
        done.Wait();
        failure?.Throw();
        return result!;
    }

    private static readonly System.Collections.Concurrent.BlockingCollection<Action> s_work = new();
    private static int s_workers;

    [ThreadStatic] private static bool t_onLargeStack;

    private static void EnsureWorkers()
    {
        int wanted = Environment.ProcessorCount;
        while (true)
        {
            int current = Volatile.Read(ref s_workers);
            if (current >= wanted) return;
            if (Interlocked.CompareExchange(ref s_workers, current + 1, current) != current) continue;
            var thread = new Thread(() =>
            {
                t_onLargeStack = true;
                foreach (var item in s_work.GetConsumingEnumerable()) item();
            }, LargeStackBytes)
            {
                IsBackground = true,
                Name = "PyBuild compiler",
            };
            thread.Start();
        }
    }

    private const int LargeStackBytes = 256 * 1024 * 1024;
}
