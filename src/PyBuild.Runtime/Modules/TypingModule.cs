using PyBuild.Runtime.Objects;
using PyBuild.Runtime.Objects.Typing;

namespace PyBuild.Runtime.Modules;

/// <summary>
/// The <c>typing</c> module, as far as the runtime implements it: the PEP 695 objects (TypeVar,
/// ParamSpec, TypeVarTuple, TypeAliasType, Generic, Unpack) and TYPE_CHECKING. Any other name fails
/// loudly as not supported yet rather than as a missing attribute.
/// </summary>
internal static class TypingModule
{
    public static PyModule Create()
    {
        var m = new PyModule("typing");
        var d = m.ModuleDict;
        foreach (var t in new[] { PyTypeVar.TypeObject, PyParamSpec.TypeObject, PyTypeVarTuple.TypeObject, PyTypeAliasType.TypeObject, GenericType.TypeObject })
        {
            d.SetItem(t.Name, t);
        }
        d.SetItem("Unpack", TypingSpecialForm.Unpack);
        d.SetItem("TYPE_CHECKING", PyBool.False);
        d.SetItem("__getattr__", new PyBuiltinFunction("__getattr__", (a, k) =>
        {
            var name = a.Length == 1 && a[0] is PyStr s ? s.Value : "?";
            // Module dunders probed by the import machinery and introspection are simply missing.
            if (name.StartsWith("__", StringComparison.Ordinal)) throw Ops.Error(Exceptions.ExceptionTypes.AttributeError, $"module 'typing' has no attribute '{name}'");
            throw Ops.NotSupported($"typing.{name}");
        }));
        return m;
    }
}
