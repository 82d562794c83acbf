namespace PyBuild.Compiler.Syntax;

/// <summary>A node of the abstract syntax tree, as CPython 3.12's <c>ast</c> module defines it.</summary>
public abstract class Node
{
    /// <summary>The node's class name in CPython's <c>ast</c> module (<c>BinOp</c>, <c>Name</c>, ...).</summary>
    public abstract string AstName { get; }
}

/// <summary>A node with a source range. Columns are UTF-8 byte offsets, as in CPython.</summary>
public abstract class LocatedNode : Node
{
    /// <summary>First line, 1-based.</summary>
    public int Lineno { get; set; }
    /// <summary>Start column, 0-based, in UTF-8 bytes.</summary>
    public int ColOffset { get; set; }
    /// <summary>Last line, 1-based.</summary>
    public int EndLineno { get; set; }
    /// <summary>End column (exclusive), 0-based, in UTF-8 bytes.</summary>
    public int EndColOffset { get; set; }

    /// <summary>Copies the source range of <paramref name="other"/> onto this node.</summary>
    public void CopyLocation(LocatedNode other)
    {
        Lineno = other.Lineno;
        ColOffset = other.ColOffset;
        EndLineno = other.EndLineno;
        EndColOffset = other.EndColOffset;
    }
}

/// <summary>The ASDL sum <c>mod</c>: what a whole compilation unit parses to.</summary>
public abstract class Mod : Node { }

/// <summary>The ASDL sum <c>stmt</c>.</summary>
public abstract class Stmt : LocatedNode { }

/// <summary>The ASDL sum <c>expr</c>.</summary>
public abstract class Expr : LocatedNode { }

/// <summary>The ASDL sum <c>excepthandler</c> (its only constructor is <see cref="ExceptHandler"/>).</summary>
public abstract class ExceptHandlerBase : LocatedNode { }

/// <summary>The ASDL sum <c>pattern</c> (match statement patterns).</summary>
public abstract class Pattern : LocatedNode { }

/// <summary>The ASDL sum <c>type_ignore</c>.</summary>
public abstract class TypeIgnoreBase : Node { }

/// <summary>The ASDL sum <c>type_param</c> (PEP 695).</summary>
public abstract class TypeParam : LocatedNode { }
