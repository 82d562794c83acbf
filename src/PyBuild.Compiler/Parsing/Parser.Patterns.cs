using PyBuild.Compiler.Lexing;
using PyBuild.Compiler.Syntax;

namespace PyBuild.Compiler.Parsing;

// The match statement and its patterns (PEP 634).
public sealed partial class Parser
{
    /// <summary>
    /// Whether a line starting with the soft keyword <c>match</c> is a match statement: a subject
    /// follows, and the logical line ends with ':' before its NEWLINE.
    /// </summary>
    private bool IsMatchStatement()
    {
        Token next = Peek(1);
        switch (next.Kind)
        {
            case TokenKind.NAME:
                if (Keywords.IsKeyword(next.Text) && next.Text is not ("True" or "False" or "None" or "not" or "lambda" or "await")) return false;
                break;
            case TokenKind.NUMBER: case TokenKind.STRING: case TokenKind.FSTRING_START:
            case TokenKind.LPAR: case TokenKind.LSQB: case TokenKind.LBRACE:
            case TokenKind.MINUS: case TokenKind.PLUS: case TokenKind.TILDE: case TokenKind.STAR: case TokenKind.ELLIPSIS:
                break;
            default:
                return false;
        }
        int depth = 0;
        for (int k = 1; ; k++)
        {
            TokenKind kind = Peek(k).Kind;
            if (kind is TokenKind.LPAR or TokenKind.LSQB or TokenKind.LBRACE) depth++;
            else if (kind is TokenKind.RPAR or TokenKind.RSQB or TokenKind.RBRACE) depth--;
            else if (kind is TokenKind.NEWLINE or TokenKind.ENDMARKER) return Peek(k - 1).Kind == TokenKind.COLON;
            else if (kind == TokenKind.COLON && depth == 0 && Peek(k + 1).Kind != TokenKind.NEWLINE) return false;
        }
    }

    private Stmt ParseMatch()
    {
        int start = _pos;
        Token header = Current;
        _pos++;
        int subjectStart = _pos;
        Expr subject = ParseStarNamedExpression();
        if (Kind == TokenKind.COMMA)
        {
            var tuple = new TupleExpr { Ctx = ExprContext.Load };
            tuple.Elts.Add(subject);
            while (Accept(TokenKind.COMMA))
            {
                if (Kind == TokenKind.COLON) break;
                tuple.Elts.Add(ParseStarNamedExpression());
            }
            subject = Finish(tuple, subjectStart);
        }
        ExpectColon();
        Expect(TokenKind.NEWLINE);
        if (Kind != TokenKind.INDENT)
        {
            throw ErrorAtToken("expected an indented block after 'match' statement on line " + header.StartLine, Current, "IndentationError");
        }
        _pos++;
        var match = new Match { Subject = subject };
        while (Kind != TokenKind.DEDENT && Kind != TokenKind.ENDMARKER)
        {
            if (!IsKeyword("case")) throw InvalidSyntax();
            Token caseToken = Current;
            _pos++;
            var matchCase = new MatchCase { Pattern = ParsePatterns() };
            if (AcceptKeyword("if")) matchCase.Guard = ParseNamedExpression();
            matchCase.Body = ParseSuite("'case' statement", caseToken);
            match.Cases.Add(matchCase);
        }
        Accept(TokenKind.DEDENT);
        return Finish(match, start);
    }

    /// <summary><c>patterns</c>: an open sequence (<c>case a, *b:</c>) or one pattern.</summary>
    private Pattern ParsePatterns()
    {
        int start = _pos;
        Pattern first = ParseMaybeStarPattern();
        if (Kind != TokenKind.COMMA)
        {
            if (first is MatchStar) throw InvalidSyntax();
            return first;
        }
        var seq = new MatchSequence();
        seq.Patterns.Add(first);
        while (Accept(TokenKind.COMMA))
        {
            if (Kind == TokenKind.COLON || IsKeyword("if")) break;
            seq.Patterns.Add(ParseMaybeStarPattern());
        }
        return Finish(seq, start);
    }

