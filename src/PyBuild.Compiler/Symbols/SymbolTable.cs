using PyBuild.Compiler.Syntax;

namespace PyBuild.Compiler.Symbols;

/// <summary>
/// The symbol table of one module (CPython's <c>symtable</c>): every scope, found by the node
/// that opens it, with each name's resolved scope.
/// </summary>
public sealed class SymbolTable
{
    private readonly Dictionary<Node, Scope> _byNode = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Node, Scope> _typeParamsByOwner = new(ReferenceEqualityComparer.Instance);

    internal SymbolTable(Scope top) => Top = top;

    /// <summary>The module scope.</summary>
    public Scope Top { get; }

    /// <summary>The scope opened by <paramref name="node"/>: a module, function, lambda, comprehension or class, a <c>TypeVar</c> (its bound) or a <c>TypeAlias</c> (its value).</summary>
    public Scope ScopeFor(Node node) => _byNode[node];

    /// <summary>The PEP 695 scope holding the type parameters of the generic function, class or type alias <paramref name="owner"/>.</summary>
    public Scope TypeParamsScopeFor(Stmt owner) => _typeParamsByOwner[owner];

    internal void Register(Scope scope)
    {
        if (scope.Kind == ScopeKind.TypeParameters) _typeParamsByOwner[scope.Node] = scope;
        else _byNode[scope.Node] = scope;
    }

    /// <summary>Builds and analyses the symbol table of <paramref name="module"/>.</summary>
    /// <param name="module">The module.</param>
    /// <param name="filename">For error messages.</param>
    /// <param name="futureAnnotations">Whether <c>from __future__ import annotations</c> is in effect: annotations then get scopes of their own.</param>
    public static SymbolTable Build(Mod module, string filename, bool futureAnnotations = false) => SymbolTableBuilder.Build(module, filename, futureAnnotations);
}
