using System.Text;

namespace PyBuild.Compiler.Bytecode;

/// <summary>
/// Joins str constants (adjacent literals, f-string pieces) as Python would concatenate them: in a
/// StringBuilder while that is exact, in code points once a surrogate pair must stay two code points.
/// </summary>
public sealed class StrConstantBuilder
{
    private readonly StringBuilder _text = new();
    private List<int>? _codePoints;

    /// <summary>Whether nothing has been appended since the last <see cref="Clear"/>.</summary>
    public bool IsEmpty => _codePoints == null ? _text.Length == 0 : _codePoints.Count == 0;

    /// <summary>Appends a str constant.</summary>
    public void Append(object str)
    {
        if (_codePoints == null && str is string s)
        {
            bool joinsPair = _text.Length > 0 && s.Length > 0 && char.IsHighSurrogate(_text[^1]) && char.IsLowSurrogate(s[0]);
            if (!joinsPair)
            {
                _text.Append(s);
                return;
            }
        }
        if (_codePoints == null)
        {
            _codePoints = [.. StrConstant.CodePoints(_text.ToString())];
            _text.Clear();
        }
        _codePoints.AddRange(StrConstant.CodePoints(str));
    }

    /// <summary>The joined constant.</summary>
    public object Build() => _codePoints == null ? _text.ToString() : StrConstant.FromCodePoints(_codePoints.ToArray());

    /// <summary>Starts again from the empty string.</summary>
    public void Clear()
    {
        _text.Clear();
        _codePoints = null;
    }
}
