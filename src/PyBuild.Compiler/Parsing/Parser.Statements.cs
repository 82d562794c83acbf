using PyBuild.Compiler.Lexing;
using PyBuild.Compiler.Syntax;

namespace PyBuild.Compiler.Parsing;

// Statements: simple statements, compound statements and blocks (Grammar/python.gram, "STATEMENTS").
public sealed partial class Parser
{
    private bool IsCompoundStart()
    {
        Token t = Current;
        if (t.Kind == TokenKind.AT) return true;
        if (t.Kind != TokenKind.NAME) return false;
        return t.Text switch
        {
            "def" or "if" or "class" or "with" or "for" or "try" or "while" => true,
            "async" => PeekIsKeyword(1, "def") || PeekIsKeyword(1, "for") || PeekIsKeyword(1, "with"),
            "match" => IsMatchStatement(),
            _ => false,
        };
    }

    /// <summary><c>statement</c>: one compound statement, or a line of simple statements.</summary>
    private void ParseStatement(List<Stmt> body)
    {
        Enter();
        try
        {
            Token t = Current;
            if (t.Kind == TokenKind.AT)
            {
                body.Add(ParseDecorated());
                return;
            }
            if (t.Kind == TokenKind.INDENT) throw ErrorAtToken("unexpected indent", t, "IndentationError");
            if (t.Kind == TokenKind.NAME)
            {
                switch (t.Text)
                {
                    case "def": body.Add(ParseFunctionDef(new List<Expr>(), _pos)); return;
                    case "class": body.Add(ParseClassDef(new List<Expr>(), _pos)); return;
                    case "if": body.Add(ParseIf()); return;
                    case "while": body.Add(ParseWhile()); return;
                    case "for": body.Add(ParseFor(_pos)); return;
                    case "with": body.Add(ParseWith(_pos)); return;
                    case "try": body.Add(ParseTry()); return;
                    case "async":
                        if (PeekIsKeyword(1, "def")) { body.Add(ParseFunctionDef(new List<Expr>(), _pos)); return; }
                        if (PeekIsKeyword(1, "for")) { body.Add(ParseFor(_pos)); return; }
                        if (PeekIsKeyword(1, "with")) { body.Add(ParseWith(_pos)); return; }
                        _pos++;
                        throw InvalidSyntax();
                    case "match":
                        if (IsMatchStatement()) { body.Add(ParseMatch()); return; }
                        break;
                }
            }
            ParseSimpleStatements(body);
        }
        finally
        {
            Leave();
        }
    }

    /// <summary><c>simple_stmts</c>: simple statements separated by ';', then NEWLINE.</summary>
    private void ParseSimpleStatements(List<Stmt> body)
    {
        while (true)
        {
            body.Add(ParseSimpleStatement());
            if (!Accept(TokenKind.SEMI)) break;
            if (Kind == TokenKind.NEWLINE) break;
        }
        if (Kind != TokenKind.NEWLINE) throw InvalidSyntax();
        _pos++;
    }

