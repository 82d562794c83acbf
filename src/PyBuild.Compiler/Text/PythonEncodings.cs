using System.Text;

namespace PyBuild.Compiler.Text;

/// <summary>
/// Python codec names that .NET can decode: normalisation as in <c>encodings.normalize_encoding</c>,
/// then the aliases of <c>encodings.aliases</c> that map to a codec .NET has.
/// </summary>
public static class PythonEncodings
{
    private static readonly Dictionary<string, int> CodePages = BuildTable();

    static PythonEncodings()
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>
    /// CPython's <c>get_normal_name</c>: utf-8 and latin-1 spellings become <c>utf-8</c> and
    /// <c>iso-8859-1</c>; any other name is returned as written.
    /// </summary>
    public static string GetNormalName(string name)
    {
        string head = (name.Length > 12 ? name[..12] : name).ToLowerInvariant().Replace('_', '-');
        if (head == "utf-8" || head.StartsWith("utf-8-", StringComparison.Ordinal))
        {
            return "utf-8";
        }
        if (head is "latin-1" or "iso-8859-1" or "iso-latin-1"
            || head.StartsWith("latin-1-", StringComparison.Ordinal)
            || head.StartsWith("iso-8859-1-", StringComparison.Ordinal)
            || head.StartsWith("iso-latin-1-", StringComparison.Ordinal))
        {
            return "iso-8859-1";
        }
        return name;
    }

    /// <summary>The .NET decoder for Python codec <paramref name="name"/>, or null when the codec is unknown.</summary>
    public static Encoding? Lookup(string name)
    {
        if (!CodePages.TryGetValue(Normalize(name), out int codePage))
        {
            return null;
        }
        return codePage switch
        {
            65001 => new UTF8Encoding(false, true),
            1200 => new UnicodeEncoding(false, false, true),
            1201 => new UnicodeEncoding(true, false, true),
            12000 => new UTF32Encoding(false, false, true),
            12001 => new UTF32Encoding(true, false, true),
            _ => System.Text.Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
        };
    }

    /// <summary>Whether the codec is UTF-8 (so the source is decoded with undecodable bytes kept).</summary>
    public static bool IsUtf8(string name) => CodePages.TryGetValue(Normalize(name), out int cp) && cp == 65001;

    private static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length);
        bool pendingUnderscore = false;
        foreach (char ch in name)
        {
            if (char.IsAsciiLetterOrDigit(ch) || ch == '.')
            {
                if (pendingUnderscore && sb.Length > 0)
                {
                    sb.Append('_');
                }
                pendingUnderscore = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else
            {
                pendingUnderscore = true;
            }
        }
        return sb.ToString();
    }

    private static Dictionary<string, int> BuildTable()
    {
        var t = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(int cp, params string[] names)
        {
            foreach (string n in names)
            {
                t[n] = cp;
            }
        }
        Add(65001, "utf_8", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4", "cp65001", "utf_8_sig");
        Add(28591, "latin_1", "iso_8859_1", "iso8859_1", "8859", "cp819", "latin", "latin1", "l1", "iso_ir_100", "csisolatin1", "ibm819", "iso_8859_1_1987");
        Add(20127, "ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii");
        Add(1200, "utf_16_le", "utf_16le", "unicodelittleunmarked", "utf_16", "u16", "utf16");
        Add(1201, "utf_16_be", "utf_16be", "unicodebigunmarked");
        Add(12000, "utf_32_le", "utf_32le", "utf_32", "u32", "utf32");
        Add(12001, "utf_32_be", "utf_32be");
        for (int i = 0; i <= 8; i++)
        {
            Add(1250 + i, "cp125" + i, "windows_125" + i, "125" + i);
        }
        int[] isoParts = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16];
        foreach (int n in isoParts)
        {
            int cp = n switch { 10 => 28600, 11 => 874, 13 => 28603, 14 => 28604, 15 => 28605, 16 => 28606, _ => 28590 + n };
            Add(cp, "iso8859_" + n, "iso_8859_" + n);
        }
        Add(28592, "latin2", "l2"); Add(28593, "latin3", "l3"); Add(28594, "latin4", "l4");
        Add(28595, "cyrillic", "iso_ir_144"); Add(28596, "arabic"); Add(28597, "greek", "greek8");
        Add(28598, "hebrew"); Add(28599, "latin5", "l5"); Add(28605, "latin9", "l9");
        Add(437, "cp437", "437", "ibm437"); Add(850, "cp850", "850", "ibm850"); Add(852, "cp852", "852", "ibm852");
        Add(855, "cp855", "855", "ibm855"); Add(857, "cp857", "857", "ibm857"); Add(858, "cp858", "858");
        Add(860, "cp860", "860"); Add(861, "cp861", "861"); Add(862, "cp862", "862"); Add(863, "cp863", "863");
        Add(864, "cp864", "864"); Add(865, "cp865", "865"); Add(866, "cp866", "866", "ibm866"); Add(869, "cp869", "869");
        Add(874, "cp874"); Add(20866, "koi8_r"); Add(21866, "koi8_u");
        Add(10000, "mac_roman", "macroman", "macintosh"); Add(10007, "mac_cyrillic", "maccyrillic");
        Add(932, "cp932", "932", "ms932", "mskanji", "ms_kanji"); Add(932, "shift_jis", "csshiftjis", "shiftjis", "sjis", "s_jis");
        Add(20932, "euc_jp", "eucjp", "ujis", "u_jis"); Add(936, "gbk", "cp936", "936", "ms936", "gb2312", "euc_cn", "euccn");
        Add(54936, "gb18030", "gb18030_2000"); Add(950, "big5", "big5_tw", "csbig5", "cp950", "950", "ms950");
        Add(51949, "euc_kr", "euckr"); Add(949, "cp949", "949", "ms949", "uhc"); Add(50220, "iso2022_jp", "csiso2022jp");
        return t;
    }
}
