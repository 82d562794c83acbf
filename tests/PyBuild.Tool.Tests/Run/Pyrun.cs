using System.Diagnostics;

namespace PyBuild.Tool.Tests.Run;

/// <summary>Starts <c>dotnet pyrun</c> (the built dotnet-pyrun.dll) as a child process, as a user would.</summary>
internal static class Pyrun
{
    /// <summary>
    /// Prepares a child running <paramref name="args"/> in <paramref name="workingDirectory"/>.
    /// PYTHONDONTWRITEBYTECODE is removed from its environment (these machines set it) unless
    /// <paramref name="dontWriteBytecode"/> asks for it.
    /// </summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, bool dontWriteBytecode, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dotnet-pyrun.dll"));
        foreach (string a in args) psi.ArgumentList.Add(a);
        psi.Environment.Remove("PYTHONDONTWRITEBYTECODE");
        psi.Environment.Remove("PYTHONPATH");
        if (dontWriteBytecode) psi.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        return psi;
    }

    /// <summary>Runs the child to its end: exit status, stdout, stderr.</summary>
    public static (int Status, string Stdout, string Stderr) Run(string workingDirectory, params string[] args) =>
        Run(StartInfo(workingDirectory, false, args));

    public static (int Status, string Stdout, string Stderr) Run(ProcessStartInfo psi)
    {
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        Task<string> stdout = p.StandardOutput.ReadToEndAsync();
        string stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr);
    }
}
