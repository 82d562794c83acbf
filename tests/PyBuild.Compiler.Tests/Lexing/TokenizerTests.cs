using System.Diagnostics;
using System.Text;
using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.Lexing;
using PyBuild.Compiler.Text;

namespace PyBuild.Compiler.Tests.Lexing;

/// <summary>Tokenizer API behaviour and robustness; expected positions come from CPython 3.12 (noted per test).</summary>
[TestClass]
public sealed class TokenizerTests
{
    private static List<Token> All(string source, TokenizerOptions options = TokenizerOptions.None)
    {
        var tokenizer = new Tokenizer(new SourceText(source), options);
        var list = new List<Token>();
        Token t;
        do
        {
            t = tokenizer.Next();
            list.Add(t);
        }
        while (t.Kind != TokenKind.ENDMARKER);
        return list;
    }

    [TestMethod]
    public void ColumnsAreUtf8Bytes()
    {
        // CPython: ast.parse('x = "éé" + y').body[0].value: right at 13-14, left at 4-10 (bytes).
        List<Token> tokens = All("x = \"\u00e9\u00e9\" + y\n");
        Token y = tokens.First(t => t.Text == "y");
        Assert.AreEqual(13, y.StartColumn);
        Assert.AreEqual(14, y.EndColumn);
        Token s = tokens.First(t => t.Kind == TokenKind.STRING);
        Assert.AreEqual((4, 10), (s.StartColumn, s.EndColumn));
    }

    [TestMethod]
    public void ParserModeHasNoCommentsOrNl()
    {
        List<Token> tokens = All("# c\nx = (1,\n 2)  # d\n\n");
        CollectionAssert.AreEqual(
            new[] { TokenKind.NAME, TokenKind.EQUAL, TokenKind.LPAR, TokenKind.NUMBER, TokenKind.COMMA, TokenKind.NUMBER, TokenKind.RPAR, TokenKind.NEWLINE, TokenKind.ENDMARKER },
            tokens.Select(t => t.Kind).ToArray());
        // CPython's parser NEWLINE after a comment starts at the comment: (2, 5).
        Assert.AreEqual("# d", tokens[7].Text);
        Assert.AreEqual((3, 5), (tokens[7].StartLine, tokens[7].StartColumn));
    }

    [TestMethod]
    public void TypeCommentsOnlyWhenAsked()
    {
        const string src = "x = 1  # type: int\ny = 2  # type: ignore[x]\n";
        Assert.IsFalse(All(src).Any(t => t.Kind == TokenKind.TYPE_COMMENT));
        List<Token> tokens = All(src, TokenizerOptions.TypeComments);
        Token comment = tokens.First(t => t.Kind == TokenKind.TYPE_COMMENT);
        Assert.AreEqual("int", comment.Text);
        // CPython: compile('x: int = 3 + 4  # type: int\n', 'm', 'exec', PyCF_TYPE_COMMENTS) -> invalid syntax at 25-28.
        Assert.AreEqual((15, 18), (comment.StartColumn, comment.EndColumn));
        Token ignore = tokens.First(t => t.Kind == TokenKind.TYPE_IGNORE);
        Assert.AreEqual("[x]", ignore.Text);
    }

    [TestMethod]
    public void FStringDebugTextIsAttached()
    {
        // CPython: ast.parse('f"{x = !r:>10}" f"{a=}" f"{b=:x}"') has Constant('x = '), Constant('a='), Constant('b=').
        List<Token> tokens = All("f\"{x = !r:>10}\" f\"{a=}\" f\"{b=:x}\" f\"{c}\"\n");
        string?[] metadata = tokens.Where(t => t.Metadata != null).Select(t => t.Metadata).ToArray();
        // Like CPython, every top-level ! : } of a debug field carries the text (the parser picks one).
        CollectionAssert.AreEqual(new[] { "x = ", "x = ", "x = ", "a=", "b=", "b=" }, metadata);
        Assert.AreEqual(TokenKind.EXCLAMATION, tokens.First(t => t.Metadata != null).Kind);
    }

    [TestMethod]
    public void EndMarkerRepeats()
    {
        var tokenizer = new Tokenizer(new SourceText("x"));
        while (tokenizer.Next().Kind != TokenKind.ENDMARKER)
        {
        }
        Assert.AreEqual(TokenKind.ENDMARKER, tokenizer.Next().Kind);
    }

    [TestMethod]
    public void NestingLimitIsAnErrorNotACrash()
    {
        // CPython: too many nested parentheses at the 201st '('.
        var e = Assert.ThrowsExactly<PythonSyntaxError>(() => All(new string('(', 100_000)));
        Assert.AreEqual("too many nested parentheses", e.Message);
        Assert.AreEqual(201, e.Offset);
    }

    [TestMethod]
    public void HostileInputsNeverCrash()
    {
        string[] inputs =
        [
            "\0", "x\0y", "\uD800", "a\uDC80b", "\"\uDFFF", "f'{", "f'{x:{", "f\"{'", "'''", "\\", "(\\\n", "\t \f\n  \t x",
            "0x", "1e", "1_", "0b", "f'{x!}'", "f'{x=!r:{y}}'", new string('[', 300), "f'" + new string('{', 300),
            "if x:\n" + new string(' ', 5000) + "y", "\r\r\n\r", "\u00a0", "\u2028", "\U0001F600 = 1",
        ];
        foreach (string input in inputs)
        {
            foreach (TokenizerOptions options in new[] { TokenizerOptions.None, TokenizerOptions.ExtraTokens, TokenizerOptions.TypeComments })
            {
                try
                {
                    All(input, options);
                }
                catch (PythonSyntaxError)
                {
                }
            }
        }
    }

    [TestMethod]
    public void InvalidUtf8BytesAreKeptAndMeasuredAsOneByte()
    {
        SourceText source = SourceText.FromBytes([.. "x = 1 # "u8, 0xF6, .. "\ny = 2\n"u8], "t.py");
        List<Token> tokens = new();
        var tokenizer = new Tokenizer(source);
        Token t;
        do
        {
            t = tokenizer.Next();
            tokens.Add(t);
        }
        while (t.Kind != TokenKind.ENDMARKER);
        Assert.AreEqual(2, tokens.Count(k => k.Kind == TokenKind.NEWLINE));
    }

    [TestMethod]
    public void TenMegabyteLineIsLinear()
    {
        var sb = new StringBuilder("x = [");
        while (sb.Length < 10_000_000)
        {
            sb.Append("\"\u00e9\", abcdefghijklmnopqrstuvwxyz0123456789, ");
        }
        sb.Append("]\n");
        var tokenizer = new Tokenizer(new SourceText(sb.ToString()));
        var watch = Stopwatch.StartNew();
        int count = 0;
        Token last;
        while ((last = tokenizer.Next()).Kind != TokenKind.ENDMARKER)
        {
            count++;
        }
        watch.Stop();
        Assert.IsTrue(count > 400_000);
        Assert.IsTrue(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }
}
