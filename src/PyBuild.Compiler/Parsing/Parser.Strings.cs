using System.Text;
using PyBuild.Compiler.Lexing;
using PyBuild.Compiler.Syntax;

namespace PyBuild.Compiler.Parsing;

// Strings: implicit concatenation, bytes, and f-strings (PEP 701 tokens) to JoinedStr.
public sealed partial class Parser
{
    /// <summary><c>strings</c>: one or more adjacent STRING and f-string literals.</summary>
    private Expr ParseStrings()
    {
        int start = _pos;
        bool anyFString = false, anyBytes = false, anyStr = false;
        for (int k = _pos; ; k++)
        {
            Token t = _tokens[k];
            if (t.Kind == TokenKind.STRING)
            {
                if (StringLiteral.Split(t.Text).IsBytes) anyBytes = true; else anyStr = true;
            }
            else if (t.Kind == TokenKind.FSTRING_START)
            {
                anyFString = true;
                anyStr = true;
                int depth = 1;
                while (depth > 0)
                {
                    TokenKind kind = _tokens[++k].Kind;
                    if (kind == TokenKind.FSTRING_START) depth++;
                    else if (kind == TokenKind.FSTRING_END) depth--;
                    else if (kind == TokenKind.ENDMARKER) break;
                }
            }
            else
            {
                break;
            }
        }
        if (anyBytes && anyStr)
        {
            SkipStrings();
            throw Error("cannot mix bytes and nonbytes literals", Current);
        }
        if (anyBytes) return ParseBytesConcatenation(start);
        if (!anyFString) return ParseStrConcatenation(start);

        var joined = new JoinedStr();
        var pending = new StringBuilder();
        Constant? pendingFirst = null;
        LocatedNode? pendingLast = null;
        while (Kind == TokenKind.STRING || Kind == TokenKind.FSTRING_START)
        {
            if (Kind == TokenKind.STRING)
            {
                Token t = Current;
                _pos++;
                string value = DecodeStrToken(t);
                if (value.Length == 0) continue;
                var c = At(new Constant { Value = value }, t);
                pendingFirst ??= c;
                pendingLast = c;
                pending.Append(value);
                continue;
            }
            _pos++;
            bool raw = IsRawPrefix(_tokens[_pos - 1].Text);
            while (Kind != TokenKind.FSTRING_END)
            {
                if (Kind == TokenKind.FSTRING_MIDDLE)
                {
                    Token t = Current;
                    _pos++;
                    string value = DecodeFStringMiddle(t, raw);
                    if (value.Length == 0) continue;
                    var c = At(new Constant { Value = value }, t);
                    pendingFirst ??= c;
                    pendingLast = c;
                    pending.Append(value);
                }
                else if (Kind == TokenKind.LBRACE)
                {
                    FormattedValue fv = ParseReplacementField(raw, out Constant? debugText);
                    if (debugText != null)
                    {
                        pendingFirst ??= debugText;
                        pendingLast = debugText;
                        pending.Append((string)debugText.Value!);
                    }
                    FlushConstant(joined.Values, pending, ref pendingFirst, pendingLast);
                    joined.Values.Add(fv);
                }
                else
                {
                    throw InvalidSyntax();
                }
            }
            _pos++;
        }
        FlushConstant(joined.Values, pending, ref pendingFirst, pendingLast);
        return Finish(joined, start);
    }

    private static void FlushConstant(List<Expr> values, StringBuilder pending, ref Constant? first, LocatedNode? last)
    {
        if (first == null) return;
        var c = new Constant { Value = pending.ToString() };
        Span(c, first, last!);
        values.Add(c);
        pending.Clear();
        first = null;
    }

    private void SkipStrings()
    {
        int depth = 0;
        while (true)
        {
            TokenKind kind = Kind;
            if (kind == TokenKind.FSTRING_START) depth++;
            else if (kind == TokenKind.FSTRING_END) depth--;
            else if (depth == 0 && kind != TokenKind.STRING) return;
            else if (kind == TokenKind.ENDMARKER) return;
            _pos++;
        }
    }

    private static bool IsRawPrefix(string fstringStart)
    {
        foreach (char c in fstringStart)
        {
            if (c is 'r' or 'R') return true;
        }
        return false;
    }

    private Expr ParseStrConcatenation(int start)
    {
        Token first = Current;
        bool hasU = StringLiteral.Split(first.Text).HasU;
        string value;
        if (Peek(1).Kind != TokenKind.STRING)
        {
            _pos++;
            value = DecodeStrToken(first);
        }
        else
        {
            var sb = new StringBuilder();
            while (Kind == TokenKind.STRING)
            {
                sb.Append(DecodeStrToken(Current));
                _pos++;
            }
            value = sb.ToString();
        }
        return Finish(new Constant { Value = value, Kind = hasU ? "u" : null }, start);
    }

