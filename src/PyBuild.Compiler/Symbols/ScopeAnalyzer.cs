using PyBuild.Compiler.Diagnostics;

namespace PyBuild.Compiler.Symbols;

/// <summary>
/// The second pass of the symbol table: resolves every name of every scope to local, global
/// (explicit or implicit), free or cell, passing bound names down and free names up.
/// </summary>
internal static class ScopeAnalyzer
{
    public static void Analyze(Scope top, string filename)
    {
        var free = new HashSet<string>();
        AnalyzeBlock(top, null, new HashSet<string>(), free, filename);
    }

    private static void AnalyzeBlock(Scope scope, HashSet<string>? bound, HashSet<string> global, HashSet<string> free, string filename)
    {
        var local = new HashSet<string>();
        var scopes = new Dictionary<string, SymbolScope>();
        var newGlobal = new HashSet<string>();
        var newFree = new HashSet<string>();
        var newBound = new HashSet<string>();

        if (scope.Kind == ScopeKind.Class)
        {
            newGlobal.UnionWith(global);
            if (bound is not null) newBound.UnionWith(bound);
        }

        foreach (var name in scope.Symbols)
        {
            AnalyzeName(scope, scopes, name, scope.FlagsOf(name), bound, local, free, global, filename);
        }

        if (scope.Kind != ScopeKind.Class)
        {
            if (scope.IsFunctionLike) newBound.UnionWith(local);
            if (bound is not null) newBound.UnionWith(bound);
            newGlobal.UnionWith(global);
        }
        else
        {
            newBound.Add("__class__");
            newBound.Add("__classdict__");
        }

        var inlinedCells = new HashSet<string>();
        foreach (var child in scope.Children)
        {
            var childFree = new HashSet<string>();
            AnalyzeBlock(child, new HashSet<string>(newBound), new HashSet<string>(newGlobal), childFree, filename);
            if (child.Comprehension is not (ComprehensionKind.None or ComprehensionKind.Generator))
            {
                InlineComprehension(scope, child, scopes, childFree, inlinedCells);
                child.IsInlined = true;
            }
            newFree.UnionWith(childFree);
        }
        for (int i = scope.Children.Count - 1; i >= 0; i--)
        {
            var child = scope.Children[i];
            if (!child.IsInlined) continue;
            scope.Children.RemoveAt(i);
            scope.Children.InsertRange(i, child.Children);
        }

        if (scope.IsFunctionLike)
        {
            foreach (var name in scope.Symbols)
            {
                if (scopes.TryGetValue(name, out var s) && s == SymbolScope.Local && (newFree.Contains(name) || inlinedCells.Contains(name)))
                {
                    scopes[name] = SymbolScope.Cell;
                    newFree.Remove(name);
                }
            }
        }
        else if (scope.Kind == ScopeKind.Class)
        {
            if (newFree.Remove("__class__")) scope.NeedsClassClosure = true;
            if (newFree.Remove("__classdict__")) scope.NeedsClassDict = true;
        }

        UpdateSymbols(scope, scopes, bound, newFree, inlinedCells);
        free.UnionWith(newFree);
    }

    /// <summary>Merges an inlined comprehension's names into its parent (CPython's <c>inline_comprehension</c>).</summary>
    private static void InlineComprehension(Scope parent, Scope comp, Dictionary<string, SymbolScope> scopes, HashSet<string> compFree, HashSet<string> inlinedCells)
    {
        bool removeDunderClass = false;
        foreach (var name in comp.Symbols)
        {
            var flags = comp.FlagsOf(name);
            if ((flags & SymbolFlags.Param) != 0) continue;
            var scope = comp.ScopeOf(name);
            if (scope == SymbolScope.Cell || (flags & SymbolFlags.ComprehensionCell) != 0) inlinedCells.Add(name);
            bool existing = parent.Contains(name);
            if (scope == SymbolScope.Free && parent.Kind == ScopeKind.Class && name == "__class__")
            {
                scope = SymbolScope.GlobalImplicit;
                compFree.Remove(name);
                removeDunderClass = true;
            }
            if (!existing)
            {
                parent.AddFlags(name, flags);
                scopes[name] = scope;
            }
            else if ((parent.FlagsOf(name) & SymbolFlags.Bound) != 0 && !comp.IsFreeInAnyChild(name) && parent.Kind != ScopeKind.Class)
            {
                compFree.Remove(name);
            }
        }
        if (removeDunderClass) comp.SetScope("__class__", SymbolScope.GlobalImplicit);
    }

    private static void AnalyzeName(Scope scope, Dictionary<string, SymbolScope> scopes, string name, SymbolFlags flags,
        HashSet<string>? bound, HashSet<string> local, HashSet<string> free, HashSet<string> global, string filename)
    {
        if ((flags & SymbolFlags.Global) != 0)
        {
            if ((flags & SymbolFlags.Nonlocal) != 0)
            {
                throw new PythonSyntaxError("SyntaxError", $"name '{name}' is nonlocal and global", filename, scope.Lineno, 0, scope.Lineno, 0, null);
            }
            scopes[name] = SymbolScope.GlobalExplicit;
            global.Add(name);
            bound?.Remove(name);
            return;
        }
        if ((flags & SymbolFlags.Nonlocal) != 0)
        {
            if (bound is null || !bound.Contains(name))
            {
                throw new PythonSyntaxError("SyntaxError", $"no binding for nonlocal '{name}' found", filename, scope.Lineno, 0, scope.Lineno, 0, null);
            }
            scopes[name] = SymbolScope.Free;
            free.Add(name);
            return;
        }
        if ((flags & SymbolFlags.Bound) != 0)
        {
            scopes[name] = SymbolScope.Local;
            local.Add(name);
            global.Remove(name);
            return;
        }
        if (bound is not null && bound.Contains(name))
        {
            scopes[name] = SymbolScope.Free;
            free.Add(name);
            return;
        }
        scopes[name] = SymbolScope.GlobalImplicit;
    }

    private static void UpdateSymbols(Scope scope, Dictionary<string, SymbolScope> scopes, HashSet<string>? bound, HashSet<string> free, HashSet<string> inlinedCells)
    {
        foreach (var (name, s) in scopes)
        {
            if (inlinedCells.Contains(name)) scope.AddFlags(name, SymbolFlags.ComprehensionCell);
            scope.SetScope(name, s);
        }
        foreach (var name in free)
        {
            if (scope.Contains(name))
            {
                if (scope.Kind == ScopeKind.Class && (scope.FlagsOf(name) & (SymbolFlags.Bound | SymbolFlags.Global)) != 0)
                {
                    scope.AddFlags(name, SymbolFlags.FreeClass);
                }
                continue;
            }
            if (bound is not null && !bound.Contains(name)) continue;
            scope.AddFlags(name, SymbolFlags.Free);
            scope.SetScope(name, SymbolScope.Free);
        }
    }
}
