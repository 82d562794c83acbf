using System.Text;
using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.Lexing;
using PyBuild.Compiler.Syntax;
using PyBuild.Compiler.Text;

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
        var pending = new StrConstantBuilder();
        Constant? pendingFirst = null;
        LocatedNode? pendingLast = null;
        while (Kind == TokenKind.STRING || Kind == TokenKind.FSTRING_START)
        {
            if (Kind == TokenKind.STRING)
            {
                Token t = Current;
                _pos++;
                object value = DecodeStrToken(t);
                if (value is "") continue;
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
                    object value = DecodeFStringMiddle(t, raw);
                    if (value is "") continue;
                    var c = At(new Constant { Value = value }, MiddleSpan(t));
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
                        pending.Append(debugText.Value!);
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

    private static void FlushConstant(List<Expr> values, StrConstantBuilder pending, ref Constant? first, LocatedNode? last)
    {
        if (first == null) return;
        var c = new Constant { Value = pending.Build() };
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
        object value;
        if (Peek(1).Kind != TokenKind.STRING)
        {
            _pos++;
            value = DecodeStrToken(first);
        }
        else
        {
            var joined = new StrConstantBuilder();
            while (Kind == TokenKind.STRING)
            {
                joined.Append(DecodeStrToken(Current));
                _pos++;
            }
            value = joined.Build();
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

    /// <summary>Whether the text holds a lone U+DC80..U+DCFF, the decoder's stand-in for a byte that is not UTF-8.</summary>
    private static bool HasUndecodableByte(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (Utf8Text.IsEscapedByte(c)) return true;
        }
        return false;
    }

    private object DecodeStrToken(Token t)
    {
        StringLiteral.Parts parts = StringLiteral.Split(t.Text);
        ReadOnlySpan<char> body = t.Text.AsSpan(parts.BodyStart, parts.BodyLength);
        string? undecodable = HasUndecodableByte(body) ? Utf8Text.DescribeDecodeError(body) : null;
        if (undecodable != null) throw Error("(unicode error) " + undecodable, t);
        object value = StringLiteral.DecodeStr(t.Text.AsSpan(parts.BodyStart, parts.BodyLength), parts.IsRaw, out string? warning, out string? error);
        if (error != null) throw Error(error, t);
        if (warning != null) Warn(warning, t);
        return value;
    }

    /// <summary>
    /// The parser's range of an FSTRING_MIDDLE: a piece ending in an escaped brace covers both
    /// braces in CPython's parser, while the tokenize module's range stops after the first.
    /// </summary>
    private Token MiddleSpan(Token t)
    {
        string text = t.Text;
        if (text.Length == 0 || text[^1] is not ('{' or '}') || t.StartLine != t.EndLine) return t;
        if (t.EndColumn - t.StartColumn != Utf8Text.ByteLength(text)) return t;
        // The brace that follows in the source is the escape's second one (not after \N{...}).
        if (_lines.Slice(t.EndLine, t.EndColumn, t.EndLine, t.EndColumn + 1) != text[^1..]) return t;
        return t with { EndColumn = t.EndColumn + 1 };
    }

    private object DecodeFStringMiddle(Token t, bool raw)
    {
        string? undecodable = HasUndecodableByte(t.Text) ? Utf8Text.DescribeDecodeError(t.Text) : null;
        if (undecodable != null) throw Error("(unicode error) " + undecodable, t);
        string text = t.Text;
        if (text.Contains("{{", StringComparison.Ordinal) || text.Contains("}}", StringComparison.Ordinal))
        {
            text = text.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal);
        }
        object value = StringLiteral.DecodeStr(text, raw, out string? warning, out string? error);
        if (error != null) throw Error(error, t);
        if (warning != null) Warn(warning, t);
        return value;
    }

    /// <summary>The debug text of <c>f"{expr=}"</c> leaves out comments (in a multi-line field), as CPython's does.</summary>
    private static string WithoutComments(string text)
    {
        if (!text.Contains('#')) return text;
        var sb = new StringBuilder(text.Length);
        char quote = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quote != '\0')
            {
                if (c == '\\' && i + 1 < text.Length) { sb.Append(c).Append(text[++i]); continue; }
                if (c == quote) quote = '\0';
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '#')
            {
                while (i < text.Length && text[i] != '\n') i++;
                if (i < text.Length) sb.Append('\n');
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Whether the parser is inside an f-string replacement field's expression.</summary>
    private bool InReplacementField() => _fstringFields > 0;

    /// <summary><c>fstring_replacement_field</c>: <c>'{' expr ['='] ['!' NAME] [':' spec] '}'</c>.</summary>
    private FormattedValue ParseReplacementField(bool raw, out Constant? debugText)
    {
        int start = _pos;
        Token open = Current;
        _pos++;
        Enter();
        try
        {
            if (Kind is TokenKind.RBRACE or TokenKind.EXCLAMATION or TokenKind.COLON or TokenKind.EQUAL)
            {
                throw Error("f-string: valid expression required before '" + Current.Text + "'", Current);
            }
            _fstringFields++;
            Expr value;
            try
            {
                value = IsKeyword("yield") ? ParseYieldExpression() : ParseStarExpressions();
            }
            finally
            {
                _fstringFields--;
            }
            if (Kind is not (TokenKind.EQUAL or TokenKind.EXCLAMATION or TokenKind.COLON or TokenKind.RBRACE))
            {
                throw Error("f-string: expecting '=', or '!', or ':', or '}'", Current);
            }
            debugText = null;
            int conversion = -1;
            if (Kind == TokenKind.EQUAL)
            {
                _pos++;
                Token next = Current;
                string text = WithoutComments(_lines.Slice(open.EndLine, open.EndColumn, next.StartLine, next.StartColumn));
                debugText = new Constant { Value = text, Lineno = open.EndLine, ColOffset = open.EndColumn, EndLineno = next.StartLine, EndColOffset = next.StartColumn };
                if (Kind is not (TokenKind.EXCLAMATION or TokenKind.COLON or TokenKind.RBRACE))
                {
                    throw Error("f-string: expecting '!', or ':', or '}'", Current);
                }
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
                if (Kind is not (TokenKind.COLON or TokenKind.RBRACE)) throw Error("f-string: expecting ':' or '}'", Current);
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
                        joined.Values.Add(At(new Constant { Value = DecodeFStringMiddle(t, raw) }, MiddleSpan(t)));
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
