namespace PyBuild.Compiler.Parsing;

/// <summary>Python 3.12's hard keywords (soft keywords such as <c>match</c> stay identifiers).</summary>
internal static class Keywords
{
    private static readonly HashSet<string> Hard = new(StringComparer.Ordinal)
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
        "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
        "with", "yield",
    };

    /// <summary>Whether the NAME text is a hard keyword.</summary>
    public static bool IsKeyword(string name)
    {
        // Keywords are 2 to 8 characters long: many identifiers are rejected without hashing.
        if (name.Length < 2 || name.Length > 8) return false;
        return Hard.Contains(name);
    }
}
