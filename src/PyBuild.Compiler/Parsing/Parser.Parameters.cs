using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.Lexing;
using PyBuild.Compiler.Syntax;

namespace PyBuild.Compiler.Parsing;

// Function and lambda parameters, and PEP 695 type parameters.
public sealed partial class Parser
{
    /// <summary>
    /// <c>params</c> (or <c>lambda_params</c>): positional-only, ordinary, <c>*args</c>, keyword-only and
    /// <c>**kwargs</c> parameters, up to (not including) <paramref name="closer"/>.
    /// </summary>
    private Arguments ParseParameters(TokenKind closer, bool lambda)
    {
        var args = new Arguments();
        bool sawStar = false;
        bool sawSlash = false;
        while (Kind != closer)
        {
            Token t = Current;
            if (t.Kind == TokenKind.SLASH)
            {
                if (sawSlash) throw Error("/ may appear only once", t);
                if (sawStar) throw Error("/ must be ahead of *", t);
                if (args.Args.Count == 0) throw Error("at least one argument must precede /", t);
                _pos++;
                sawSlash = true;
                args.Posonlyargs.AddRange(args.Args);
                args.Args.Clear();
            }
            else if (t.Kind == TokenKind.STAR)
            {
                if (sawStar) throw Error("* argument may appear only once", t);
                _pos++;
                sawStar = true;
                // def reports at the '*'; lambda's rule has no location and reports at the last token read.
                if (Kind == TokenKind.COMMA)
                {
                    if (Peek(1).Kind == closer || Peek(1).Kind == TokenKind.DOUBLESTAR)
                    {
                        throw lambda ? ErrorAtToken("named arguments must follow bare *", Peek(1)) : Error("named arguments must follow bare *", t);
                    }
                }
                else if (Kind == closer)
                {
                    throw lambda ? ErrorAtToken("named arguments must follow bare *", Current) : Error("named arguments must follow bare *", t);
                }
                else
                {
                    args.Vararg = ParseParameter(lambda, starAnnotation: true);
                    if (Kind == TokenKind.EQUAL) throw Error("var-positional argument cannot have default value", Current);
                }
            }
            else if (t.Kind == TokenKind.DOUBLESTAR)
            {
                _pos++;
                args.Kwarg = ParseParameter(lambda, starAnnotation: false);
                if (Kind == TokenKind.EQUAL) throw Error("var-keyword argument cannot have default value", Current);
                if (Kind == TokenKind.COMMA && Peek(1).Kind != closer && Peek(1).Kind != TokenKind.TYPE_COMMENT)
                {
                    throw Error("arguments cannot follow var-keyword argument", Peek(1));
                }
            }
            else
            {
                Arg arg = ParseParameter(lambda, starAnnotation: false);
                Expr? defaultValue = Accept(TokenKind.EQUAL) ? ParseExpression() : null;
                if (sawStar)
                {
                    args.Kwonlyargs.Add(arg);
                    args.KwDefaults.Add(defaultValue!);
                }
                else
                {
                    if (defaultValue != null) args.Defaults.Add(defaultValue);
                    else if (args.Defaults.Count > 0) throw Error("parameter without a default follows parameter with a default", arg);
                    args.Args.Add(arg);
                }
            }
            if (!Accept(TokenKind.COMMA))
            {
                AttachTypeComment(args);
                break;
            }
            AttachTypeComment(args);
        }
        return args;
    }

    /// <summary>A per-parameter type comment (type_comments=True) belongs to the parameter just parsed.</summary>
    private void AttachTypeComment(Arguments args)
    {
        if (Kind != TokenKind.TYPE_COMMENT) return;
        Arg? last = LastParameter(args);
        if (last == null) return;
        last.TypeComment = _tokens[_pos++].Text;
    }

    private static Arg? LastParameter(Arguments args)
    {
        if (args.Kwarg != null) return args.Kwarg;
        if (args.Kwonlyargs.Count > 0) return args.Kwonlyargs[^1];
        if (args.Vararg != null) return args.Vararg;
        if (args.Args.Count > 0) return args.Args[^1];
        return args.Posonlyargs.Count > 0 ? args.Posonlyargs[^1] : null;
    }

    private Arg ParseParameter(bool lambda, bool starAnnotation)
    {
        int start = _pos;
        string name = ExpectName();
        Expr? annotation = null;
        if (!lambda && Accept(TokenKind.COLON))
        {
            annotation = starAnnotation ? ParseStarExpression() : ParseExpression();
        }
        return Finish(new Arg { Name = name, Annotation = annotation }, start);
    }

    private PythonSyntaxError BoundError(string message)
    {
        Token colon = Current;
        _pos++;
        Expr bound = ParseExpression();
        return ErrorAt(message, colon.StartLine, colon.StartColumn, bound.EndLineno, bound.EndColOffset, "SyntaxError");
    }

    /// <summary>
    /// A function's type parameters: when they do not parse, CPython's forced <c>&amp;&amp;'('</c> after the
    /// name reports "expected '('" at the '['.
    /// </summary>
    private List<TypeParam> ParseFunctionTypeParams()
    {
        Token open = Current;
        try
        {
            return ParseTypeParams();
        }
        catch (PythonSyntaxError e) when (e.Message == "invalid syntax" && _tokens.TokenizerError == null)
        {
            throw Error("expected '('", open);
        }
    }

    /// <summary><c>type_params</c>: <c>'[' type_param (',' type_param)* [','] ']'</c>.</summary>
    private List<TypeParam> ParseTypeParams()
    {
        Expect(TokenKind.LSQB);
        var list = new List<TypeParam>();
        if (Kind == TokenKind.RSQB) throw InvalidSyntax();
        while (Kind != TokenKind.RSQB)
        {
            int start = _pos;
            if (Accept(TokenKind.STAR))
            {
                string name = ExpectName();
                if (Kind == TokenKind.COLON) throw BoundError("cannot use bound with TypeVarTuple");
                list.Add(Finish(new TypeVarTuple { Name = name }, start));
            }
            else if (Accept(TokenKind.DOUBLESTAR))
            {
                string name = ExpectName();
                if (Kind == TokenKind.COLON) throw BoundError("cannot use bound with ParamSpec");
                list.Add(Finish(new ParamSpec { Name = name }, start));
            }
            else
            {
                string name = ExpectName();
                Expr? bound = Accept(TokenKind.COLON) ? ParseExpression() : null;
                list.Add(Finish(new TypeVar { Name = name, Bound = bound }, start));
            }
            if (!Accept(TokenKind.COMMA)) break;
        }
        Expect(TokenKind.RSQB);
        return list;
    }
}
