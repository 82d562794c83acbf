namespace PyBuild.Tool;

/// <summary>What python's command line asked for, once parsed.</summary>
internal sealed class PythonOptions
{
    /// <summary><c>-B</c> or <c>PYTHONDONTWRITEBYTECODE</c>: do not write pyc files on import.</summary>
    public bool DontWriteBytecode { get; set; }
    /// <summary><c>-O</c> (1) or <c>-OO</c> (2).</summary>
    public int Optimize { get; set; }
    /// <summary><c>-u</c>: unbuffered stdout and stderr.</summary>
    public bool Unbuffered { get; set; }
    /// <summary><c>-I</c>: isolated mode (no PYTHON* variables, no script folder on sys.path).</summary>
    public bool Isolated { get; set; }
    /// <summary><c>-E</c>: ignore the PYTHON* variables (<c>-I</c> implies it).</summary>
    public bool IgnoreEnvironment { get; set; }
    /// <summary><c>-c CMD</c>.</summary>
    public string? Command { get; set; }
    /// <summary><c>-m MOD</c>.</summary>
    public string? Module { get; set; }
    /// <summary>The script path, or <c>-</c> for standard input.</summary>
    public string? Script { get; set; }
    /// <summary><c>sys.argv</c>: the script or <c>-c</c>/<c>-m</c> marker, then the program's own arguments.</summary>
    public List<string> Argv { get; } = new();
}
