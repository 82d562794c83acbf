namespace PyBuild.Runtime.Objects.Typing;

/// <summary>
/// A <c>typing</c> special form the runtime needs itself: <c>typing.Unpack</c>, which
/// <c>*Ts</c> of a <see cref="PyTypeVarTuple"/> stands for.
/// </summary>
internal sealed class TypingSpecialForm(string name) : PyObject
{
    private static readonly PyType SpecialFormType = new("_SpecialForm", PyType.ObjectType);

    /// <summary><c>typing.Unpack</c>.</summary>
    public static readonly TypingSpecialForm Unpack = new("Unpack");

    public override PyType Type => SpecialFormType;

    public override string Repr() => "typing." + name;

    public override PyObject GetItem(PyObject key) => new PyTypingGenericAlias(this, key is PyTuple t ? t : new PyTuple([key]));
}