    private Stmt ParseSimpleStatement()
    {
        int start = _pos;
        Token t = Current;
        if (t.Kind == TokenKind.NAME)
        {
            switch (t.Text)
            {
                case "pass": _pos++; return At(new Pass(), t);
                case "break": _pos++; return At(new Break(), t);
                case "continue": _pos++; return At(new Continue(), t);
                case "return":
                {
                    _pos++;
                    Expr? value = StartsExpression() ? ParseStarExpressions() : null;
                    return Finish(new Return { Value = value }, start);
                }
                case "raise":
                {
                    _pos++;
                    if (!StartsExpression()) return At(new Raise(), t);
                    Expr exc = ParseExpression();
                    Expr? cause = AcceptKeyword("from") ? ParseExpression() : null;
                    return Finish(new Raise { Exc = exc, Cause = cause }, start);
                }
                case "global":
                case "nonlocal":
                {
                    _pos++;
                    var names = new List<string> { ExpectName() };
                    while (Accept(TokenKind.COMMA)) names.Add(ExpectName());
                    return t.Text == "global" ? Finish(new Global { Names = names }, start) : Finish(new Nonlocal { Names = names }, start);
                }
                case "del":
                {
                    _pos++;
                    List<Expr> targets = ParseDelTargets();
                    if (Kind != TokenKind.NEWLINE && Kind != TokenKind.SEMI) throw InvalidSyntax();
                    return Finish(new Delete { Targets = targets }, start);
                }
                case "assert":
                {
                    _pos++;
                    Expr test = ParseExpression();
                    Expr? msg = Accept(TokenKind.COMMA) ? ParseExpression() : null;
                    return Finish(new Assert { Test = test, Msg = msg }, start);
                }
                case "import": return ParseImport();
                case "from": return ParseImportFrom();
                case "type":
                    if (Peek(1).Kind == TokenKind.NAME && (Peek(2).Kind == TokenKind.EQUAL || Peek(2).Kind == TokenKind.LSQB))
                    {
                        return ParseTypeAlias();
                    }
                    break;
            }
        }
        return ParseExpressionOrAssignment();
    }

    /// <summary>An expression statement, or one of the assignment forms that start like one.</summary>
    private Stmt ParseExpressionOrAssignment()
    {
        int start = _pos;
        Expr first = IsKeyword("yield") ? ParseYieldExpression() : ParseStarExpressions();
        switch (Kind)
        {
            case TokenKind.EQUAL:
            {
                var parts = new List<Expr> { first };
                int firstValueStart = _pos + 1;
                while (Kind == TokenKind.EQUAL)
                {
                    _pos++;
                    parts.Add(IsKeyword("yield") ? ParseYieldExpression() : ParseStarExpressions());
                }
                for (int i = 0; i < parts.Count - 1; i++)
                {
                    Expr? bad = InvalidTarget(parts[i], del: false);
                    if (bad == null) continue;
                    // The statement's first target, or its last element, is parsed as a named expression first.
                    Expr head = first is TupleExpr { Elts.Count: > 0 } t && _tokens[start].Kind != TokenKind.LPAR ? t.Elts[^1] : first;
                    int headStart = head == first ? start : IndexOfToken(head, start);
                    int save = _pos;
                    CheckMistakenAssignment(head, headStart, firstValueStart);
                    _pos = save;
                    if (bad is Yield or YieldFrom) throw Error("assignment to yield expression not possible", bad);
                    throw Error("cannot assign to " + ExprName(bad), bad);
                }
                var assign = new Assign { Value = parts[^1] };
                for (int i = 0; i < parts.Count - 1; i++)
                {
                    SetContext(parts[i], ExprContext.Store, "cannot assign to ", "");
                    assign.Targets.Add(parts[i]);
                }
                if (Kind == TokenKind.TYPE_COMMENT) assign.TypeComment = _tokens[_pos++].Text;
                return Finish(assign, start);
            }
            case TokenKind.COLON:
            {
                if (first is not (Name or AttributeExpr or Subscript))
                {
                    // CPython's rules for these errors match only with an annotation after the ':'.
                    if (!StartsExpressionAt(1)) throw InvalidSyntax();
                    _pos++;
                    ParseExpression();
                }
                if (first is TupleExpr tuple)
                {
                    // Unparenthesized, CPython points at the first element.
                    throw Error("only single target (not tuple) can be annotated", _tokens[start].Kind == TokenKind.LPAR ? first : tuple.Elts[0]);
                }
                if (first is ListExpr) throw Error("only single target (not list) can be annotated", first);
                if (first is not (Name or AttributeExpr or Subscript)) throw Error("illegal target for annotation", first);
                SetContext(first, ExprContext.Store, "cannot assign to ", "");
                int simple = first is Name && _tokens[start].Kind == TokenKind.NAME ? 1 : 0;
                _pos++;
                Expr annotation = ParseExpression();
                Expr? value = null;
                if (Accept(TokenKind.EQUAL)) value = IsKeyword("yield") ? ParseYieldExpression() : ParseStarExpressions();
                return Finish(new AnnAssign { Target = first, Annotation = annotation, Value = value, Simple = simple }, start);
            }
            default:
            {
                Operator? op = AugmentedOperator(Kind);
                if (op != null)
                {
                    if (first is not (Name or AttributeExpr or Subscript))
                    {
                        throw Error("'" + ExprName(first) + "' is an illegal expression for augmented assignment", first);
                    }
                    SetContext(first, ExprContext.Store, "cannot assign to ", "");
                    _pos++;
                    Expr value = IsKeyword("yield") ? ParseYieldExpression() : ParseStarExpressions();
                    return Finish(new AugAssign { Target = first, Op = op.Value, Value = value }, start);
                }
                if (first is Starred && _tokens[start].Kind == TokenKind.STAR && Kind is TokenKind.NEWLINE or TokenKind.SEMI)
                {
                    throw Error("can't use starred expression here", first);
                }
                return Finish(new ExprStmt { Value = first }, start);
            }
        }
    }

