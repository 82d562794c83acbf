using System.Globalization;
using System.IO.Compression;
using System.Text;
using PyBuild.Compiler.Parsing.UnicodeData;

namespace PyBuild.Compiler.Parsing;

/// <summary>
/// Unicode 15.0 data as CPython 3.12 has it: character names for <c>\N{name}</c> escapes, and the
/// NFKC normalization that identifiers get. The tables load on first use.
/// </summary>
internal static class UnicodeNames
{
    // Names made by rule: the prefix followed by the code point in hex, over these inclusive ranges.
    private static readonly (string Prefix, int First, int Last)[] RuleNamed =
    [
        ("CJK UNIFIED IDEOGRAPH-", 0x3400, 0x4DBF),
        ("CJK UNIFIED IDEOGRAPH-", 0x4E00, 0x9FFF),
        ("CJK COMPATIBILITY IDEOGRAPH-", 0xF900, 0xFA6D),
        ("CJK COMPATIBILITY IDEOGRAPH-", 0xFA70, 0xFAD9),
        ("KHITAN SMALL SCRIPT CHARACTER-", 0x18B00, 0x18CD5),
        ("NUSHU CHARACTER-", 0x1B170, 0x1B2FB),
        ("CJK UNIFIED IDEOGRAPH-", 0x20000, 0x2A6DF),
        ("CJK UNIFIED IDEOGRAPH-", 0x2A700, 0x2B739),
        ("CJK UNIFIED IDEOGRAPH-", 0x2B740, 0x2B81D),
        ("CJK UNIFIED IDEOGRAPH-", 0x2B820, 0x2CEA1),
        ("CJK UNIFIED IDEOGRAPH-", 0x2CEB0, 0x2EBE0),
        ("CJK COMPATIBILITY IDEOGRAPH-", 0x2F800, 0x2FA1D),
        ("CJK UNIFIED IDEOGRAPH-", 0x30000, 0x3134A),
        ("CJK UNIFIED IDEOGRAPH-", 0x31350, 0x323AF),
    ];

    private static readonly string[] JamoL = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] JamoV = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] JamoT = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    private static Dictionary<string, int>? _names;
    private static Dictionary<int, string>? _nfkc;

    /// <summary>The character named <paramref name="name"/> (case-insensitive), or null when unknown.</summary>
    public static string? Lookup(string name)
    {
        string upper = name.ToUpperInvariant();
        foreach ((string prefix, int first, int last) in RuleNamed)
        {
            if (upper.StartsWith(prefix, StringComparison.Ordinal)
                && upper.Length - prefix.Length is 4 or 5
                && int.TryParse(upper.AsSpan(prefix.Length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int cp)
                && cp >= first && cp <= last)
            {
                return char.ConvertFromUtf32(cp);
            }
        }
        const string hangul = "HANGUL SYLLABLE ";
        if (upper.StartsWith(hangul, StringComparison.Ordinal))
        {
            string rest = upper[hangul.Length..];
            for (int s = 0; s < 19 * 21 * 28; s++)
            {
                if (rest == JamoL[s / (21 * 28)] + JamoV[s / 28 % 21] + JamoT[s % 28]) return ((char)(0xAC00 + s)).ToString();
            }
            return null;
        }
        _names ??= LoadNames();
        return _names.TryGetValue(upper, out int code) ? char.ConvertFromUtf32(code) : null;
    }

    /// <summary>
    /// <c>unicodedata.normalize('NFKC', s)</c> character by character, which is what identifiers
    /// need: it leaves out composition across characters.
    /// </summary>
    public static string Nfkc(string s)
    {
        _nfkc ??= LoadNfkc();
        StringBuilder? sb = null;
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            int width = 1;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                width = 2;
            }
            if (_nfkc.TryGetValue(cp, out string? mapped))
            {
                sb ??= new StringBuilder(s, 0, i, s.Length + 8);
                sb.Append(mapped);
            }
            else
            {
                sb?.Append(s, i, width);
            }
            i += width - 1;
        }
        return sb?.ToString() ?? s;
    }

    private static IEnumerable<(int Code, string Value)> Lines(string packed)
    {
        using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(packed)), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.ASCII);
        while (reader.ReadLine() is string line)
        {
            int semi = line.IndexOf(';');
            yield return (int.Parse(line.AsSpan(0, semi), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture), line[(semi + 1)..]);
        }
    }

    private static Dictionary<string, int> LoadNames()
    {
        var names = new Dictionary<string, int>(40000, StringComparer.Ordinal);
        foreach ((int code, string name) in Lines(UnicodeTables.Names)) names[name] = code;
        return names;
    }

    private static Dictionary<int, string> LoadNfkc()
    {
        var map = new Dictionary<int, string>(5000);
        var sb = new StringBuilder();
        foreach ((int code, string value) in Lines(UnicodeTables.Nfkc))
        {
            sb.Clear();
            foreach (string hex in value.Split(' '))
            {
                sb.Append(char.ConvertFromUtf32(int.Parse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)));
            }
            map[code] = sb.ToString();
        }
        return map;
    }
}