    private Pattern ParseMaybeStarPattern()
    {
        if (Kind != TokenKind.STAR) return ParsePattern();
        int start = _pos++;
        string? name = ParseCaptureOrWildcard();
        return Finish(new MatchStar { Name = name }, start);
    }

    /// <summary>A capture target's name, or null for the wildcard <c>_</c>.</summary>
    private string? ParseCaptureOrWildcard()
    {
        string name = ExpectName();
        return name == "_" ? null : name;
    }

    /// <summary><c>pattern</c>: an or-pattern, optionally <c>as NAME</c>.</summary>
    private Pattern ParsePattern()
    {
        Enter();
        try
        {
            int start = _pos;
            Pattern p = ParseOrPattern();
            if (!AcceptKeyword("as")) return p;
            Token nameToken = Current;
            if (!IsName)
            {
                if (!StartsExpression()) throw InvalidSyntax();
                Expr target = ParseExpression();
                throw Error("invalid pattern target", target);
            }
            string name = ExpectName();
            if (name == "_") throw Error("cannot use '_' as a target", nameToken);
            return Finish(new MatchAs { Pattern = p, Name = name }, start);
        }
        finally
        {
            Leave();
        }
    }

    private Pattern ParseOrPattern()
    {
        int start = _pos;
        Pattern first = ParseClosedPattern();
        if (Kind != TokenKind.VBAR) return first;
        var or = new MatchOr();
        or.Patterns.Add(first);
        while (Accept(TokenKind.VBAR)) or.Patterns.Add(ParseClosedPattern());
        return Finish(or, start);
    }

    private Pattern ParseClosedPattern()
    {
        int start = _pos;
        Token t = Current;
        switch (t.Kind)
        {
            case TokenKind.NUMBER:
            case TokenKind.MINUS:
            case TokenKind.STRING:
            case TokenKind.FSTRING_START:
                return Finish(new MatchValue { Value = ParseLiteralExpression() }, start);
            case TokenKind.LPAR:
            {
                _pos++;
                if (Accept(TokenKind.RPAR)) return Finish(new MatchSequence(), start);
                Pattern first = ParseMaybeStarPattern();
                if (Kind == TokenKind.COMMA)
                {
                    var seq = new MatchSequence();
                    seq.Patterns.Add(first);
                    while (Accept(TokenKind.COMMA))
                    {
                        if (Kind == TokenKind.RPAR) break;
                        seq.Patterns.Add(ParseMaybeStarPattern());
                    }
                    Expect(TokenKind.RPAR);
                    return Finish(seq, start);
                }
                if (first is MatchStar) throw InvalidSyntax();
                Expect(TokenKind.RPAR);
                return first;
            }
            case TokenKind.LSQB:
            {
                _pos++;
                var seq = new MatchSequence();
                while (Kind != TokenKind.RSQB)
                {
                    seq.Patterns.Add(ParseMaybeStarPattern());
                    if (!Accept(TokenKind.COMMA)) break;
                }
                Expect(TokenKind.RSQB);
                return Finish(seq, start);
            }
            case TokenKind.LBRACE:
                return ParseMappingPattern();
            case TokenKind.NAME:
                switch (t.Text)
                {
                    case "None": _pos++; return At(new MatchSingleton { Value = null! }, t);
                    case "True": _pos++; return At(new MatchSingleton { Value = true }, t);
                    case "False": _pos++; return At(new MatchSingleton { Value = false }, t);
                }
                if (Keywords.IsKeyword(t.Text)) throw InvalidSyntax();
                if (Peek(1).Kind != TokenKind.DOT && Peek(1).Kind != TokenKind.LPAR)
                {
                    _pos++;
                    if (Kind == TokenKind.EQUAL) throw InvalidSyntax();
                    return At(new MatchAs { Name = t.Text == "_" ? null : Identifier(t.Text) }, t);
                }
                Expr nameOrAttr = ParseNameOrAttr();
                if (Kind != TokenKind.LPAR) return Finish(new MatchValue { Value = nameOrAttr }, start);
                return ParseClassPattern(nameOrAttr, start);
            default:
                throw InvalidSyntax();
        }
    }

