namespace PyBuild.Runtime;

/// <summary>How the command line configured a program run: what <c>sys.path</c>, <c>sys.flags</c> and the import system see.</summary>
public sealed class RuntimeOptions
{
    /// <summary>The initial <c>sys.path</c>: the script's folder (or <c>''</c>), then <c>PYTHONPATH</c>'s entries.</summary>
    public IReadOnlyList<string> SysPath { get; init; } = [];

    /// <summary><c>-B</c> or <c>PYTHONDONTWRITEBYTECODE</c>: the initial <c>sys.dont_write_bytecode</c>; imports write no pyc.</summary>
    public bool DontWriteBytecode { get; init; }

    /// <summary><c>-O</c> (1) or <c>-OO</c> (2): imported modules are compiled at this level and cached as <c>.opt-N.pyc</c>.</summary>
    public int Optimize { get; init; }

    /// <summary>Where the host delivers SIGINT; none means the program cannot be interrupted.</summary>
    public InterruptSignal? Interrupt { get; init; }
}
