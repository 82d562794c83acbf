using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.Native;
using PyBuild.Compiler.Parsing;

namespace PyBuild.Tasks.Tests.Compilation;

[TestClass]
public sealed class PycCompileOutcomeTests
{
    [TestMethod]
    public void ACompiledPycAndItsWarningsRoundTrip()
    {
        var outcome = PycCompileOutcome.Success(new byte[] { 0xcb, 0x0d, 0x0d, 0x0a, 0, 1, 2 },
            new[] { new ParserWarning("SyntaxWarning", "invalid escape sequence '\\d' ✓", 2), new ParserWarning("DeprecationWarning", "x", 9) });
        var decoded = PycCompileOutcome.Decode(outcome.Encode());
        CollectionAssert.AreEqual(outcome.Pyc, decoded.Pyc);
        CollectionAssert.AreEqual(outcome.Warnings.ToArray(), decoded.Warnings.ToArray());
        Assert.IsNull(decoded.SyntaxError);
        Assert.IsNull(decoded.NotSupported);
        Assert.IsNull(decoded.InternalError);
    }

    [TestMethod]
    public void ASyntaxErrorRoundTripsWithEveryField()
    {
        var error = new PythonSyntaxError("IndentationError", "expected an indented block after 'if' statement on line 1", "é.py", 2, 1, 2, 5, "pass\n");
        var decoded = PycCompileOutcome.Decode(PycCompileOutcome.Failure(error).Encode()).SyntaxError!;
        Assert.AreEqual((error.ErrorType, error.Message, error.Filename, error.Lineno, error.Offset, error.EndLineno, error.EndOffset, error.Text),
            (decoded.ErrorType, decoded.Message, decoded.Filename, decoded.Lineno, decoded.Offset, decoded.EndLineno, decoded.EndOffset, decoded.Text));

        var withoutText = new PythonSyntaxError("SyntaxError", "m", "a.py", 1, 0, 1, -1, null);
        Assert.IsNull(PycCompileOutcome.Decode(PycCompileOutcome.Failure(withoutText).Encode()).SyntaxError!.Text);
    }

    [TestMethod]
    public void OtherFailuresKeepTheirKindAndMessage()
    {
        var notSupported = PycCompileOutcome.Decode(PycCompileOutcome.Failure(new NotSupportedException("not supported yet: x")).Encode());
        Assert.AreEqual("not supported yet: x", notSupported.NotSupported);
        Assert.IsNull(notSupported.Pyc);

        var bug = PycCompileOutcome.Decode(PycCompileOutcome.Failure(new IndexOutOfRangeException("boom")).Encode());
        Assert.AreEqual("IndexOutOfRangeException: boom", bug.InternalError);
    }

    [TestMethod]
    public void AnUnknownKindIsRefused()
    {
        Assert.ThrowsExactly<InvalidDataException>(() => PycCompileOutcome.Decode(new byte[] { 9 }));
    }
}
