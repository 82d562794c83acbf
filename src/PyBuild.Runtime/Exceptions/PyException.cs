namespace PyBuild.Runtime.Exceptions;

/// <summary>
/// Carries a raised Python exception through native code. The interpreter loop raises its own
/// exceptions without it; C# helpers throw it and the loop catches it at the raising instruction.
/// </summary>
internal sealed class PyException(PyBaseException value) : Exception
{
    public PyBaseException Value { get; } = value;

    /// <summary>True for re-raises (<c>RERAISE</c>, bare <c>raise</c>), which add no traceback entry.</summary>
    public bool IsReraise { get; init; }

    public override string Message => Value.Type.Name + ": " + Objects.Ops.SafeStr(Value);
}