    /// <summary>The index of the token where an already parsed expression starts, searching from <paramref name="from"/>.</summary>
    private int IndexOfToken(Expr e, int from)
    {
        int k = from;
        while (k < _pos && !(_tokens[k].StartLine == e.Lineno && _tokens[k].StartColumn == e.ColOffset)) k++;
        return k;
    }

    private static Operator? AugmentedOperator(TokenKind kind) => kind switch
    {
        TokenKind.PLUSEQUAL => Operator.Add,
        TokenKind.MINEQUAL => Operator.Sub,
        TokenKind.STAREQUAL => Operator.Mult,
        TokenKind.ATEQUAL => Operator.MatMult,
        TokenKind.SLASHEQUAL => Operator.Div,
        TokenKind.PERCENTEQUAL => Operator.Mod,
        TokenKind.AMPEREQUAL => Operator.BitAnd,
        TokenKind.VBAREQUAL => Operator.BitOr,
        TokenKind.CIRCUMFLEXEQUAL => Operator.BitXor,
        TokenKind.LEFTSHIFTEQUAL => Operator.LShift,
        TokenKind.RIGHTSHIFTEQUAL => Operator.RShift,
        TokenKind.DOUBLESTAREQUAL => Operator.Pow,
        TokenKind.DOUBLESLASHEQUAL => Operator.FloorDiv,
        _ => null,
    };

    // ---- imports ----

    private Stmt ParseImport()
    {
        int start = _pos++;
        var import = new Import();
        do
        {
            int aliasStart = _pos;
            string name = ParseDottedName();
            string? asname = AcceptKeyword("as") ? ExpectName() : null;
            import.Names.Add(Finish(new Alias { Name = name, Asname = asname }, aliasStart));
        }
        while (Accept(TokenKind.COMMA));
        return Finish(import, start);
    }

    private string ParseDottedName()
    {
        string name = ExpectName();
        if (Kind != TokenKind.DOT) return name;
        var sb = new System.Text.StringBuilder(name);
        while (Accept(TokenKind.DOT)) sb.Append('.').Append(ExpectName());
        return sb.ToString();
    }

    private Stmt ParseImportFrom()
    {
        int start = _pos++;
        int level = 0;
        while (true)
        {
            if (Accept(TokenKind.DOT)) level++;
            else if (Accept(TokenKind.ELLIPSIS)) level += 3;
            else break;
        }
        string? module = null;
        if (!IsKeyword("import") || level == 0)
        {
            module = ParseDottedName();
        }
        ExpectKeyword("import");
        var stmt = new ImportFrom { Module = module, Level = level };
        if (Kind == TokenKind.STAR)
        {
            stmt.Names.Add(At(new Alias { Name = "*" }, Current));
            _pos++;
            return Finish(stmt, start);
        }
        bool parenthesized = Accept(TokenKind.LPAR);
        while (true)
        {
            int aliasStart = _pos;
            string name = ExpectName();
            string? asname = AcceptKeyword("as") ? ExpectName() : null;
            stmt.Names.Add(Finish(new Alias { Name = name, Asname = asname }, aliasStart));
            if (!Accept(TokenKind.COMMA)) break;
            if (parenthesized && Kind == TokenKind.RPAR) break;
            if (!parenthesized && Kind == TokenKind.NEWLINE)
            {
                throw Error("trailing comma not allowed without surrounding parentheses", Current);
            }
        }
        if (parenthesized) Expect(TokenKind.RPAR);
        return Finish(stmt, start);
    }