    private Expr ParseNameOrAttr()
    {
        int start = _pos;
        Token t = Current;
        Expr e = At(new Name { Id = ExpectName(), Ctx = ExprContext.Load }, t);
        while (Accept(TokenKind.DOT))
        {
            string attr = ExpectName();
            e = Finish(new AttributeExpr { Value = e, Attr = attr, Ctx = ExprContext.Load }, start);
        }
        return e;
    }

    /// <summary>
    /// A literal in a pattern: a signed number, a complex <c>a + bj</c>, or strings; None, True and
    /// False are Constants here (mapping keys).
    /// </summary>
    private Expr ParseLiteralExpression()
    {
        int start = _pos;
        Token t = Current;
        if (t.Kind is TokenKind.STRING or TokenKind.FSTRING_START)
        {
            Expr s = ParseStrings();
            if (s is JoinedStr) throw Error("patterns may only match literals and attribute lookups", s);
            return s;
        }
        if (t.Kind == TokenKind.NAME)
        {
            switch (t.Text)
            {
                case "None": _pos++; return At(new Constant { Value = null! }, t);
                case "True": _pos++; return At(new Constant { Value = true }, t);
                case "False": _pos++; return At(new Constant { Value = false }, t);
            }
            if (Peek(1).Kind != TokenKind.DOT)
            {
                _pos++;
                throw InvalidSyntax();
            }
            return ParseNameOrAttr();
        }
        Expr real = ParseSignedNumber();
        if (Kind != TokenKind.PLUS && Kind != TokenKind.MINUS) return real;
        Operator op = Kind == TokenKind.PLUS ? Operator.Add : Operator.Sub;
        _pos++;
        Token imagToken = Current;
        if (imagToken.Kind != TokenKind.NUMBER) throw InvalidSyntax();
        _pos++;
        object value = NumberLiteral.Parse(imagToken.Text);
        var imag = At(new Constant { Value = value }, imagToken);
        if (real is Constant { Value: System.Numerics.Complex } || real is UnaryOp { Operand: Constant { Value: System.Numerics.Complex } })
        {
            throw Error("real number required in complex literal", real);
        }
        if (value is not System.Numerics.Complex) throw Error("imaginary number required in complex literal", imag);
        return Finish(new BinOp { Left = real, Op = op, Right = imag }, start);
    }

    private Expr ParseSignedNumber()
    {
        int start = _pos;
        bool negative = Accept(TokenKind.MINUS);
        Token t = Current;
        if (t.Kind != TokenKind.NUMBER) throw InvalidSyntax();
        _pos++;
        var number = At(new Constant { Value = NumberLiteral.Parse(t.Text) }, t);
        return negative ? Finish(new UnaryOp { Op = UnaryOperator.USub, Operand = number }, start) : number;
    }

    private Pattern ParseMappingPattern()
    {
        int start = _pos++;
        var mapping = new MatchMapping();
        while (Kind != TokenKind.RBRACE)
        {
            if (Accept(TokenKind.DOUBLESTAR))
            {
                mapping.Rest = ExpectName();
                Accept(TokenKind.COMMA);
                break;
            }
            Expr key = ParseLiteralExpression();
            Expect(TokenKind.COLON);
            mapping.Keys.Add(key);
            mapping.Patterns.Add(ParsePattern());
            if (!Accept(TokenKind.COMMA)) break;
        }
        Expect(TokenKind.RBRACE);
        return Finish(mapping, start);
    }

    private Pattern ParseClassPattern(Expr cls, int start)
    {
        _pos++;
        var pattern = new MatchClass { Cls = cls };
        while (Kind != TokenKind.RPAR)
        {
            if (Kind == TokenKind.NAME && Peek(1).Kind == TokenKind.EQUAL)
            {
                pattern.KwdAttrs.Add(ExpectName());
                _pos++;
                pattern.KwdPatterns.Add(ParsePattern());
            }
            else
            {
                Pattern p = ParsePattern();
                if (pattern.KwdAttrs.Count > 0) throw Error("positional patterns follow keyword patterns", p);
                pattern.Patterns.Add(p);
            }
            if (!Accept(TokenKind.COMMA)) break;
        }
        Expect(TokenKind.RPAR);
        return Finish(pattern, start);
    }
}
