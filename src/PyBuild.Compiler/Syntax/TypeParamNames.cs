namespace PyBuild.Compiler.Syntax;

/// <summary>The name every kind of PEP 695 type parameter carries.</summary>
public static class TypeParamNames
{
    /// <summary>The parameter's name as written (<c>T</c> of <c>T</c>, <c>*T</c> or <c>**T</c>).</summary>
    public static string NameOf(TypeParam typeParam) => typeParam switch
    {
        TypeVar t => t.Name,
        TypeVarTuple t => t.Name,
        ParamSpec p => p.Name,
        _ => throw new ArgumentException($"unknown type parameter {typeParam.AstName}", nameof(typeParam)),
    };
}
