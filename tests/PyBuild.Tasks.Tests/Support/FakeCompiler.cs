using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Text;
using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.Marshal;
using PyBuild.Tasks.Compilation;

namespace PyBuild.Tasks.Tests.Support;

/// <summary>
/// A compiler stand-in: writes a real CPython 3.12 header (so the task's header checks are exercised)
/// followed by the source, and fails on markers in the source:
/// <c>#syntax L C EL EC</c> (SyntaxError there), <c>#indent</c> (IndentationError), <c>#unsupported</c>, <c>#warn L C</c>, <c>#crash</c>.
/// </summary>
internal sealed class FakeCompiler : IPycCompiler
{
    public string Stamp { get; set; } = "fake-1";

    /// <summary>How many times each file was compiled.</summary>
    public ConcurrentDictionary<string, int> Compiles { get; } = new();

    public int TotalCompiles
    {
        get
        {
            int total = 0;
            foreach (var count in Compiles.Values)
            {
                total += count;
            }

            return total;
        }
    }

    public PycCompilation Compile(byte[] source, string filename, int optimize, PycInvalidationMode mode, long sourceMtimeSeconds, long sourceSize)
    {
        Compiles.AddOrUpdate(filename, 1, (_, n) => n + 1);
        string text = Encoding.UTF8.GetString(source);
        var warnings = new List<CompileWarning>();
        foreach (string line in text.Split('\n'))
        {
            string[] parts = line.Split(' ');
            switch (parts[0])
            {
                case "#syntax":
                    throw new PythonSyntaxError("SyntaxError", "invalid syntax", filename, int.Parse(parts[1]), int.Parse(parts[2]), int.Parse(parts[3]), int.Parse(parts[4]), line);
                case "#encoding":
                    throw new PythonSyntaxError("SyntaxError", "unknown encoding: uft-8", filename, 0, -1, 0, -1, null);
                case "#indent":
                    throw new PythonSyntaxError("IndentationError", "expected an indented block after 'if' statement on line 1", filename, 2, 1, 2, 5, line);
                case "#unsupported":
                    throw new NotSupportedException("not supported yet: match statements");
                case "#crash":
                    throw new InvalidOperationException("stack imbalance");
                case "#warn":
                    warnings.Add(new CompileWarning("SyntaxWarning", "\"is\" with 'int' literal. Did you mean \"==\"?", int.Parse(parts[1]), int.Parse(parts[2]), int.Parse(parts[1]), int.Parse(parts[2]) + 6));
                    break;
            }
        }

        var pyc = new byte[16 + 2 + source.Length];
        BuildHeader(pyc, mode, sourceMtimeSeconds, sourceSize, SourceHash(source));
        pyc[16] = (byte)'0';
        pyc[17] = (byte)('0' + optimize);
        source.CopyTo(pyc, 18);
        return new PycCompilation(pyc, warnings);
    }

    /// <summary>Not CPython's SipHash: the task only compares hashes, so any function of the bytes will do.</summary>
    public byte[] SourceHash(ReadOnlySpan<byte> source)
    {
        ulong hash = 14695981039346656037UL;
        foreach (byte b in source)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        var bytes = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, hash);
        return bytes;
    }

    /// <summary>The header CPython writes (magic 3531, flags, then mtime and size or the hash).</summary>
    public static void BuildHeader(Span<byte> pyc, PycInvalidationMode mode, long mtime, long size, ReadOnlySpan<byte> hash)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(pyc, Pyc.MagicNumber);
        pyc[2] = (byte)'\r';
        pyc[3] = (byte)'\n';
        uint flags = mode switch
        {
            PycInvalidationMode.CheckedHash => 3u,
            PycInvalidationMode.UncheckedHash => 1u,
            _ => 0u,
        };
        BinaryPrimitives.WriteUInt32LittleEndian(pyc.Slice(4), flags);
        if (mode == PycInvalidationMode.Timestamp)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(pyc.Slice(8), unchecked((uint)mtime));
            BinaryPrimitives.WriteUInt32LittleEndian(pyc.Slice(12), unchecked((uint)size));
        }
        else
        {
            hash.CopyTo(pyc.Slice(8));
        }
    }
}
