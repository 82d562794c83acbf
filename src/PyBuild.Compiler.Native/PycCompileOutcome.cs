using System.Text;
using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.Parsing;

namespace PyBuild.Compiler.Native;

/// <summary>
/// What compiling one source to a pyc produced, in the byte form that crosses the native boundary: the
/// library encodes it, the MSBuild task (which links this file) decodes it. Exactly one of
/// <see cref="Pyc"/>, <see cref="SyntaxError"/>, <see cref="NotSupported"/> and <see cref="InternalError"/> is set.
/// </summary>
internal sealed class PycCompileOutcome
{
    /// <summary>The version of the entry points and of this encoding; the task refuses a library with another.</summary>
    public const int AbiVersion = 1;

    private const byte Compiled = 0;
    private const byte SyntaxErrorRaised = 1;
    private const byte NotSupportedRaised = 2;
    private const byte InternalErrorRaised = 3;

    private PycCompileOutcome(byte[]? pyc, IReadOnlyList<ParserWarning> warnings, PythonSyntaxError? syntaxError, string? notSupported, string? internalError)
    {
        Pyc = pyc;
        Warnings = warnings;
        SyntaxError = syntaxError;
        NotSupported = notSupported;
        InternalError = internalError;
    }

    /// <summary>The whole pyc, when the source compiled.</summary>
    public byte[]? Pyc { get; }

    /// <summary>The SyntaxWarnings and DeprecationWarnings raised while compiling.</summary>
    public IReadOnlyList<ParserWarning> Warnings { get; }

    /// <summary>The source's syntax error.</summary>
    public PythonSyntaxError? SyntaxError { get; }

    /// <summary>The message of what the compiler does not handle yet.</summary>
    public string? NotSupported { get; }

    /// <summary>A compiler bug: the .NET exception's type name and message.</summary>
    public string? InternalError { get; }

    /// <summary>A compiled pyc and its warnings.</summary>
    public static PycCompileOutcome Success(byte[] pyc, IReadOnlyList<ParserWarning> warnings) => new(pyc, warnings, null, null, null);

    /// <summary>The outcome of a compile that threw <paramref name="exception"/>.</summary>
    public static PycCompileOutcome Failure(Exception exception) => exception switch
    {
        PythonSyntaxError e => new(null, Array.Empty<ParserWarning>(), e, null, null),
        NotSupportedException e => new(null, Array.Empty<ParserWarning>(), null, e.Message, null),
        _ => new(null, Array.Empty<ParserWarning>(), null, null, exception.GetType().Name + ": " + exception.Message),
    };

    /// <summary>The outcome as bytes, for <see cref="Decode"/>.</summary>
    public byte[] Encode()
    {
        using var stream = new MemoryStream(Pyc == null ? 256 : Pyc.Length + 64);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            if (Pyc != null)
            {
                writer.Write(Compiled);
                writer.Write(Pyc.Length);
                writer.Write(Pyc);
                writer.Write(Warnings.Count);
                foreach (var warning in Warnings)
                {
                    writer.Write(warning.Category);
                    writer.Write(warning.Message);
                    writer.Write(warning.Lineno);
                }
            }
            else if (SyntaxError != null)
            {
                var e = SyntaxError;
                writer.Write(SyntaxErrorRaised);
                writer.Write(e.ErrorType);
                writer.Write(e.Message);
                writer.Write(e.Filename);
                writer.Write(e.Lineno);
                writer.Write(e.Offset);
                writer.Write(e.EndLineno);
                writer.Write(e.EndOffset);
                writer.Write(e.Text != null);
                writer.Write(e.Text ?? "");
            }
            else
            {
                writer.Write(NotSupported != null ? NotSupportedRaised : InternalErrorRaised);
                writer.Write(NotSupported ?? InternalError ?? "");
            }
        }

        return stream.ToArray();
    }

    /// <summary>Reads what <see cref="Encode"/> wrote.</summary>
    public static PycCompileOutcome Decode(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        byte kind = reader.ReadByte();
        switch (kind)
        {
            case Compiled:
                byte[] pyc = reader.ReadBytes(reader.ReadInt32());
                var warnings = new ParserWarning[reader.ReadInt32()];
                for (int i = 0; i < warnings.Length; i++)
                {
                    warnings[i] = new ParserWarning(reader.ReadString(), reader.ReadString(), reader.ReadInt32());
                }

                return Success(pyc, warnings);
            case SyntaxErrorRaised:
                string errorType = reader.ReadString();
                string message = reader.ReadString();
                string filename = reader.ReadString();
                int lineno = reader.ReadInt32();
                int offset = reader.ReadInt32();
                int endLineno = reader.ReadInt32();
                int endOffset = reader.ReadInt32();
                bool hasText = reader.ReadBoolean();
                string text = reader.ReadString();
                return Failure(new PythonSyntaxError(errorType, message, filename, lineno, offset, endLineno, endOffset, hasText ? text : null));
            case NotSupportedRaised:
                return new PycCompileOutcome(null, Array.Empty<ParserWarning>(), null, reader.ReadString(), null);
            case InternalErrorRaised:
                return new PycCompileOutcome(null, Array.Empty<ParserWarning>(), null, null, reader.ReadString());
            default:
                throw new InvalidDataException($"unknown compile outcome kind {kind}");
        }
    }
}
