// The operator and context enumerations of the AST, in ASDL order.
namespace PyBuild.Compiler.Syntax;

/// <summary>The ASDL sum <c>boolop</c>.</summary>
public enum BoolOperator
{
    /// <summary><c>And</c></summary>
    And,
    /// <summary><c>Or</c></summary>
    Or,
}

/// <summary>The ASDL sum <c>operator</c>.</summary>
public enum Operator
{
    /// <summary><c>Add</c></summary>
    Add,
    /// <summary><c>Sub</c></summary>
    Sub,
    /// <summary><c>Mult</c></summary>
    Mult,
    /// <summary><c>MatMult</c></summary>
    MatMult,
    /// <summary><c>Div</c></summary>
    Div,
    /// <summary><c>Mod</c></summary>
    Mod,
    /// <summary><c>Pow</c></summary>
    Pow,
    /// <summary><c>LShift</c></summary>
    LShift,
    /// <summary><c>RShift</c></summary>
    RShift,
    /// <summary><c>BitOr</c></summary>
    BitOr,
    /// <summary><c>BitXor</c></summary>
    BitXor,
    /// <summary><c>BitAnd</c></summary>
    BitAnd,
    /// <summary><c>FloorDiv</c></summary>
    FloorDiv,
}

/// <summary>The ASDL sum <c>unaryop</c>.</summary>
public enum UnaryOperator
{
    /// <summary><c>Invert</c></summary>
    Invert,
    /// <summary><c>Not</c></summary>
    Not,
    /// <summary><c>UAdd</c></summary>
    UAdd,
    /// <summary><c>USub</c></summary>
    USub,
}

/// <summary>The ASDL sum <c>cmpop</c>.</summary>
public enum CompareOperator
{
    /// <summary><c>Eq</c></summary>
    Eq,
    /// <summary><c>NotEq</c></summary>
    NotEq,
    /// <summary><c>Lt</c></summary>
    Lt,
    /// <summary><c>LtE</c></summary>
    LtE,
    /// <summary><c>Gt</c></summary>
    Gt,
    /// <summary><c>GtE</c></summary>
    GtE,
    /// <summary><c>Is</c></summary>
    Is,
    /// <summary><c>IsNot</c></summary>
    IsNot,
    /// <summary><c>In</c></summary>
    In,
    /// <summary><c>NotIn</c></summary>
    NotIn,
}

/// <summary>The ASDL sum <c>expr_context</c>.</summary>
public enum ExprContext
{
    /// <summary><c>Load</c></summary>
    Load,
    /// <summary><c>Store</c></summary>
    Store,
    /// <summary><c>Del</c></summary>
    Del,
}

