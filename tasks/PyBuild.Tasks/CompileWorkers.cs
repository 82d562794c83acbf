namespace PyBuild.Tasks;

/// <summary>
/// Runs one job per index on a few threads of their own, each with a stack as large as the compiler's:
/// the parser and the compiler passes recurse as deep as CPython's nesting limits allow, deeper than a
/// thread-pool thread's stack.
/// </summary>
internal static class CompileWorkers
{
    /// <summary>The stack each worker gets (reserved, committed only as used); the size PythonCompiler uses.</summary>
    public const int StackBytes = 256 * 1024 * 1024;

    /// <summary>
    /// Calls <paramref name="job"/> for every index below <paramref name="count"/> on up to
    /// <paramref name="parallelism"/> threads; stops taking new indices once <paramref name="cancellation"/> fires.
    /// <paramref name="job"/> must not throw.
    /// </summary>
    public static void Run(int count, int parallelism, CancellationToken cancellation, Action<int> job)
    {
        int next = -1;
        void Work()
        {
            int index;
            while (!cancellation.IsCancellationRequested && (index = Interlocked.Increment(ref next)) < count)
            {
                job(index);
            }
        }

        int workers = Math.Max(1, Math.Min(parallelism, count));
        var threads = new Thread[workers];
        for (int i = 0; i < workers; i++)
        {
            threads[i] = new Thread(Work, StackBytes) { IsBackground = true, Name = "PyCompile worker" };
            threads[i].Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }
    }
}
