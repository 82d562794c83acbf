using PyBuild.Runtime.Interpreter;

namespace PyBuild.Runtime.Objects.Typing;

/// <summary>
/// The CALL_INTRINSIC_1/2 functions of PEP 695 (<c>def f[T]</c>, <c>class C[T]</c>,
/// <c>type X = ...</c>): they make the type parameters, the <c>Generic[...]</c> base, the alias and
/// attach <c>__type_params__</c> to functions.
/// </summary>
internal static class TypeParamIntrinsics
{
    /// <summary>INTRINSIC_TYPEVAR (7), INTRINSIC_PARAMSPEC (8), INTRINSIC_TYPEVARTUPLE (9), INTRINSIC_SUBSCRIPT_GENERIC (10), INTRINSIC_TYPEALIAS (11).</summary>
    public static PyObject Call1(int which, PyObject v, Frame f) => which switch
    {
        7 => new PyTypeVar(((PyStr)v).Value, null, null, covariant: false, contravariant: false, inferVariance: true),
        8 => new PyParamSpec(((PyStr)v).Value, inferVariance: true),
        9 => new PyTypeVarTuple(((PyStr)v).Value),
        10 => SubscriptGeneric((PyTuple)v),
        11 => MakeTypeAlias((PyTuple)v, f),
        _ => throw Ops.NotSupported($"CALL_INTRINSIC_1 {which}"),
    };

    /// <summary>INTRINSIC_TYPEVAR_WITH_BOUND (2), INTRINSIC_TYPEVAR_WITH_CONSTRAINTS (3), INTRINSIC_SET_FUNCTION_TYPE_PARAMS (4).</summary>
    public static PyObject Call2(int which, PyObject v1, PyObject v2)
    {
        switch (which)
        {
            case 2:
                return new PyTypeVar(((PyStr)v1).Value, LazyTypingValue.Deferred(v2), null, covariant: false, contravariant: false, inferVariance: true);
            case 3:
                return new PyTypeVar(((PyStr)v1).Value, null, LazyTypingValue.Deferred(v2), covariant: false, contravariant: false, inferVariance: true);
            case 4:
                ((PyFunction)v1).TypeParams = (PyTuple)v2;
                return v1;
            default:
                throw Ops.NotSupported($"CALL_INTRINSIC_2 {which}");
        }
    }

    // Generic[*params], with each TypeVarTuple given unpacked as its statement wrote it.
    private static PyObject SubscriptGeneric(PyTuple typeParams)
    {
        var items = (PyObject[])typeParams.Items.Clone();
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is PyTypeVarTuple tvt) items[i] = tvt.Unpacked();
        }
        return GenericType.ClassGetItem(GenericType.TypeObject, new PyTuple(items));
    }

    // The operand is (name, type parameters or None, the function computing the value).
    private static PyObject MakeTypeAlias(PyTuple a, Frame f)
    {
        var name = ((PyStr)a.Items[0]).Value;
        var typeParams = a.Items[1] as PyTuple ?? PyTuple.Empty;
        var module = f.Globals.GetItemOrNull(PyStr.Intern("__name__")) ?? PyNone.Value;
        return new PyTypeAliasType(name, typeParams, LazyTypingValue.Deferred(a.Items[2]), module);
    }
}
