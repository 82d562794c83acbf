using System.Text;

namespace PyBuild.Compiler.Bytecode;

/// <summary>
/// A str constant in which a high surrogate code point is followed by a low one, as in
/// <c>'\ud800\udc80'</c>: two code points for Python, which a .NET string would read as the one
/// character U+10080. Every other str constant, lone surrogates included, is a plain string;
/// <see cref="StrConstant"/> picks the form.
/// </summary>
public sealed class ConstSurrogateStr : IEquatable<ConstSurrogateStr>
{
    private readonly int[] _codePoints;

    internal ConstSurrogateStr(int[] codePoints) => _codePoints = codePoints;

    /// <summary>The string's code points, surrogates among them.</summary>
    public ReadOnlySpan<int> CodePoints => _codePoints;

    /// <inheritdoc/>
    public bool Equals(ConstSurrogateStr? other) =>
        other is not null && CodePoints.SequenceEqual(other.CodePoints);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ConstSurrogateStr);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (int cp in CodePoints) hash.Add(cp);
        return hash.ToHashCode();
    }

    /// <summary>The UTF-16 text, in which the surrogate pairs read as single characters.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder(_codePoints.Length);
        foreach (int cp in CodePoints) StrConstant.AppendCodePoint(sb, cp);
        return sb.ToString();
    }
}
