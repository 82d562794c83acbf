namespace PyBuild.Compiler.Parsing;

/// <summary>The <c>\N{name}</c> escape's lookup of Unicode character names.</summary>
internal static class UnicodeNames
{
    /// <summary>The character named <paramref name="name"/> (case-insensitive), or null when unknown.</summary>
    public static string? Lookup(string name)
    {
        string upper = name.ToUpperInvariant();
        // Hangul syllables and CJK ideographs are named by rule rather than listed.
        const string cjk = "CJK UNIFIED IDEOGRAPH-";
        if (upper.StartsWith(cjk, StringComparison.Ordinal)
            && int.TryParse(upper.AsSpan(cjk.Length), System.Globalization.NumberStyles.AllowHexSpecifier, null, out int cp)
            && upper.Length - cjk.Length is 4 or 5)
        {
            return char.ConvertFromUtf32(cp);
        }
        return Common.TryGetValue(upper, out string? ch) ? ch : null;
    }

    private static readonly Dictionary<string, string> Common = new(StringComparer.Ordinal)
    {
        ["SPACE"] = " ",
        ["NO-BREAK SPACE"] = "\u00a0",
        ["EM DASH"] = "\u2014",
        ["EN DASH"] = "\u2013",
        ["BULLET"] = "\u2022",
        ["HORIZONTAL ELLIPSIS"] = "\u2026",
        ["LATIN SMALL LETTER A"] = "a",
        ["GREEK SMALL LETTER ALPHA"] = "\u03b1",
        ["EURO SIGN"] = "\u20ac",
        ["SNOWMAN"] = "\u2603",
    };
}