    private Stmt ParseTypeAlias()
    {
        int start = _pos++;
        Token nameToken = Current;
        _pos++;
        var name = At(new Name { Id = Identifier(nameToken.Text), Ctx = ExprContext.Store }, nameToken);
        List<TypeParam> typeParams = Kind == TokenKind.LSQB ? ParseTypeParams() : new List<TypeParam>();
        Expect(TokenKind.EQUAL);
        Expr value = ParseExpression();
        return Finish(new TypeAlias { Name = name, TypeParams = typeParams, Value = value }, start);
    }

    // ---- blocks ----

    /// <summary><c>block</c>: an indented suite, or simple statements on the same line.</summary>
    private List<Stmt> ParseBlock(string what, Token header)
    {
        var body = new List<Stmt>();
        if (Kind != TokenKind.NEWLINE)
        {
            ParseSimpleStatements(body);
            return body;
        }
        _pos++;
        if (Kind != TokenKind.INDENT)
        {
            throw ErrorAtToken("expected an indented block after " + what + " on line " + header.StartLine, Current, "IndentationError");
        }
        _pos++;
        do
        {
            ParseStatement(body);
        }
        while (Kind != TokenKind.DEDENT && Kind != TokenKind.ENDMARKER);
        Accept(TokenKind.DEDENT);
        return body;
    }

    /// <summary><c>':' block</c> after a compound statement's header.</summary>
    private List<Stmt> ParseSuite(string what, Token header, bool forced = false)
    {
        if (forced) ExpectForced(TokenKind.COLON, ":");
        else ExpectColon();
        return ParseBlock(what, header);
    }

    // ---- compound statements ----

    private Stmt ParseDecorated()
    {
        var decorators = new List<Expr>();
        while (Accept(TokenKind.AT))
        {
            decorators.Add(ParseNamedExpression());
            Expect(TokenKind.NEWLINE);
        }
        int start = _pos;
        if (IsKeyword("def") || (IsKeyword("async") && PeekIsKeyword(1, "def"))) return ParseFunctionDef(decorators, start);
        if (IsKeyword("class")) return ParseClassDef(decorators, start);
        throw InvalidSyntax();
    }

    private Stmt ParseFunctionDef(List<Expr> decorators, int start)
    {
        bool isAsync = AcceptKeyword("async");
        Token header = Current;
        ExpectKeyword("def");
        string name = ExpectName();
        List<TypeParam> typeParams = Kind == TokenKind.LSQB ? ParseFunctionTypeParams() : new List<TypeParam>();
        ExpectForced(TokenKind.LPAR, "(");
        Arguments args = ParseParameters(TokenKind.RPAR, lambda: false);
        Expect(TokenKind.RPAR);
        Expr? returns = null;
        if (Kind == TokenKind.RARROW && StartsExpressionAt(1))
        {
            _pos++;
            returns = ParseExpression();
        }
        ExpectForced(TokenKind.COLON, ":");
        string? typeComment = null;
        if (Kind == TokenKind.TYPE_COMMENT)
        {
            typeComment = _tokens[_pos++].Text;
        }
        else if (Kind == TokenKind.NEWLINE && Peek(1).Kind == TokenKind.TYPE_COMMENT && Peek(2).Kind == TokenKind.NEWLINE && Peek(3).Kind == TokenKind.INDENT)
        {
            typeComment = Peek(1).Text;
            _pos += 2;
        }
        List<Stmt> body = ParseBlock("function definition", header);
        if (isAsync)
        {
            return Finish(new AsyncFunctionDef { Name = name, Args = args, Body = body, DecoratorList = decorators, Returns = returns, TypeComment = typeComment, TypeParams = typeParams }, start);
        }
        return Finish(new FunctionDef { Name = name, Args = args, Body = body, DecoratorList = decorators, Returns = returns, TypeComment = typeComment, TypeParams = typeParams }, start);
    }

