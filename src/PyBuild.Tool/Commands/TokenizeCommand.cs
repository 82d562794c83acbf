using System.Globalization;
using System.Text;
using System.Text.Unicode;
using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.Lexing;
using PyBuild.Compiler.Text;

namespace PyBuild.Tool.Commands;

/// <summary><c>dotnet pyrun -m tokenize</c>, printing what <c>python3.12 -m tokenize</c> prints.</summary>
internal static class TokenizeCommand
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Runs the command with the arguments after <c>-m tokenize</c>; returns the exit status.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        bool exact = false;
        string? filename = null;
        foreach (string arg in args)
        {
            if (arg is "-e" or "--exact")
            {
                exact = true;
            }
            else if (arg is "-h" or "--help")
            {
                stdout.Write(Help);
                return 0;
            }
            else if (arg.StartsWith('-') && arg != "-")
            {
                stderr.Write(Usage + "\npython -m tokenize: error: unrecognized arguments: " + arg + "\n");
                return 2;
            }
            else if (filename is null)
            {
                filename = arg;
            }
            else
            {
                stderr.Write(Usage + "\npython -m tokenize: error: unrecognized arguments: " + arg + "\n");
                return 2;
            }
        }

        string shownName = filename ?? "<stdin>";
        var output = new StringBuilder();
        try
        {
            SourceText source;
            if (filename is null)
            {
                source = new SourceText(Console.In.ReadToEnd());
            }
            else
            {
                byte[] bytes;
                try
                {
                    bytes = File.ReadAllBytes(filename);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    stderr.Write("error: " + DescribeIoError(e, filename) + "\n");
                    return 1;
                }
                source = DetectAndDecode(bytes, filename);
                output.Append(FormatLine(0, 0, 0, 0, TokenKind.ENCODING, source.Encoding, exact));
            }
            var tokenizer = new Tokenizer(source, TokenizerOptions.ExtraTokens, shownName);
            // Python's default warning filter shows each warning once per line; the C tokenizer's file is "<string>".
            var warned = new HashSet<(string, int)>();
            tokenizer.SyntaxWarning = (message, line) =>
            {
                if (warned.Add((message, line)))
                {
                    stderr.Write(string.Create(CultureInfo.InvariantCulture, $"<string>:{line}: SyntaxWarning: {message}\n"));
                }
            };
            bool ascii = Ascii.IsValid(source.Text);
            while (true)
            {
                Token t = tokenizer.Next();
                int startCol = ascii ? t.StartColumn : source.ToCharColumn(t.StartLine, t.StartColumn);
                // CPython measures a string's end column against the text from the string's first line.
                int endLine = t.Kind is TokenKind.STRING or TokenKind.FSTRING_MIDDLE ? t.StartLine : t.EndLine;
                int endCol = ascii ? t.EndColumn : source.ToCharColumn(endLine, t.EndColumn);
                output.Append(FormatLine(t.StartLine, startCol, t.EndLine, endCol, t.Kind, t.Text, exact));
                if (t.Kind == TokenKind.ENDMARKER)
                {
                    break;
                }
            }
        }
        catch (PythonSyntaxError e) when (e.Lineno > 0 || e.ErrorType != "SyntaxError")
        {
            string message = e.Message.Contains("unterminated triple-quoted string literal", StringComparison.Ordinal)
                ? "EOF in multi-line string"
                : e.Message;
            stderr.Write(string.Create(CultureInfo.InvariantCulture, $"{shownName}:{e.Lineno}:{e.Offset}: error: {message}\n"));
            return 1;
        }
        catch (PythonSyntaxError e)
        {
            stderr.Write(shownName + ": error: " + e.Message + "\n");
            return 1;
        }
        stdout.Write(output.ToString());
        return 0;
    }

    private const string Usage = "usage: python -m tokenize [-h] [-e] [filename.py]";

    private const string Help = Usage + "\n\npositional arguments:\n  filename.py  the file to tokenize; defaults to stdin\n\n" +
        "options:\n  -h, --help   show this help message and exit\n  -e, --exact  display token names using the exact type\n";

    private static string DescribeIoError(Exception e, string filename) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => $"[Errno 2] No such file or directory: {PyRepr(filename)}",
        UnauthorizedAccessException when Directory.Exists(filename) => $"[Errno 21] Is a directory: {PyRepr(filename)}",
        UnauthorizedAccessException => $"[Errno 13] Permission denied: {PyRepr(filename)}",
        _ => e.Message,
    };

    /// <summary><c>tokenize.detect_encoding</c> with its messages, then decoding as the tokenize module does.</summary>
    private static SourceText DetectAndDecode(byte[] bytes, string filename)
    {
        ReadOnlySpan<byte> rest = bytes;
        bool bom = rest.StartsWith(Bom);
        if (bom)
        {
            rest = rest[3..];
        }
        string quoted = PyRepr(filename);
        CheckCookieLinesDecode(rest, quoted);
        string? declared = SourceText.FindEncodingDeclaration(rest);
        string encoding = "utf-8";
        if (declared != null)
        {
            encoding = PythonEncodings.GetNormalName(declared);
            if (PythonEncodings.Lookup(encoding) is null)
            {
                throw new PythonSyntaxError("SyntaxError", $"unknown encoding for {quoted}: {encoding}", filename, 0, 0, 0, 0, null);
            }
            if (bom && encoding != "utf-8")
            {
                throw new PythonSyntaxError("SyntaxError", $"encoding problem for {quoted}: utf-8", filename, 0, 0, 0, 0, null);
            }
        }
        string text = PythonEncodings.IsUtf8(encoding)
            ? Encoding.UTF8.GetString(rest)
            : DecodeReplacing(rest, encoding);
        return new SourceText(text, encoding, declared, bom);
    }

    private static string DecodeReplacing(ReadOnlySpan<byte> bytes, string encoding)
    {
        Encoding strict = PythonEncodings.Lookup(encoding)!;
        var lenient = Encoding.GetEncoding(strict.CodePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
        return lenient.GetString(bytes);
    }

    /// <summary>detect_encoding decodes line 1 (and line 2 after a blank or comment line) as strict UTF-8.</summary>
    private static void CheckCookieLinesDecode(ReadOnlySpan<byte> rest, string quoted)
    {
        for (int n = 0; n < 2 && !rest.IsEmpty; n++)
        {
            int nl = rest.IndexOf((byte)'\n');
            ReadOnlySpan<byte> line = nl < 0 ? rest : rest[..(nl + 1)];
            if (!Utf8.IsValid(line))
            {
                throw new PythonSyntaxError("SyntaxError", "invalid or missing encoding declaration for " + quoted, "", 0, 0, 0, 0, null);
            }
            if (SourceText.FindEncodingDeclaration(line) != null || !IsBlankOrComment(line) || nl < 0)
            {
                return;
            }
            rest = rest[(nl + 1)..];
        }
    }

    private static bool IsBlankOrComment(ReadOnlySpan<byte> line)
    {
        int i = 0;
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f'))
        {
            i++;
        }
        return i == line.Length || line[i] is (byte)'#' or (byte)'\r' or (byte)'\n';
    }

    private static string FormatLine(int startLine, int startCol, int endLine, int endCol, TokenKind kind, string text, bool exact)
    {
        TokenKind shown = kind;
        if (kind > TokenKind.DEDENT && kind < TokenKind.OP)
        {
            shown = exact && Operators.Spelling(kind) == text ? kind : TokenKind.OP;
        }
        string range = string.Create(CultureInfo.InvariantCulture, $"{startLine},{startCol}-{endLine},{endCol}:");
        var sb = new StringBuilder(64);
        Pad(sb, range, 20);
        Pad(sb, shown.ToString(), 15);
        Pad(sb, PyRepr(text), 15);
        sb.Append('\n');
        return sb.ToString();
    }

    private static void Pad(StringBuilder sb, string s, int width)
    {
        sb.Append(s);
        int length = Utf8Text.CodePointCount(s);
        for (int i = length; i < width; i++)
        {
            sb.Append(' ');
        }
    }

    /// <summary>Python's <c>repr()</c> of a str.</summary>
    internal static string PyRepr(string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            char ch = s[i];
            if (ch == quote || ch == '\\')
            {
                sb.Append('\\').Append(ch);
            }
            else if (ch == '\n')
            {
                sb.Append("\\n");
            }
            else if (ch == '\r')
            {
                sb.Append("\\r");
            }
            else if (ch == '\t')
            {
                sb.Append("\\t");
            }
            else if (ch < ' ' || ch == 0x7F)
            {
                sb.Append("\\x").Append(((int)ch).ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (ch < 0x7F)
            {
                sb.Append(ch);
            }
            else
            {
                int cp = ch;
                int width = 1;
                if (char.IsHighSurrogate(ch) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    cp = char.ConvertToUtf32(ch, s[i + 1]);
                    width = 2;
                }
                if (Rune.IsValid(cp) && IsPrintable(new Rune(cp)))
                {
                    sb.Append(s, i, width);
                }
                else if (cp <= 0xFF)
                {
                    sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
                }
                else if (cp <= 0xFFFF)
                {
                    sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
                }
                else
                {
                    sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
                }
                i += width - 1;
            }
        }
        sb.Append(quote);
        return sb.ToString();
    }

    private static bool IsPrintable(Rune r) => Rune.GetUnicodeCategory(r) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.SpaceSeparator => false,
        _ => true,
    };
}
