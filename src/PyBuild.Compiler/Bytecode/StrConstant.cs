using System.Text;

namespace PyBuild.Compiler.Bytecode;

/// <summary>
/// Operations on str constants at the level of code points, the unit Python counts in. A str
/// constant is a .NET string, or a <see cref="ConstSurrogateStr"/> when a .NET string would merge
/// two surrogate code points into one character.
/// </summary>
public static class StrConstant
{
    /// <summary>Whether <paramref name="value"/> is a str constant in either form.</summary>
    public static bool IsStr(object? value) => value is string or ConstSurrogateStr;

    /// <summary>The code points of a str constant; in a string, a surrogate pair is one code point.</summary>
    public static int[] CodePoints(object str)
    {
        if (str is ConstSurrogateStr s) return s.CodePoints.ToArray();
        string text = (string)str;
        var result = new List<int>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Add(char.ConvertToUtf32(c, text[++i]));
            }
            else
            {
                result.Add(c);
            }
        }
        return result.ToArray();
    }

    /// <summary>The number of code points (Python's <c>len</c>).</summary>
    public static int Length(object str)
    {
        if (str is ConstSurrogateStr s) return s.CodePoints.Length;
        string text = (string)str;
        int n = text.Length;
        for (int i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1])) { n--; i++; }
        }
        return n;
    }

    /// <summary>The constant for a sequence of code points: a string unless that would merge a surrogate pair.</summary>
    public static object FromCodePoints(int[] codePoints)
    {
        for (int i = 0; i + 1 < codePoints.Length; i++)
        {
            if (IsHigh(codePoints[i]) && IsLow(codePoints[i + 1])) return new ConstSurrogateStr(codePoints);
        }
        var sb = new StringBuilder(codePoints.Length);
        foreach (int cp in codePoints) AppendCodePoint(sb, cp);
        return sb.ToString();
    }

    /// <summary>Python's <c>a + b</c> on two str constants.</summary>
    public static object Concat(object a, object b)
    {
        if (a is string x && b is string y && !(x.Length > 0 && y.Length > 0 && char.IsHighSurrogate(x[^1]) && char.IsLowSurrogate(y[0])))
        {
            return x + y;
        }
        return FromCodePoints([.. CodePoints(a), .. CodePoints(b)]);
    }

    /// <summary>Python's <c>s * count</c> for a non-negative count.</summary>
    public static object Repeat(object str, int count)
    {
        if (str is string s && !(s.Length > 0 && char.IsHighSurrogate(s[^1]) && char.IsLowSurrogate(s[0])))
        {
            return s.Length == 0 || count == 0 ? "" : new StringBuilder(s.Length * count).Insert(0, s, count).ToString();
        }
        int[] one = CodePoints(str);
        var all = new int[one.Length * count];
        for (int i = 0; i < all.Length; i += one.Length) one.CopyTo(all, i);
        return FromCodePoints(all);
    }

    /// <summary>Appends one code point as UTF-16; a surrogate code point is appended as itself.</summary>
    public static void AppendCodePoint(StringBuilder sb, int codePoint)
    {
        if (codePoint >= 0x10000) sb.Append(char.ConvertFromUtf32(codePoint));
        else sb.Append((char)codePoint);
    }

    private static bool IsHigh(int cp) => cp is >= 0xD800 and <= 0xDBFF;

    private static bool IsLow(int cp) => cp is >= 0xDC00 and <= 0xDFFF;
}
