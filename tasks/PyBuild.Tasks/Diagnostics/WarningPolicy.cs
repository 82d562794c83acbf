namespace PyBuild.Tasks.Diagnostics;

/// <summary>
/// Which warnings become errors. MSBuild itself applies <c>NoWarn</c> and <c>WarningsAsErrors</c> to
/// logged codes, but not <c>TreatWarningsAsErrors</c> (that one only reaches compilers), so the task
/// escalates under it, leaving alone the codes in <c>WarningsNotAsErrors</c> and <c>NoWarn</c>.
/// </summary>
internal sealed class WarningPolicy
{
    private readonly bool _treatWarningsAsErrors;
    private readonly HashSet<string> _exempt;

    /// <summary>Creates the policy from the project's properties (code lists separated by ';' or ',').</summary>
    public WarningPolicy(bool treatWarningsAsErrors, string? warningsNotAsErrors, string? noWarn)
    {
        _treatWarningsAsErrors = treatWarningsAsErrors;
        _exempt = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        AddCodes(_exempt, warningsNotAsErrors);
        AddCodes(_exempt, noWarn);
    }

    /// <summary>True when a warning with <paramref name="code"/> is to be logged as an error.</summary>
    public bool IsError(string code) => _treatWarningsAsErrors && !_exempt.Contains(code);

    private static void AddCodes(HashSet<string> codes, string? list)
    {
        if (string.IsNullOrEmpty(list))
        {
            return;
        }

        foreach (string code in list.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            codes.Add(code);
        }
    }
}
