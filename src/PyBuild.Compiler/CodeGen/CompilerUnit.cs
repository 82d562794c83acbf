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
        foreach (var name2 in scope.Symbols)
        {
            var s = scope.ScopeOf(name2);
            if (s == SymbolScope.Cell) cells.Add(name2);
            else if (s == SymbolScope.Free) frees.Add(name2);
        }
        if (scope.NeedsClassClosure) cells.Add("__class__");
        if (scope.NeedsClassDict) cells.Add("__classdict__");
        cells.Sort(StringComparer.Ordinal);
        frees.Sort(StringComparer.Ordinal);
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
    public CodeFlags ExtraFlags { get; set; }

    /// <summary>The enclosing loops and try-blocks, innermost last (CPython's <c>u_fblock</c>).</summary>
    public List<FrameBlock> FrameBlocks { get; } = new();

    /// <summary>
    /// The localsplus index of a cell or free variable: cells that are also parameters share the
    /// parameter's slot; other cells follow the locals; free variables come last.
    /// </summary>
    public int DerefIndex(string name)
    {
        if (CellVars.TryGetIndex(name, out _))
        {
            if (VarNames.TryGetIndex(name, out int v)) return v;
            int offset = VarNames.Count;
            foreach (var c in CellVars.Items)
            {
                if (c == name) return offset;
                if (!VarNames.TryGetIndex(c, out _)) offset++;
            }
        }
        if (FreeVars.TryGetIndex(name, out int f)) return VarNames.Count + CellsNotParameters() + f;
        throw new InvalidOperationException($"'{name}' is not a cell or free variable of {QualName}");
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
