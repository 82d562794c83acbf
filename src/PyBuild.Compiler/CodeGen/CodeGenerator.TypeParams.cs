using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.FlowGraph;
using PyBuild.Compiler.Syntax;

namespace PyBuild.Compiler.CodeGen;

/// <summary>
/// PEP 695: generic functions and classes run their definition inside a hidden function, the
/// annotation scope <c>&lt;generic parameters of NAME&gt;</c>, that creates the type parameters;
/// TypeVar bounds and type alias values become functions evaluated lazily (CPython's
/// <c>compiler_type_params</c> and <c>compiler_typealias</c>).
/// </summary>
internal sealed partial class CodeGenerator
{
    private const int IntrinsicTypeVar = 7;
    private const int IntrinsicParamSpec = 8;
    private const int IntrinsicTypeVarTuple = 9;
    private const int IntrinsicSubscriptGeneric = 10;
    private const int IntrinsicTypeAlias = 11;
    private const int IntrinsicTypeVarWithBound = 2;
    private const int IntrinsicTypeVarWithConstraints = 3;
    private const int IntrinsicSetFunctionTypeParams = 4;

    /// <summary>Opens the type parameter scope of <paramref name="owner"/> and pushes the tuple of its type parameters there.</summary>
    private void EnterTypeParamsScope(Stmt owner, string name, List<TypeParam> typeParams, int firstLineNo)
    {
        EnterScope(_symbols.TypeParamsScopeFor(owner), $"<generic parameters of {name}>", typeParams[0], firstLineNo);
        if (owner is TypeAlias) EmitLoadConst(name, SourceLocation.Of(owner));
        EmitTypeParams(typeParams);
    }

    /// <summary>Closes the type parameter scope and calls it with the <paramref name="argCount"/> values below the NULL pushed before it.</summary>
    private void CallTypeParamsScope(int argCount, SourceLocation loc)
    {
        Emit(OpCode.RETURN_VALUE, 0, SourceLocation.None);
        var code = ExitScope();
        MakeClosure(code, 0, loc);
        if (argCount > 0) Emit(OpCode.SWAP, argCount + 1, loc);
        Emit(OpCode.CALL, argCount, loc);
    }

    /// <summary>Creates each type parameter, binds it, and builds the tuple of them.</summary>
    private void EmitTypeParams(List<TypeParam> typeParams)
    {
        foreach (var tp in typeParams)
        {
            var loc = SourceLocation.Of(tp);
            string name = TypeParamNames.NameOf(tp);
            EmitLoadConst(name, loc);
            switch (tp)
            {
                case TypeVar { Bound: { } bound } tv:
                    EnterScope(_symbols.ScopeFor(tv), name, tv, bound.Lineno);
                    VisitExpr(bound);
                    Emit(OpCode.RETURN_VALUE, 0, loc);
                    AddReturnAtEnd();
                    MakeClosure(ExitScope(), 0, loc);
                    // A literal tuple lists constraints; anything else (a folded constant tuple too) is a bound.
                    Emit(OpCode.CALL_INTRINSIC_2, bound is TupleExpr ? IntrinsicTypeVarWithConstraints : IntrinsicTypeVarWithBound, loc);
                    break;
                case TypeVar:
                    Emit(OpCode.CALL_INTRINSIC_1, IntrinsicTypeVar, loc);
                    break;
                case TypeVarTuple:
                    Emit(OpCode.CALL_INTRINSIC_1, IntrinsicTypeVarTuple, loc);
                    break;
                case ParamSpec:
                    Emit(OpCode.CALL_INTRINSIC_1, IntrinsicParamSpec, loc);
                    break;
            }
            Emit(OpCode.COPY, 1, loc);
            NameOp(name, ExprContext.Store, loc);
        }
        Emit(OpCode.BUILD_TUPLE, typeParams.Count, SourceLocation.Of(typeParams[0]));
    }

    /// <summary><c>type X[T] = value</c>: a TypeAliasType from the name, the type parameters (or None) and a function computing the value.</summary>
    private void VisitTypeAlias(TypeAlias s)
    {
        var loc = SourceLocation.Of(s);
        string name = ((Name)s.Name).Id;
        bool isGeneric = s.TypeParams.Count > 0;
        if (isGeneric)
        {
            Emit(OpCode.PUSH_NULL, 0, loc);
            EnterTypeParamsScope(s, name, s.TypeParams, s.Lineno);
        }
        else
        {
            EmitLoadConst(name, loc);
            EmitLoadConst(null, loc);
        }
        EnterScope(_symbols.ScopeFor(s), name, s, s.Lineno);
        // None comes first so that the value function can never look as if it had a docstring.
        _unit.Consts.IndexOf(null);
        VisitExpr(s.Value);
        Emit(OpCode.RETURN_VALUE, 0, loc);
        Emit(OpCode.RETURN_VALUE, 0, SourceLocation.None);
        MakeClosure(ExitScope(), 0, loc);
        Emit(OpCode.BUILD_TUPLE, 3, loc);
        Emit(OpCode.CALL_INTRINSIC_1, IntrinsicTypeAlias, loc);
        if (isGeneric) CallTypeParamsScope(0, loc);
        NameOp(name, ExprContext.Store, loc);
    }
}