    private Expr ParseBytesConcatenation(int start)
    {
        var all = new List<byte>();
        byte[]? single = null;
        int count = 0;
        while (Kind == TokenKind.STRING)
        {
            Token t = Current;
            StringLiteral.Parts parts = StringLiteral.Split(t.Text);
            ReadOnlySpan<char> body = t.Text.AsSpan(parts.BodyStart, parts.BodyLength);
            foreach (char ch in body)
            {
                if (ch >= 0x80) throw Error("bytes can only contain ASCII literal characters", t);
            }
            byte[] bytes = StringLiteral.DecodeBytes(body, parts.IsRaw, out string? warning, out string? error);
            if (error != null) throw Error(error, t);
            if (warning != null) Warn(warning, t);
            single = bytes;
            all.AddRange(bytes);
            count++;
            _pos++;
        }
        return Finish(new Constant { Value = count == 1 ? single! : all.ToArray() }, start);
    }

    private string DecodeStrToken(Token t)
    {
        StringLiteral.Parts parts = StringLiteral.Split(t.Text);
        string value = StringLiteral.DecodeStr(t.Text.AsSpan(parts.BodyStart, parts.BodyLength), parts.IsRaw, out string? warning, out string? error);
        if (error != null) throw Error(error, t);
        if (warning != null) Warn(warning, t);
        return value;
    }

    private string DecodeFStringMiddle(Token t, bool raw)
    {
        string text = t.Text;
        if (text.Contains("{{", StringComparison.Ordinal) || text.Contains("}}", StringComparison.Ordinal))
        {
            text = text.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal);
        }
        string value = StringLiteral.DecodeStr(text, raw, out string? warning, out string? error);
        if (error != null) throw Error(error, t);
        if (warning != null) Warn(warning, t);
        return value;
    }

    /// <summary><c>fstring_replacement_field</c>: <c>'{' expr ['='] ['!' NAME] [':' spec] '}'</c>.</summary>
    private FormattedValue ParseReplacementField(bool raw, out Constant? debugText)
    {
        int start = _pos;
        Token open = Current;
        _pos++;
        Enter();
        try
        {
            if (Kind == TokenKind.RBRACE) throw Error("f-string: valid expression required before '}'", Current);
            Expr value = IsKeyword("yield") ? ParseYieldExpression() : ParseStarExpressions();
            debugText = null;
            int conversion = -1;
            if (Kind == TokenKind.EQUAL)
            {
                _pos++;
                Token next = Current;
                string text = _lines.Slice(open.EndLine, open.EndColumn, next.StartLine, next.StartColumn);
                debugText = new Constant { Value = text, Lineno = open.EndLine, ColOffset = open.EndColumn, EndLineno = next.StartLine, EndColOffset = next.StartColumn };
            }
            if (Kind == TokenKind.EXCLAMATION)
            {
                _pos++;
                Token name = Current;
                if (name.Kind != TokenKind.NAME || name.StartColumn != _tokens[_pos - 1].EndColumn)
                {
                    throw Error("f-string: missing conversion character", name);
                }
                conversion = name.Text switch
                {
                    "s" => 's',
                    "r" => 'r',
                    "a" => 'a',
                    _ => throw Error("f-string: invalid conversion character '" + name.Text + "': expected 's', 'r', or 'a'", name),
                };
                _pos++;
            }
            Expr? spec = null;
            if (Kind == TokenKind.COLON)
            {
                int specStart = _pos++;
                var joined = new JoinedStr();
                while (Kind == TokenKind.FSTRING_MIDDLE || Kind == TokenKind.LBRACE)
                {
                    if (Kind == TokenKind.FSTRING_MIDDLE)
                    {
                        Token t = Current;
                        _pos++;
                        joined.Values.Add(At(new Constant { Value = DecodeFStringMiddle(t, raw) }, t));
                    }
                    else
                    {
                        FormattedValue inner = ParseReplacementField(raw, out Constant? innerDebug);
                        if (innerDebug != null) joined.Values.Add(innerDebug);
                        joined.Values.Add(inner);
                    }
                }
                // A spec that is one empty piece is an empty JoinedStr, as in 3.11.
                if (joined.Values.Count == 1 && joined.Values[0] is Constant { Value: "" }) joined.Values.Clear();
                spec = Finish(joined, specStart);
            }
            if (Kind != TokenKind.RBRACE)
            {
                throw Error("f-string: expecting '}'", Current);
            }
            _pos++;
            if (debugText != null && conversion == -1 && spec == null) conversion = 'r';
            return Finish(new FormattedValue { Value = value, Conversion = conversion, FormatSpec = spec }, start);
        }
        finally
        {
            Leave();
        }
    }
}
