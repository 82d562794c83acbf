namespace PyBuild.Runtime.Objects;

/// <summary>
/// What an async generator's frame yields for a <c>yield</c> (CALL_INTRINSIC_1
/// INTRINSIC_ASYNC_GEN_WRAP), as opposed to the values an <c>await</c> inside it passes up: the
/// awaitables of <see cref="AsyncGeneratorType"/> finish with the wrapped value and pass the others on.
/// </summary>
internal sealed class PyAsyncGenWrappedValue(PyObject value) : PyObject
{
    private static readonly PyType WrappedType = new("async_generator_wrapped_value", PyType.ObjectType);

    public override PyType Type => WrappedType;

    /// <summary>The yielded value.</summary>
    public PyObject Value { get; } = value;
}
