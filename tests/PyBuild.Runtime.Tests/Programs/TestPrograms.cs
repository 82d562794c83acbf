namespace PyBuild.Runtime.Tests.Programs;

/// <summary>
/// Locates the test programs of testassets/programs and their CPython-made expectations. A program
/// NAME is either the single file NAME.py or, when it imports modules of its own, the folder NAME/
/// whose main.py is run (its other files are the modules); the expectations NAME.out, NAME.status,
/// NAME.err and NAME.marshal sit next to either (see regen.sh).
/// </summary>
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
        var names = new List<string>();
        foreach (var file in System.IO.Directory.GetFiles(Directory, "*.py")) names.Add(Path.GetFileNameWithoutExtension(file));
        foreach (var folder in System.IO.Directory.GetDirectories(Directory))
        {
            if (File.Exists(Path.Combine(folder, "main.py"))) names.Add(Path.GetFileName(folder));
        }
        names.Sort(StringComparer.Ordinal);
        foreach (var name in names) yield return [name];
    }

    /// <summary>The program's main file relative to <see cref="Directory"/>, as CPython's code and tracebacks name it.</summary>
    public static string ScriptPath(string name) =>
        File.Exists(Path.Combine(Directory, name + ".py")) ? name + ".py" : name + "/main.py";

    /// <summary>The run settings CPython had: <c>sys.path[0]</c> is the script's folder; no pyc is written into the test assets.</summary>
    public static RuntimeOptions Options(string name) => new()
    {
        SysPath = [Path.GetDirectoryName(Path.Combine(Directory, ScriptPath(name)))!],
        DontWriteBytecode = true,
    };

    /// <summary>Stderr as regen.sh records it: the programs folder's path removed.</summary>
    public static string Normalize(string stderr) => stderr.Replace(Directory + "/", "", StringComparison.Ordinal);
}
