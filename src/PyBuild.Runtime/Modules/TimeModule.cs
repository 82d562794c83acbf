using System.Diagnostics;
using PyBuild.Runtime.Interpreter;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Modules;

/// <summary>The <c>time</c> module (clocks and sleep).</summary>
internal static class TimeModule
{
    public static PyModule Create()
    {
        var m = new PyModule("time");
        var d = m.ModuleDict;
        void Add(string name, BuiltinFn fn) => d.SetItem(name, new PyBuiltinFunction(name, fn));
        Add("time", (a, k) => PyFloat.From(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0));
        Add("time_ns", (a, k) => PyInt.From(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1_000_000));
        Add("perf_counter", (a, k) => PyFloat.From(Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency));
        Add("perf_counter_ns", (a, k) => PyInt.From((long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency))));
        Add("monotonic", (a, k) => PyFloat.From(Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency));
        Add("process_time", (a, k) => PyFloat.From(Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds));
        Add("sleep", (a, k) =>
        {
            double secs = a[0] is PyFloat f ? f.Value : ((PyInt)a[0]).ToDouble();
            if (secs < 0) throw Ops.ValueError("sleep length must be non-negative");
            SleepInterruptibly(TimeSpan.FromSeconds(secs));
            return PyNone.Value;
        });
        return m;
    }

    /// <summary>Sleeps in short slices so that SIGINT interrupts the sleep with KeyboardInterrupt, as in CPython.</summary>
    private static void SleepInterruptibly(TimeSpan duration)
    {
        var ts = RuntimeState.Current;
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            if (ts.InterruptPending) throw ts.TakeInterrupt();
            long left = end - Stopwatch.GetTimestamp();
            if (left <= 0) return;
            Thread.Sleep(TimeSpan.FromSeconds(Math.Min(0.05, left / (double)Stopwatch.Frequency)));
        }
    }
}