    private Stmt ParseClassDef(List<Expr> decorators, int start)
    {
        Token header = Current;
        _pos++;
        string name = ExpectName();
        var cls = new ClassDef { Name = name, DecoratorList = decorators };
        if (Kind == TokenKind.LSQB) cls.TypeParams = ParseTypeParams();
        if (Kind == TokenKind.LPAR)
        {
            int open = _pos++;
            ParseArguments(cls.Bases, cls.Keywords, open, isClass: true);
            Expect(TokenKind.RPAR);
        }
        cls.Body = ParseSuite("class definition", header);
        return Finish(cls, start);
    }

    private Stmt ParseIf()
    {
        int start = _pos;
        Token header = Current;
        _pos++;
        Expr test = ParseNamedExpression();
        var stmt = new If { Test = test };
        stmt.Body = ParseSuite("'" + header.Text + "' statement", header);
        if (IsKeyword("elif"))
        {
            stmt.Orelse.Add(ParseIf());
        }
        else if (IsKeyword("else"))
        {
            Token elseToken = Current;
            _pos++;
            stmt.Orelse = ParseSuite("'else' statement", elseToken, forced: true);
        }
        return Finish(stmt, start);
    }

    private Stmt ParseWhile()
    {
        int start = _pos;
        Token header = Current;
        _pos++;
        Expr test = ParseNamedExpression();
        var stmt = new While { Test = test };
        stmt.Body = ParseSuite("'while' statement", header);
        stmt.Orelse = ParseElse();
        return Finish(stmt, start);
    }

    private List<Stmt> ParseElse()
    {
        if (!IsKeyword("else")) return new List<Stmt>();
        Token elseToken = Current;
        _pos++;
        return ParseSuite("'else' statement", elseToken, forced: true);
    }

    private Stmt ParseFor(int start)
    {
        bool isAsync = AcceptKeyword("async");
        Token header = Current;
        _pos++;
        Expr target = ParseStarTargets();
        if (!AcceptKeyword("in")) throw InvalidSyntax();
        Expr iter = ParseStarExpressions();
        ExpectColon();
        string? typeComment = Kind == TokenKind.TYPE_COMMENT ? _tokens[_pos++].Text : null;
        List<Stmt> body = ParseBlock("'for' statement", header);
        List<Stmt> orelse = ParseElse();
        if (isAsync) return Finish(new AsyncFor { Target = target, Iter = iter, Body = body, Orelse = orelse, TypeComment = typeComment }, start);
        return Finish(new For { Target = target, Iter = iter, Body = body, Orelse = orelse, TypeComment = typeComment }, start);
    }

    private Stmt ParseWith(int start)
    {
        bool isAsync = AcceptKeyword("async");
        Token header = Current;
        _pos++;
        var items = new List<WithItem>();
        if (!(Kind == TokenKind.LPAR && TryParseParenthesizedWithItems(items)))
        {
            do
            {
                items.Add(ParseWithItem());
            }
            while (Accept(TokenKind.COMMA));
        }
        ExpectColon();
        string? typeComment = Kind == TokenKind.TYPE_COMMENT ? _tokens[_pos++].Text : null;
        List<Stmt> body = ParseBlock("'with' statement", header);
        if (isAsync) return Finish(new AsyncWith { Items = items, Body = body, TypeComment = typeComment }, start);
        return Finish(new With { Items = items, Body = body, TypeComment = typeComment }, start);
    }

