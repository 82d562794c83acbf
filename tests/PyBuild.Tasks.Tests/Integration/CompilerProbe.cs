using System.Text;
using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.Marshal;
using PyBuild.Tasks.Compilation;

namespace PyBuild.Tasks.Tests.Integration;

/// <summary>
/// Whether the real compiler already handles what an integration test needs; the tests that need more
/// than it has end Inconclusive with the reason, instead of failing, until it does.
/// </summary>
internal static class CompilerProbe
{
    /// <summary>The seed program (testassets/HelloPy/app.py) and the other sources the tests build, all of the same constructs.</summary>
    public static readonly string[] Programs =
    {
        "x = 3 + 4\ny = x * 2\nprint(x, y)\nprint(\"hello, world\")\n",
        "z = 5 * 6\nprint(z)\n",
        "x = 3 + 4\nprint(x)\n",
        "y = 2 * 21\nprint(y)\n",
    };

    /// <summary>A syntax error and CPython 3.12's report of it (py312 -c "compile(b'x = 1\ny = = 2\n', 'bad.py', 'exec')").</summary>
    public const string BrokenProgram = "x = 1\ny = = 2\n";

    private static readonly Lazy<string?> TimestampGap = new(() => Gap(PycInvalidationMode.Timestamp));
    private static readonly Lazy<string?> HashGap = new(() => Gap(PycInvalidationMode.CheckedHash));
    private static readonly Lazy<string?> SyntaxErrorGap = new(ProbeSyntaxError);

    /// <summary>Ends the test Inconclusive unless timestamp pycs of <see cref="Programs"/> can be written.</summary>
    public static void RequireTimestampPycs() => Require(TimestampGap.Value);

    /// <summary>Ends the test Inconclusive unless hash-based pycs can be written.</summary>
    public static void RequireHashPycs() => Require(HashGap.Value);

    /// <summary>Ends the test Inconclusive unless the compiler reports <see cref="BrokenProgram"/> as a SyntaxError.</summary>
    public static void RequireSyntaxErrors() => Require(SyntaxErrorGap.Value);

    private static void Require(string? gap)
    {
        if (gap != null)
        {
            Assert.Inconclusive("waits on the compiler: " + gap);
        }
    }

    private static string? Gap(PycInvalidationMode mode)
    {
        try
        {
            foreach (string program in Programs)
            {
                byte[] source = Encoding.UTF8.GetBytes(program);
                PythonPycCompiler.Instance.Compile(source, "probe.py", 0, mode, 0, source.Length);
                if (mode != PycInvalidationMode.Timestamp)
                {
                    PythonPycCompiler.Instance.SourceHash(source);
                }
            }

            return null;
        }
        catch (NotSupportedException e)
        {
            return e.Message;
        }
    }

    private static string? ProbeSyntaxError()
    {
        try
        {
            PythonPycCompiler.Instance.Compile(Encoding.UTF8.GetBytes(BrokenProgram), "bad.py", 0, PycInvalidationMode.Timestamp, 0, 0);
            return null; // it compiled a syntax error: let the test fail and say so
        }
        catch (PythonSyntaxError)
        {
            return null;
        }
        catch (NotSupportedException e)
        {
            return e.Message;
        }
    }
}
