using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.Lexing;
using PyBuild.Compiler.Syntax;

namespace PyBuild.Compiler.Parsing;

// Expressions: from star_expressions down to atoms (Grammar/python.gram, "EXPRESSIONS").
public sealed partial class Parser
{
    /// <summary><c>star_expressions</c> (or <c>expressions</c> without stars): a tuple when there is a comma.</summary>
    private Expr ParseStarExpressionsOrExpressions(bool allowStar)
    {
        int start = _pos;
        Expr first = allowStar ? ParseStarExpression() : ParseExpression();
        if (Kind != TokenKind.COMMA) return first;
        var tuple = new TupleExpr { Ctx = ExprContext.Load };
        tuple.Elts.Add(first);
        while (Accept(TokenKind.COMMA))
        {
            if (!StartsExpression()) break;
            tuple.Elts.Add(allowStar ? ParseStarExpression() : ParseExpression());
        }
        return Finish(tuple, start);
    }

    private Expr ParseStarExpressions() => ParseStarExpressionsOrExpressions(allowStar: true);

    /// <summary><c>star_expression</c>: <c>'*' bitwise_or</c> or an expression.</summary>
    private Expr ParseStarExpression()
    {
        if (Kind != TokenKind.STAR) return ParseExpression();
        int start = _pos++;
        Expr value = ParseBitwiseOr();
        return Finish(new Starred { Value = value, Ctx = ExprContext.Load }, start);
    }

    /// <summary><c>star_named_expression</c>.</summary>
    private Expr ParseStarNamedExpression()
    {
        if (Kind != TokenKind.STAR) return ParseNamedExpression();
        int start = _pos++;
        Expr value = ParseBitwiseOr();
        return Finish(new Starred { Value = value, Ctx = ExprContext.Load }, start);
    }

    /// <summary>
    /// <c>named_expression</c>: <c>NAME ':=' expression</c> or an expression; a following '=' gets
    /// CPython's "Maybe you meant '=='" errors unless <paramref name="checkAssignment"/> is off.
    /// </summary>
    private Expr ParseNamedExpression(bool checkAssignment = true)
    {
        int exprStart = _pos;
        if (Kind == TokenKind.NAME && Peek(1).Kind == TokenKind.COLONEQUAL && IsName)
        {
            int start = _pos;
            Token nameToken = Current;
            _pos += 2;
            var target = At(new Name { Id = Identifier(nameToken.Text), Ctx = ExprContext.Store }, nameToken);
            Expr value = ParseExpression();
            return Finish(new NamedExpr { Target = target, Value = value }, start);
        }
        Expr e = ParseExpression();
        if (Kind == TokenKind.COLONEQUAL)
        {
            throw Error("cannot use assignment expressions with " + ExprName(e), e);
        }
        if (checkAssignment && Kind == TokenKind.EQUAL) CheckMistakenAssignment(e, exprStart, _pos + 1);
        return e;
    }

