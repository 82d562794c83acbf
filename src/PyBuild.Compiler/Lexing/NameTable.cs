namespace PyBuild.Compiler.Lexing;

/// <summary>
/// One string per identifier spelling, as CPython interns identifiers: a small direct-mapped cache
/// per thread, so a name that recurs through a file (and through the files a worker compiles) is
/// allocated once, and the compiler's name dictionaries mostly compare references.
/// </summary>
internal static class NameTable
{
    private const int Size = 4096;

    [ThreadStatic] private static string[]? s_names;

    /// <summary>The shared string spelling <paramref name="name"/>.</summary>
    public static string Get(ReadOnlySpan<char> name)
    {
        var names = s_names ??= new string[Size];
        int slot = string.GetHashCode(name) & (Size - 1);
        string? cached = names[slot];
        if (cached is not null && name.SequenceEqual(cached)) return cached;
        return names[slot] = name.ToString();
    }
}
