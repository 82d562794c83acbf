using System.Buffers.Binary;
using System.Security.Cryptography;

namespace PyBuild.Tasks.Tests.Integration;

/// <summary>Looks at the pycs of a built project copy.</summary>
internal static class Pycache
{
    /// <summary>Every file under a <c>__pycache__</c> below <paramref name="root"/> (bin and obj aside): content hash and write time.</summary>
    public static SortedDictionary<string, string> Snapshot(string root)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal) || !relative.Contains("__pycache__/", StringComparison.Ordinal))
            {
                continue;
            }

            files[relative] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))) + " " + File.GetLastWriteTimeUtc(file).ToString("O");
        }

        return files;
    }

    /// <summary>The keys whose value differs between two snapshots, or that only one has.</summary>
    public static List<string> Changed(SortedDictionary<string, string> before, SortedDictionary<string, string> after)
    {
        var changed = new List<string>();
        foreach (var (file, value) in after)
        {
            if (!before.TryGetValue(file, out string? old) || old != value)
            {
                changed.Add(file);
            }
        }

        foreach (string file in before.Keys)
        {
            if (!after.ContainsKey(file))
            {
                changed.Add(file);
            }
        }

        changed.Sort(StringComparer.Ordinal);
        return changed;
    }

    /// <summary>Asserts that <paramref name="pyc"/> has a timestamp header matching <paramref name="source"/>, as CPython would accept it.</summary>
    public static void AssertTimestampHeaderMatches(string pyc, string source)
    {
        byte[] header = File.ReadAllBytes(pyc).AsSpan(0, 16).ToArray();
        Assert.AreEqual("CB0D0D0A00000000", Convert.ToHexString(header, 0, 8), pyc + ": magic 3531 and timestamp flags");
        long mtime = new DateTimeOffset(File.GetLastWriteTimeUtc(source)).ToUnixTimeSeconds();
        Assert.AreEqual(unchecked((uint)mtime), BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(8)), pyc + ": source mtime");
        Assert.AreEqual((uint)new FileInfo(source).Length, BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(12)), pyc + ": source size");
    }

    /// <summary>
    /// Moves a file's write time on as an editor would: to now, and at least two seconds on (pyc headers
    /// hold whole seconds), so both MSBuild's check (against the last build) and CPython's see a change.
    /// </summary>
    public static void Touch(string file)
    {
        var later = File.GetLastWriteTimeUtc(file).AddSeconds(2);
        var now = DateTime.UtcNow;
        File.SetLastWriteTimeUtc(file, later > now ? later : now);
    }
}