    /// <summary>
    /// CPython's invalid_named_expression for <c>a = b</c> where an expression was expected: with
    /// <c>b</c> a bitwise_or not followed by '=' or ':=', a bare name gets "Maybe you meant '==' or
    /// ':='", and other targets (not a tuple, list, genexp, True, None or False) "cannot assign to
    /// ... here". Otherwise returns, leaving the position unchanged.
    /// </summary>
    private void CheckMistakenAssignment(Expr a, int aStart, int valueStart)
    {
        if (a is Compare or BoolOp or IfExp or Lambda or Starred or NamedExpr or Yield or YieldFrom or UnaryOp { Op: UnaryOperator.Not }) return;
        int save = _pos;
        _pos = valueStart;
        Expr b;
        try
        {
            if (!StartsExpression() || Kind == TokenKind.STAR || IsKeyword("not") || IsKeyword("lambda")) { _pos = save; return; }
            b = ParseBitwiseOr();
        }
        catch (PythonSyntaxError) when (_tokens.TokenizerError == null)
        {
            _pos = save;
            return;
        }
        bool followedByAssignment = Kind is TokenKind.EQUAL or TokenKind.COLONEQUAL;
        _pos = save;
        if (followedByAssignment) return;
        Token first = _tokens[aStart];
        if (a is Name && first.Kind == TokenKind.NAME && first.EndColumn == a.EndColOffset && first.StartLine == a.EndLineno)
        {
            throw Error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a, b);
        }
        if (first.Kind == TokenKind.NAME && first.Text is "True" or "False" or "None") return;
        if (a is TupleExpr or GeneratorExp or ListExpr && (first.Kind is TokenKind.LPAR or TokenKind.LSQB)) return;
        throw Error("cannot assign to " + ExprName(a) + " here. Maybe you meant '==' instead of '='?", a);
    }

    /// <summary>Whether the current token can begin an expression (to end optional lists).</summary>
    private bool StartsExpression() => StartsExpressionAt(0);

    /// <summary>Whether the token <paramref name="k"/> ahead can begin an expression.</summary>
    private bool StartsExpressionAt(int k)
    {
        Token t = Peek(k);
        switch (t.Kind)
        {
            case TokenKind.NAME:
                return !Keywords.IsKeyword(t.Text) || t.Text is "True" or "False" or "None" or "not" or "lambda" or "await";
            case TokenKind.NUMBER: case TokenKind.STRING: case TokenKind.FSTRING_START:
            case TokenKind.LPAR: case TokenKind.LSQB: case TokenKind.LBRACE:
            case TokenKind.MINUS: case TokenKind.PLUS: case TokenKind.TILDE:
            case TokenKind.STAR: case TokenKind.ELLIPSIS:
                return true;
            default:
                return false;
        }
    }

    /// <summary><c>expression</c>: a conditional expression, a lambda or a disjunction.</summary>
    private Expr ParseExpression()
    {
        Enter();
        try
        {
            if (IsKeyword("lambda")) return ParseLambda();
            int start = _pos;
            Expr body = ParseDisjunction();
            if (!IsKeyword("if"))
            {
                if (!_speculating && StartsExpression()) CheckMissingComma(body, start);
                return body;
            }
            _pos++;
            Expr test = ParseDisjunction();
            if (!AcceptKeyword("else"))
            {
                if (Kind != TokenKind.COLON) throw Error("expected 'else' after 'if' expression", body, test);
                throw InvalidSyntax();
            }
            Expr orelse = ParseExpression();
            return Finish(new IfExp { Test = test, Body = body, Orelse = orelse }, start);
        }
        finally
        {
            Leave();
        }
    }

    /// <summary>
    /// CPython's invalid_expression and invalid_legacy_expression: an expression directly followed
    /// by another is <c>print x</c> (Python 2), or, inside brackets, a forgotten comma.
    /// </summary>
    private void CheckMissingComma(Expr a, int aStart)
    {
        Token first = _tokens[aStart];
        bool singleName = a is Name && first.Kind == TokenKind.NAME && _pos == aStart + 1;
        bool legacy = singleName && first.Text is "print" or "exec";
        int save = _pos;
        // Both rules parse what follows before deciding, so a tokenizer error there is reported.
        if (!(first.Kind == TokenKind.NAME && (first.Text is "match" or "case" or "type" or "_" || _tokens[aStart + 1].Kind == TokenKind.STRING)))
        {
            Expr? b = ParseSpeculatively(star: false);
            bool inBrackets = b != null && _tokens.LevelAt(_pos - 1) > 0;
            _pos = save;
            if (b != null && !legacy && inBrackets) throw Error("invalid syntax. Perhaps you forgot a comma?", a, b);
        }
        if (singleName)
        {
            Expr? b = ParseSpeculatively(star: true);
            _pos = save;
            if (b != null && legacy)
            {
                throw Error("Missing parentheses in call to '" + first.Text + "'. Did you mean " + first.Text + "(...)?", a, b);
            }
        }
    }

    /// <summary>An expression (or star_expressions) parsed ahead for an error message, or null when it does not parse.</summary>
    private Expr? ParseSpeculatively(bool star)
    {
        bool outer = _speculating;
        _speculating = true;
        try
        {
            return star ? ParseStarExpressions() : ParseExpression();
        }
        catch (PythonSyntaxError) when (_tokens.TokenizerError == null)
        {
            return null;
        }
        finally
        {
            _speculating = outer;
        }
    }

    private Expr ParseLambda()
    {
        Enter();
        try
        {
            return ParseLambdaBody();
        }
        finally
        {
            Leave();
        }
    }

    private Expr ParseLambdaBody()
    {
        int start = _pos++;
        Arguments args = ParseParameters(TokenKind.COLON, lambda: true);
        Expect(TokenKind.COLON);
        if (Kind is TokenKind.FSTRING_MIDDLE or TokenKind.LBRACE && _tokens.LevelAt(_pos - 1) > 0 && InReplacementField())
        {
            throw Error("f-string: lambda expressions are not allowed without parentheses", _tokens[start], _tokens[_pos - 1]);
        }
        Expr body = ParseExpression();
        return Finish(new Lambda { Args = args, Body = body }, start);
    }

    private Expr ParseDisjunction()
    {
        int start = _pos;
        Expr first = ParseConjunction();
        if (!IsKeyword("or")) return first;
        var op = new BoolOp { Op = BoolOperator.Or };
        op.Values.Add(first);
        while (AcceptKeyword("or")) op.Values.Add(ParseConjunction());
        return Finish(op, start);
    }

    private Expr ParseConjunction()
    {
        int start = _pos;
        Expr first = ParseInversion();
        if (!IsKeyword("and")) return first;
        var op = new BoolOp { Op = BoolOperator.And };
        op.Values.Add(first);
        while (AcceptKeyword("and")) op.Values.Add(ParseInversion());
        return Finish(op, start);
    }

    private Expr ParseInversion()
    {
        if (!IsKeyword("not")) return ParseComparison();
        Enter();
        try
        {
            int start = _pos++;
            Expr operand = ParseInversion();
            return Finish(new UnaryOp { Op = UnaryOperator.Not, Operand = operand }, start);
        }
        finally
        {
            Leave();
        }
    }

    private Expr ParseComparison()
    {
        int start = _pos;
        Expr left = ParseBitwiseOr();
        Compare? compare = null;
        while (true)
        {
            CompareOperator op;
            switch (Kind)
            {
                case TokenKind.EQEQUAL: op = CompareOperator.Eq; _pos++; break;
                case TokenKind.NOTEQUAL: op = CompareOperator.NotEq; _pos++; break;
                case TokenKind.LESS: op = CompareOperator.Lt; _pos++; break;
                case TokenKind.LESSEQUAL: op = CompareOperator.LtE; _pos++; break;
                case TokenKind.GREATER: op = CompareOperator.Gt; _pos++; break;
                case TokenKind.GREATEREQUAL: op = CompareOperator.GtE; _pos++; break;
                case TokenKind.NAME:
                    if (IsKeyword("in")) { op = CompareOperator.In; _pos++; break; }
                    if (IsKeyword("not") && PeekIsKeyword(1, "in")) { op = CompareOperator.NotIn; _pos += 2; break; }
                    if (IsKeyword("is"))
                    {
                        if (PeekIsKeyword(1, "not")) { op = CompareOperator.IsNot; _pos += 2; }
                        else { op = CompareOperator.Is; _pos++; }
                        break;
                    }
                    goto default;
                default:
                    return compare == null ? left : Finish(compare, start);
            }
            compare ??= new Compare { Left = left };
            compare.Ops.Add(op);
            compare.Comparators.Add(ParseBitwiseOr());
        }
    }

    private Expr ParseBitwiseOr()
    {
        int start = _pos;
        Expr left = ParseBitwiseXor();
        while (Kind == TokenKind.VBAR)
        {
            _pos++;
            Expr right = ParseBitwiseXor();
            left = Finish(new BinOp { Left = left, Op = Operator.BitOr, Right = right }, start);
        }
        return left;
    }

    private Expr ParseBitwiseXor()
    {
        int start = _pos;
        Expr left = ParseBitwiseAnd();
        while (Kind == TokenKind.CIRCUMFLEX)
        {
            _pos++;
            Expr right = ParseBitwiseAnd();
            left = Finish(new BinOp { Left = left, Op = Operator.BitXor, Right = right }, start);
        }
        return left;
    }

    private Expr ParseBitwiseAnd()
    {
        int start = _pos;
        Expr left = ParseShift();
        while (Kind == TokenKind.AMPER)
        {
            _pos++;
            Expr right = ParseShift();
            left = Finish(new BinOp { Left = left, Op = Operator.BitAnd, Right = right }, start);
        }
        return left;
    }

    private Expr ParseShift()
    {
        int start = _pos;
        Expr left = ParseSum();
        while (Kind == TokenKind.LEFTSHIFT || Kind == TokenKind.RIGHTSHIFT)
        {
            Operator op = Kind == TokenKind.LEFTSHIFT ? Operator.LShift : Operator.RShift;
            _pos++;
            Expr right = ParseSum();
            left = Finish(new BinOp { Left = left, Op = op, Right = right }, start);
        }
        return left;
    }

    private Expr ParseSum()
    {
        int start = _pos;
        Expr left = ParseTerm();
        while (Kind == TokenKind.PLUS || Kind == TokenKind.MINUS)
        {
            Operator op = Kind == TokenKind.PLUS ? Operator.Add : Operator.Sub;
            _pos++;
            Expr right = ParseTerm();
            left = Finish(new BinOp { Left = left, Op = op, Right = right }, start);
        }
        return left;
    }

    private Expr ParseTerm()
    {
        int start = _pos;
        Expr left = ParseFactor();
        while (true)
        {
            Operator op;
            switch (Kind)
            {
                case TokenKind.STAR: op = Operator.Mult; break;
                case TokenKind.SLASH: op = Operator.Div; break;
                case TokenKind.DOUBLESLASH: op = Operator.FloorDiv; break;
                case TokenKind.PERCENT: op = Operator.Mod; break;
                case TokenKind.AT: op = Operator.MatMult; break;
                default: return left;
            }
            _pos++;
            Expr right = ParseFactor();
            left = Finish(new BinOp { Left = left, Op = op, Right = right }, start);
        }
    }

    private Expr ParseFactor()
    {
        UnaryOperator op;
        switch (Kind)
        {
            case TokenKind.PLUS: op = UnaryOperator.UAdd; break;
            case TokenKind.MINUS: op = UnaryOperator.USub; break;
            case TokenKind.TILDE: op = UnaryOperator.Invert; break;
            default: return ParsePower();
        }
        Enter();
        try
        {
            int start = _pos++;
            Expr operand = ParseFactor();
            return Finish(new UnaryOp { Op = op, Operand = operand }, start);
        }
        finally
        {
            Leave();
        }
    }

    private Expr ParsePower()
    {
        int start = _pos;
        Expr left = ParseAwaitPrimary();
        if (Kind != TokenKind.DOUBLESTAR) return left;
        _pos++;
        Enter();
        Enter();
        try
        {
            Expr right = ParseFactor();
            return Finish(new BinOp { Left = left, Op = Operator.Pow, Right = right }, start);
        }
        finally
        {
            Leave();
            Leave();
        }
    }

    private Expr ParseAwaitPrimary()
    {
        if (!IsKeyword("await")) return ParsePrimary();
        int start = _pos++;
        Expr value = ParsePrimary();
        return Finish(new Await { Value = value }, start);
    }

    /// <summary><c>primary</c>: an atom followed by attribute, call and subscript trailers.</summary>
    private Expr ParsePrimary()
    {
        int start = _pos;
        Expr e = ParseAtom();
        while (true)
        {
            switch (Kind)
            {
                case TokenKind.DOT:
                    _pos++;
                    string attr = ExpectName();
                    e = Finish(new AttributeExpr { Value = e, Attr = attr, Ctx = ExprContext.Load }, start);
                    break;
                case TokenKind.LPAR:
                    e = ParseCall(e, start);
                    break;
                case TokenKind.LSQB:
                    _pos++;
                    Expr slice = ParseSlices();
                    Expect(TokenKind.RSQB);
                    e = Finish(new Subscript { Value = e, Slice = slice, Ctx = ExprContext.Load }, start);
                    break;
                default:
                    return e;
            }
        }
    }

    private Expr ParseCall(Expr func, int start)
    {
        int open = _pos++;
        var call = new Call { Func = func };
        ParseArguments(call.Args, call.Keywords, open);
        Expect(TokenKind.RPAR);
        return Finish(call, start);
    }

    /// <summary>
    /// <c>arguments</c> after an opening parenthesis (at token <paramref name="open"/>): positional,
    /// <c>*</c>, keyword and <c>**</c> arguments, or, in a call, one generator expression that takes
    /// the call's parentheses as its own. Class bases (<paramref name="isClass"/>) allow no generator.
    /// </summary>
    private void ParseArguments(List<Expr> args, List<Keyword> keywords, int open, bool isClass = false)
    {
        bool sawKeyword = false;
        bool sawDoubleStar = false;
        while (Kind != TokenKind.RPAR)
        {
            int start = _pos;
            if (Kind == TokenKind.STAR)
            {
                _pos++;
                Expr value = ParseExpression();
                var starred = Finish(new Starred { Value = value, Ctx = ExprContext.Load }, start);
                if (IsComprehensionStart()) throw Error("iterable unpacking cannot be used in comprehension", starred);
                if (sawDoubleStar) throw Error("iterable argument unpacking follows keyword argument unpacking", _tokens[start]);
                args.Add(starred);
            }
            else if (Kind == TokenKind.DOUBLESTAR)
            {
                _pos++;
                Expr value = ParseExpression();
                if (Kind == TokenKind.EQUAL)
                {
                    _pos++;
                    ParseExpression();
                    throw Error("cannot assign to keyword argument unpacking", _tokens[start], _tokens[_pos - 1]);
                }
                keywords.Add(Finish(new Keyword { Value = value }, start));
                sawDoubleStar = true;
            }
            else if (Kind == TokenKind.NAME && Peek(1).Kind == TokenKind.EQUAL)
            {
                Token nameToken = Current;
                if (nameToken.Text is "True" or "False" or "None") throw Error("cannot assign to " + nameToken.Text, nameToken, Peek(1));
                if (Keywords.IsKeyword(nameToken.Text)) throw InvalidSyntax();
                if (Peek(2).Kind is TokenKind.RPAR or TokenKind.COMMA) throw Error("expected argument value expression", nameToken, Peek(1));
                _pos += 2;
                Expr value = ParseExpression();
                if (IsComprehensionStart())
                {
                    throw Error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", _tokens[start], _tokens[start + 1]);
                }
                keywords.Add(Finish(new Keyword { Arg = Identifier(nameToken.Text), Value = value }, start));
                sawKeyword = true;
            }
            else
            {
                Expr value = ParseNamedExpression(checkAssignment: false);
                if (IsComprehensionStart())
                {
                    var genexp = new GeneratorExp { Elt = value };
                    ParseComprehensionClauses(genexp.Generators);
                    if (isClass) throw InvalidSyntaxAt(start);
                    if (args.Count > 0 || keywords.Count > 0 || Kind != TokenKind.RPAR)
                    {
                        throw Error("Generator expression must be parenthesized", _tokens[start], _tokens[_pos - 1]);
                    }
                    _pos++;
                    args.Add(Finish(genexp, open));
                    _pos--;
                    return;
                }
                if (Kind == TokenKind.EQUAL)
                {
                    throw Error("expression cannot contain assignment, perhaps you meant \"==\"?", _tokens[start], Current);
                }
                if (sawDoubleStar) throw ErrorAtToken("positional argument follows keyword argument unpacking", Current);
                if (sawKeyword) throw ErrorAtToken("positional argument follows keyword argument", Current);
                args.Add(value);
            }
            if (!Accept(TokenKind.COMMA)) break;
        }
    }

    /// <summary>"invalid syntax" at the token the generator clause began on (class bases take no generator).</summary>
    private PythonSyntaxError InvalidSyntaxAt(int start)
    {
        int k = start;
        while (!(_tokens[k].Kind == TokenKind.NAME && _tokens[k].Text is "for" or "async")) k++;
        return Error("invalid syntax", _tokens[k]);
    }

    private bool IsComprehensionStart() => IsKeyword("for") || (IsKeyword("async") && PeekIsKeyword(1, "for"));

    /// <summary><c>slices</c>: one slice, or a tuple of slices and starred expressions.</summary>
    private Expr ParseSlices()
    {
        int start = _pos;
        Expr first = ParseSliceItem();
        if (Kind != TokenKind.COMMA)
        {
            // a[*b] subscripts with a one-element tuple.
            if (first is Starred) return Finish(new TupleExpr { Elts = { first }, Ctx = ExprContext.Load }, start);
            return first;
        }
        var tuple = new TupleExpr { Ctx = ExprContext.Load };
        tuple.Elts.Add(first);
        while (Accept(TokenKind.COMMA))
        {
            if (Kind == TokenKind.RSQB) break;
            tuple.Elts.Add(ParseSliceItem());
        }
        return Finish(tuple, start);
    }

    private Expr ParseSliceItem()
    {
        int start = _pos;
        if (Kind == TokenKind.STAR) return ParseStarExpression();
        Expr? lower = null;
        if (Kind != TokenKind.COLON)
        {
            lower = ParseNamedExpression();
            if (Kind != TokenKind.COLON) return lower;
        }
        _pos++;
        Expr? upper = null;
        Expr? step = null;
        if (StartsExpression()) upper = ParseExpression();
        if (Accept(TokenKind.COLON))
        {
            if (StartsExpression()) step = ParseExpression();
        }
        return Finish(new Slice { Lower = lower, Upper = upper, Step = step }, start);
    }

    /// <summary><c>atom</c>.</summary>
    private Expr ParseAtom()
    {
        Token t = Current;
        switch (t.Kind)
        {
            case TokenKind.NAME:
                switch (t.Text)
                {
                    case "True": _pos++; return At(new Constant { Value = true }, t);
                    case "False": _pos++; return At(new Constant { Value = false }, t);
                    case "None": _pos++; return At(new Constant { Value = null! }, t);
                }
                if (Keywords.IsKeyword(t.Text)) throw InvalidSyntax();
                _pos++;
                return At(new Name { Id = Identifier(t.Text), Ctx = ExprContext.Load }, t);
            case TokenKind.NUMBER:
                _pos++;
                return At(new Constant { Value = NumberLiteral.Parse(t.Text) }, t);
            case TokenKind.STRING:
            case TokenKind.FSTRING_START:
                return ParseStrings();
            case TokenKind.LPAR:
                return ParseParenthesized();
            case TokenKind.LSQB:
                return ParseListDisplay();
            case TokenKind.LBRACE:
                return ParseBraceDisplay();
            case TokenKind.ELLIPSIS:
                _pos++;
                return At(new Constant { Value = ConstEllipsis.Value }, t);
            default:
                throw InvalidSyntax();
        }
    }

    /// <summary>A tuple, a group (the inner expression, its own position), a yield or a generator expression.</summary>
    private Expr ParseParenthesized()
    {
        int start = _pos++;
        Enter();
        try
        {
            if (Accept(TokenKind.RPAR)) return Finish(new TupleExpr { Ctx = ExprContext.Load }, start);
            if (IsKeyword("yield"))
            {
                Expr y = ParseYieldExpression();
                Expect(TokenKind.RPAR);
                return y;
            }
            Expr first = ParseStarNamedExpression();
            if (IsKeyword("for") || (IsKeyword("async") && PeekIsKeyword(1, "for")))
            {
                if (first is Starred) throw Error("iterable unpacking cannot be used in comprehension", first);
                var genexp = new GeneratorExp { Elt = first };
                ParseComprehensionClauses(genexp.Generators);
                Expect(TokenKind.RPAR);
                return Finish(genexp, start);
            }
            if (Kind == TokenKind.COMMA)
            {
                var tuple = new TupleExpr { Ctx = ExprContext.Load };
                tuple.Elts.Add(first);
                while (Accept(TokenKind.COMMA))
                {
                    if (Kind == TokenKind.RPAR) break;
                    tuple.Elts.Add(ParseStarNamedExpression());
                }
                Expect(TokenKind.RPAR);
                return Finish(tuple, start);
            }
            if (Kind != TokenKind.RPAR)
            {
                throw InvalidSyntax();
            }
            _pos++;
            if (first is Starred) throw Error("cannot use starred expression here", first);
            return first;
        }
        finally
        {
            Leave();
        }
    }

    private Expr ParseListDisplay()
    {
        int start = _pos++;
        Enter();
        try
        {
            var list = new ListExpr { Ctx = ExprContext.Load };
            if (Accept(TokenKind.RSQB)) return Finish(list, start);
            Expr first = ParseStarNamedExpression();
            if (IsKeyword("for") || (IsKeyword("async") && PeekIsKeyword(1, "for")))
            {
                if (first is Starred) throw Error("iterable unpacking cannot be used in comprehension", first);
                var comp = new ListComp { Elt = first };
                ParseComprehensionClauses(comp.Generators);
                Expect(TokenKind.RSQB);
                return Finish(comp, start);
            }
            list.Elts.Add(first);
            while (Accept(TokenKind.COMMA))
            {
                if (Kind == TokenKind.RSQB) break;
                list.Elts.Add(ParseStarNamedExpression());
            }
            Expect(TokenKind.RSQB);
            return Finish(list, start);
        }
        finally
        {
            Leave();
        }
    }

    /// <summary>A dict, set, dict comprehension or set comprehension.</summary>
    private Expr ParseBraceDisplay()
    {
        int start = _pos++;
        Enter();
        try
        {
            if (Accept(TokenKind.RBRACE)) return Finish(new DictExpr(), start);
            if (Kind == TokenKind.DOUBLESTAR) return ParseDictRest(new DictExpr(), start);
            Expr first = ParseStarNamedExpression();
            if (Kind == TokenKind.COLON && first is not Starred)
            {
                _pos++;
                if (Kind is TokenKind.RBRACE or TokenKind.COMMA) throw Error("expression expected after dictionary key and ':'", _tokens[_pos - 1]);
                Expr value = ParseExpression();
                if (IsKeyword("for") || (IsKeyword("async") && PeekIsKeyword(1, "for")))
                {
                    var comp = new DictComp { Key = first, Value = value };
                    ParseComprehensionClauses(comp.Generators);
                    Expect(TokenKind.RBRACE);
                    return Finish(comp, start);
                }
                var dict = new DictExpr();
                dict.Keys.Add(first);
                dict.Values.Add(value);
                if (!Accept(TokenKind.COMMA))
                {
                    Expect(TokenKind.RBRACE);
                    return Finish(dict, start);
                }
                return ParseDictRest(dict, start);
            }
            if (IsKeyword("for") || (IsKeyword("async") && PeekIsKeyword(1, "for")))
            {
                if (first is Starred) throw Error("iterable unpacking cannot be used in comprehension", first);
                var comp = new SetComp { Elt = first };
                ParseComprehensionClauses(comp.Generators);
                Expect(TokenKind.RBRACE);
                return Finish(comp, start);
            }
            var set = new SetExpr();
            set.Elts.Add(first);
            while (Accept(TokenKind.COMMA))
            {
                if (Kind == TokenKind.RBRACE) break;
                set.Elts.Add(ParseStarNamedExpression());
            }
            Expect(TokenKind.RBRACE);
            return Finish(set, start);
        }
        finally
        {
            Leave();
        }
    }

    private Expr ParseDictRest(DictExpr dict, int start)
    {
        while (Kind != TokenKind.RBRACE)
        {
            if (Kind == TokenKind.DOUBLESTAR)
            {
                int starStart = _pos++;
                Expr value = ParseBitwiseOr();
                if (IsComprehensionStart()) throw Error("dict unpacking cannot be used in dict comprehension", _tokens[starStart]);
                dict.Keys.Add(null!);
                dict.Values.Add(value);
            }
            else
            {
                Expr key = ParseExpression();
                if (Kind != TokenKind.COLON)
                {
                    if (Kind == TokenKind.COMMA || Kind == TokenKind.RBRACE)
                    {
                        // CPython places this one at the key's last character, with no end column.
                        throw ErrorAt("':' expected after dictionary key", key.EndLineno, key.EndColOffset - 1, key.EndLineno, -1, "SyntaxError");
                    }
                    throw InvalidSyntax();
                }
                _pos++;
                if (Kind == TokenKind.COMMA || Kind == TokenKind.RBRACE) throw Error("expression expected after dictionary key and ':'", _tokens[_pos - 1]);
                dict.Keys.Add(key);
                dict.Values.Add(ParseExpression());
            }
            if (!Accept(TokenKind.COMMA)) break;
        }
        Expect(TokenKind.RBRACE);
        return Finish(dict, start);
    }

    /// <summary><c>for_if_clauses</c>.</summary>
    private void ParseComprehensionClauses(List<Comprehension> generators)
    {
        while (IsKeyword("for") || (IsKeyword("async") && PeekIsKeyword(1, "for")))
        {
            int isAsync = 0;
            if (AcceptKeyword("async")) isAsync = 1;
            _pos++;
            Expr target = ParseStarTargets();
            if (!AcceptKeyword("in"))
            {
                throw InvalidSyntax();
            }
            Expr iter = ParseDisjunction();
            var comp = new Comprehension { Target = target, Iter = iter, IsAsync = isAsync };
            while (AcceptKeyword("if")) comp.Ifs.Add(ParseDisjunction());
            generators.Add(comp);
        }
    }

    /// <summary><c>yield_expr</c>: <c>yield from x</c>, <c>yield</c> or <c>yield x, y</c>.</summary>
    private Expr ParseYieldExpression()
    {
        int start = _pos++;
        if (AcceptKeyword("from"))
        {
            Expr from = ParseExpression();
            return Finish(new YieldFrom { Value = from }, start);
        }
        Expr? value = StartsExpression() ? ParseStarExpressions() : null;
        return Finish(new Yield { Value = value }, start);
    }
}