    /// <summary>
    /// <c>'with' '(' ','.with_item+ ','? ')' ':'</c>: taken when the parenthesis closes right before
    /// the colon and every part is a with-item; otherwise the parenthesis starts an expression.
    /// </summary>
    private bool TryParseParenthesizedWithItems(List<WithItem> items)
    {
        int open = _pos;
        int depth = 0;
        int k = _pos;
        for (; ; k++)
        {
            TokenKind kind = _tokens[k].Kind;
            if (kind is TokenKind.LPAR or TokenKind.LSQB or TokenKind.LBRACE) depth++;
            else if (kind is TokenKind.RPAR or TokenKind.RSQB or TokenKind.RBRACE) { if (--depth == 0) break; }
            else if (kind is TokenKind.NEWLINE or TokenKind.ENDMARKER) return false;
        }
        if (_tokens[k + 1].Kind != TokenKind.COLON) return false;
        _pos++;
        while (Kind != TokenKind.RPAR)
        {
            if (Kind == TokenKind.STAR || IsKeyword("yield")) { _pos = open; items.Clear(); return false; }
            Expr e = ParseExpression();
            Expr? vars = null;
            if (AcceptKeyword("as"))
            {
                vars = ParseStarTarget();
            }
            if (Kind != TokenKind.COMMA && Kind != TokenKind.RPAR) { _pos = open; items.Clear(); return false; }
            items.Add(new WithItem { ContextExpr = e, OptionalVars = vars });
            if (!Accept(TokenKind.COMMA)) break;
        }
        if (items.Count == 0) { _pos = open; return false; }
        Expect(TokenKind.RPAR);
        return true;
    }

    private WithItem ParseWithItem()
    {
        Expr e = ParseExpression();
        Expr? vars = null;
        if (AcceptKeyword("as"))
        {
            vars = ParseStarTarget();
            if (Kind != TokenKind.COMMA && Kind != TokenKind.COLON) throw InvalidSyntax();
        }
        return new WithItem { ContextExpr = e, OptionalVars = vars };
    }

    private Stmt ParseTry()
    {
        int start = _pos;
        Token header = Current;
        _pos++;
        List<Stmt> body = ParseSuite("'try' statement", header, forced: true);
        var handlers = new List<ExceptHandlerBase>();
        bool star = false;
        while (IsKeyword("except"))
        {
            int handlerStart = _pos;
            Token exceptToken = Current;
            _pos++;
            bool thisStar = Accept(TokenKind.STAR);
            if (handlers.Count > 0 && thisStar != star) throw Error("cannot have both 'except' and 'except*' on the same 'try'", exceptToken);
            star = thisStar;
            var handler = new ExceptHandler();
            if (Kind != TokenKind.COLON)
            {
                int exprStart = _pos;
                handler.Type = ParseExpression();
                if (Kind == TokenKind.COMMA)
                {
                    while (Accept(TokenKind.COMMA)) ParseExpression();
                    if (AcceptKeyword("as")) ExpectName();
                    if (Kind != TokenKind.COLON) throw InvalidSyntax();
                    throw Error("multiple exception types must be parenthesized", _tokens[exprStart], _tokens[_pos - 1]);
                }
                if (AcceptKeyword("as")) handler.Name = ExpectName();
            }
            else if (thisStar)
            {
                throw Error("expected one or more exception types", Current);
            }
            handler.Body = ParseSuite(thisStar ? "'except*' statement" : "'except' statement", exceptToken);
            handlers.Add(Finish(handler, handlerStart));
        }
        List<Stmt> orelse = handlers.Count > 0 ? ParseElse() : new List<Stmt>();
        var finalbody = new List<Stmt>();
        if (IsKeyword("finally"))
        {
            Token finallyToken = Current;
            _pos++;
            finalbody = ParseSuite("'finally' statement", finallyToken, forced: true);
        }
        else if (handlers.Count == 0)
        {
            throw ErrorAtToken("expected 'except' or 'finally' block", Current);
        }
        if (star) return Finish(new TryStar { Body = body, Handlers = handlers, Orelse = orelse, Finalbody = finalbody }, start);
        return Finish(new Try { Body = body, Handlers = handlers, Orelse = orelse, Finalbody = finalbody }, start);
    }
}
