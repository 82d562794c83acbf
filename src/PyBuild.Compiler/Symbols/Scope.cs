using PyBuild.Compiler.Syntax;

namespace PyBuild.Compiler.Symbols;

/// <summary>
/// One scope of the symbol table (CPython's <c>PySTEntryObject</c>): its names with their flags
/// and resolved scopes, its parameters in order, and its child scopes.
/// </summary>
public sealed class Scope
{
    private readonly Dictionary<string, SymbolFlags> _flags = new();
    private readonly Dictionary<string, SymbolScope> _scopes = new();

    /// <summary>Creates a scope.</summary>
    public Scope(string name, ScopeKind kind, Node node, int lineno, Scope? parent)
    {
        Name = name;
        Kind = kind;
        Node = node;
        Lineno = lineno;
        Parent = parent;
    }

    /// <summary>The scope's name (<c>top</c> for the module, as in CPython).</summary>
    public string Name { get; }
    /// <summary>The kind of scope.</summary>
    public ScopeKind Kind { get; }
    /// <summary>The node that opens the scope.</summary>
    public Node Node { get; }
    /// <summary>First line of the scope's node.</summary>
    public int Lineno { get; }
    /// <summary>The enclosing scope.</summary>
    public Scope? Parent { get; }
    /// <summary>Nested scopes in source order.</summary>
    public List<Scope> Children { get; } = new();
    /// <summary>Parameter names in definition order (<c>ste_varnames</c>).</summary>
    public List<string> VarNames { get; } = new();
    /// <summary>Names in first-seen order.</summary>
    public List<string> Symbols { get; } = new();

    /// <summary>Whether the scope is a nested function (<c>ste_nested</c>).</summary>
    public bool IsNested { get; set; }
    /// <summary>Whether the function is a generator.</summary>
    public bool IsGenerator { get; set; }
    /// <summary>Whether the function is a coroutine.</summary>
    public bool IsCoroutine { get; set; }
    /// <summary>Whether the function has <c>*args</c>.</summary>
    public bool HasVarArgs { get; set; }
    /// <summary>Whether the function has <c>**kwargs</c>.</summary>
    public bool HasVarKeywords { get; set; }
    /// <summary>Whether the class body needs a <c>__class__</c> cell (<c>ste_needs_class_closure</c>).</summary>
    public bool NeedsClassClosure { get; set; }
    /// <summary>Whether the class body needs a <c>__classdict__</c> cell (<c>ste_needs_classdict</c>).</summary>
    public bool NeedsClassDict { get; set; }

    /// <summary>
    /// Whether this PEP 695 annotation scope sits directly in a class (or in one that does), so its
    /// names look in the class namespace first (CPython's <c>ste_can_see_class_scope</c>).
    /// </summary>
    public bool CanSeeClassScope { get; set; }

    /// <summary>The <c>global</c> and <c>nonlocal</c> statements by the (mangled) name they declare, for errors (CPython's <c>ste_directives</c>); made on first use.</summary>
    private Dictionary<string, Stmt>? _directives;

    /// <summary>Records the first <c>global</c> or <c>nonlocal</c> statement naming <paramref name="name"/>.</summary>
    internal void AddDirective(string name, Stmt statement) => (_directives ??= new Dictionary<string, Stmt>()).TryAdd(name, statement);

    /// <summary>The first <c>global</c> or <c>nonlocal</c> statement naming <paramref name="name"/>, if any.</summary>
    internal Stmt? DirectiveFor(string name) => _directives is not null && _directives.TryGetValue(name, out var s) ? s : null;

    /// <summary>For a comprehension's scope, which kind it is (CPython's <c>ste_comprehension</c>).</summary>
    public ComprehensionKind Comprehension { get; set; }
    /// <summary>Whether this comprehension is compiled inline in its parent (PEP 709).</summary>
    public bool IsInlined { get; set; }
    /// <summary>While building: visiting a comprehension's iteration target (<c>ste_comp_iter_target</c>).</summary>
    internal bool InCompIterTarget { get; set; }
    /// <summary>While building: depth inside comprehension iterable expressions (<c>ste_comp_iter_expr</c>).</summary>
    internal int CompIterExpr { get; set; }

    /// <summary>Whether the scope is a function-like scope whose locals are fast locals.</summary>
    public bool IsFunctionLike => Kind is not (ScopeKind.Module or ScopeKind.Class);

    /// <summary>The flags recorded for <paramref name="name"/>.</summary>
    public SymbolFlags FlagsOf(string name) => _flags.TryGetValue(name, out var f) ? f : SymbolFlags.None;

    /// <summary>The resolved scope of <paramref name="name"/>.</summary>
    public SymbolScope ScopeOf(string name) => _scopes.TryGetValue(name, out var s) ? s : SymbolScope.Unknown;

    /// <summary>Whether the name is known to this scope.</summary>
    public bool Contains(string name) => _flags.ContainsKey(name);

    internal void AddFlags(string name, SymbolFlags flags)
    {
        if (_flags.TryGetValue(name, out var old))
        {
            _flags[name] = old | flags;
        }
        else
        {
            _flags[name] = flags;
            Symbols.Add(name);
        }
    }

    /// <summary>Whether <paramref name="name"/> is free in any scope nested in this one (CPython's <c>is_free_in_any_child</c>).</summary>
    public bool IsFreeInAnyChild(string name)
    {
        foreach (var child in Children)
        {
            if ((child.FlagsOf(name) & SymbolFlags.Free) != 0 || child.ScopeOf(name) == SymbolScope.Free) return true;
        }
        return false;
    }

    internal void SetScope(string name, SymbolScope scope)
    {
        if (!_flags.ContainsKey(name))
        {
            _flags[name] = SymbolFlags.None;
            Symbols.Add(name);
        }
        _scopes[name] = scope;
    }
}
