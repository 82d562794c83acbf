namespace PyBuild.Runtime.Tests.Programs;

/// <summary>Locates the test programs of testassets/programs and their CPython-made expectations.</summary>
internal static class TestPrograms
{
    public static string Directory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null)
            {
                var candidate = Path.Combine(dir.FullName, "testassets", "programs");
                if (System.IO.Directory.Exists(candidate)) return candidate;
                dir = dir.Parent;
            }
            throw new DirectoryNotFoundException("testassets/programs not found above " + AppContext.BaseDirectory);
        }
    }

    public static IEnumerable<object[]> Names()
    {
        foreach (var file in System.IO.Directory.GetFiles(Directory, "*.py").Order(StringComparer.Ordinal))
        {
            yield return [Path.GetFileNameWithoutExtension(file)];
        }
    }
}
