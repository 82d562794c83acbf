namespace PyBuild.Runtime.Objects.Typing;

/// <summary>
/// A value of a PEP 695 object that the compiler wraps in a function so that it is evaluated on
/// first use (a TypeVar's bound or constraints, a type alias's value): forward references then work.
/// </summary>
internal sealed class LazyTypingValue
{
    private PyObject? value;
    private readonly PyObject? evaluate;

    private LazyTypingValue(PyObject? value, PyObject? evaluate)
    {
        this.value = value;
        this.evaluate = evaluate;
    }

    /// <summary>A value known already.</summary>
    public static LazyTypingValue Of(PyObject value) => new(value, null);

    /// <summary>A value computed by calling <paramref name="evaluate"/> with no arguments, once.</summary>
    public static LazyTypingValue Deferred(PyObject evaluate) => new(null, evaluate);

    /// <summary>The value, computed now if it was deferred; an error in the computation propagates and is retried next time.</summary>
    public PyObject Get() => value ??= Ops.Call(evaluate!);
}
