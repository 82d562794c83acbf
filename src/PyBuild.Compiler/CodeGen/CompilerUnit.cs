using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.FlowGraph;
using PyBuild.Compiler.Symbols;

namespace PyBuild.Compiler.CodeGen;

/// <summary>The state of one code object being compiled (CPython's <c>compiler_unit</c>).</summary>
internal sealed class CompilerUnit
{
    public CompilerUnit(Scope scope, string name, string qualName, int firstLineNo)
    {
        Scope = scope;
        Name = name;
        QualName = qualName;
        FirstLineNo = firstLineNo;
        foreach (var v in scope.VarNames) VarNames.IndexOf(v);
        var cells = new List<string>();
        var frees = new List<string>();
        foreach (var symbol in scope.Symbols)
        {
            var s = scope.ScopeOf(symbol);
            var flags = scope.FlagsOf(symbol);
            if (s == SymbolScope.Cell || (flags & SymbolFlags.ComprehensionCell) != 0) cells.Add(symbol);
            else if (s == SymbolScope.Free || (flags & SymbolFlags.FreeClass) != 0) frees.Add(symbol);
        }
        cells.Sort(StringComparer.Ordinal);
        frees.Sort(StringComparer.Ordinal);
        if (scope.NeedsClassClosure) cells.Insert(0, "__class__");
        if (scope.NeedsClassDict) cells.Add("__classdict__");
        foreach (var c in cells) CellVars.IndexOf(c);
        foreach (var f in frees) FreeVars.IndexOf(f);
    }

    public Scope Scope { get; }
    public string Name { get; }
    public string QualName { get; }
    public int FirstLineNo { get; }
    public ControlFlowGraph Graph { get; } = new();
    public ConstantPool Consts { get; } = new();
    public IndexedSet<string> Names { get; } = new(StringComparer.Ordinal);
    public IndexedSet<string> VarNames { get; } = new(StringComparer.Ordinal);
    public IndexedSet<string> CellVars { get; } = new(StringComparer.Ordinal);
    public IndexedSet<string> FreeVars { get; } = new(StringComparer.Ordinal);
    public int ArgCount { get; set; }
    public int PosOnlyArgCount { get; set; }
    public int KwOnlyArgCount { get; set; }
    /// <summary>
    /// The class name private names are mangled with (CPython's <c>u_private</c>): inherited from the
    /// enclosing unit, set by class bodies and by generic classes in the unit that defines them.
    /// </summary>
    public string? Private { get; set; }
    /// <summary>Whether the unit is an <c>async def</c> body (CPython's <c>COMPILER_SCOPE_ASYNC_FUNCTION</c>).</summary>
    public bool IsAsyncFunction { get; init; }

    /// <summary>Scopes that hold while an inlined comprehension is compiled, where they differ from the unit's own.</summary>
    public Dictionary<string, SymbolScope> TempScopes { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Module and class names turned into fast locals inside inlined comprehensions: true while
    /// compiling one, false after (CPython's <c>u_fasthidden</c>; they get <c>CO_FAST_HIDDEN</c>).
    /// </summary>
    public Dictionary<string, bool> FastHidden { get; } = new(StringComparer.Ordinal);

    /// <summary>How many inlined comprehensions enclose the code being compiled.</summary>
    public int InInlinedComprehension { get; set; }

    /// <summary>The scope of <paramref name="name"/>, honouring <see cref="TempScopes"/>.</summary>
    public SymbolScope ScopeOf(string name) => TempScopes.TryGetValue(name, out var s) ? s : Scope.ScopeOf(name);

    /// <summary>The enclosing loops and try-blocks, innermost last (CPython's <c>u_fblock</c>).</summary>
    public List<FrameBlock> FrameBlocks { get; } = new();

    /// <summary>Marks a deref index as naming a free variable rather than a cell.</summary>
    private const int FreeMark = 1 << 24;

    /// <summary>
    /// A cell's position among the cells, or a free variable's among the free variables (marked).
    /// Deref instructions carry this until the locals are final, since inlined comprehensions can
    /// still add cells; <see cref="LocalsPlusIndex"/> then maps it (CPython's <c>fix_cell_offsets</c>).
    /// </summary>
    public int DerefIndex(string name)
    {
        if (CellVars.TryGetIndex(name, out int c)) return c;
        if (FreeVars.TryGetIndex(name, out int f)) return FreeMark | f;
        throw new InvalidOperationException($"'{name}' is not a cell or free variable of {QualName}");
    }

    /// <summary>The deref index of <paramref name="name"/> as a cell, adding it to the cells if new.</summary>
    public int CellIndex(string name) => CellVars.IndexOf(name);

    /// <summary>The deref index of <paramref name="name"/> as a free variable, adding it if new.</summary>
    public int FreeIndex(string name) => FreeMark | FreeVars.IndexOf(name);

    /// <summary>
    /// The final localsplus index of deref index <paramref name="deref"/>: a cell that is also a
    /// parameter shares the parameter's slot; other cells follow the locals; free variables come last.
    /// </summary>
    public int LocalsPlusIndex(int deref)
    {
        if ((deref & FreeMark) != 0) return VarNames.Count + CellsNotParameters() + (deref & ~FreeMark);
        string name = CellVars.Items[deref];
        if (VarNames.TryGetIndex(name, out int v)) return v;
        int offset = VarNames.Count;
        for (int i = 0; i < deref; i++)
        {
            if (!VarNames.TryGetIndex(CellVars.Items[i], out _)) offset++;
        }
        return offset;
    }

    public int CellsNotParameters()
    {
        int n = 0;
        foreach (var c in CellVars.Items)
        {
            if (!VarNames.TryGetIndex(c, out _)) n++;
        }
        return n;
    }
}

/// <summary>The kinds of enclosing block that break, continue and return must unwind.</summary>
internal enum FrameBlockKind
{
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

/// <summary>One enclosing block (CPython's <c>fblockinfo</c>).</summary>
internal sealed record FrameBlock(FrameBlockKind Kind, BasicBlock Block, BasicBlock? Exit, object? Datum, SourceLocation Location);
