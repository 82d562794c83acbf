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
        AnalyzeBlock(top, null, new CopyOnWriteNameSet(new HashSet<string>()), free, new HashSet<string>(), null, filename);
    }

    /// <param name="scope">The scope to analyse.</param>
    /// <param name="bound">Names bound in enclosing function scopes (null at module level).</param>
    /// <param name="global">Names known to be global.</param>
    /// <param name="free">Receives the scope's free names.</param>
    /// <param name="typeParams">Enclosing type parameters, which <c>nonlocal</c> cannot name.</param>
    /// <param name="classEntry">For an annotation scope that sees a class namespace, that class.</param>
    /// <param name="filename">For errors.</param>
    private static void AnalyzeBlock(Scope scope, CopyOnWriteNameSet? bound, CopyOnWriteNameSet global, HashSet<string> free,
        HashSet<string> typeParams, Scope? classEntry, string filename)
    {
        var local = new HashSet<string>();
        var scopes = new Dictionary<string, SymbolScope>();
        var newGlobal = new HashSet<string>();
        var newFree = new HashSet<string>();
        var newBound = new HashSet<string>();

        if (scope.Kind == ScopeKind.Class)
        {
            newGlobal.UnionWith(global.Names);
            if (bound is not null) newBound.UnionWith(bound.Names);
        }

        foreach (var name in scope.Symbols)
        {
            AnalyzeName(scope, scopes, name, scope.FlagsOf(name), bound, local, free, global, typeParams, classEntry, filename);
        }

        if (scope.Kind != ScopeKind.Class)
        {
            if (scope.IsFunctionLike) newBound.UnionWith(local);
            if (bound is not null) newBound.UnionWith(bound.Names);
            newGlobal.UnionWith(global.Names);
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
            Scope? childClassEntry = null;
            if (child.CanSeeClassScope) childClassEntry = scope.Kind == ScopeKind.Class ? scope : classEntry;
            // Only a type parameter scope adds to the set, so an empty one can be shared with other children.
            var childTypeParams = typeParams.Count == 0 && child.Kind != ScopeKind.TypeParameters ? typeParams : new HashSet<string>(typeParams);
            AnalyzeBlock(child, new CopyOnWriteNameSet(newBound), new CopyOnWriteNameSet(newGlobal), childFree,
                childTypeParams, childClassEntry, filename);
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
        CopyOnWriteNameSet? bound, HashSet<string> local, HashSet<string> free, CopyOnWriteNameSet global,
        HashSet<string> typeParams, Scope? classEntry, string filename)
    {
        if ((flags & SymbolFlags.Global) != 0)
        {
            if ((flags & SymbolFlags.Nonlocal) != 0)
            {
                throw ErrorAtDirective(scope, name, $"name '{name}' is nonlocal and global", filename);
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
                throw ErrorAtDirective(scope, name, $"no binding for nonlocal '{name}' found", filename);
            }
            if (typeParams.Contains(name))
            {
                throw ErrorAtDirective(scope, name, $"nonlocal binding not allowed for type parameter '{name}'", filename);
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
            if ((flags & SymbolFlags.TypeParam) != 0) typeParams.Add(name);
            else typeParams.Remove(name);
            return;
        }
        // In an annotation scope that sees a class, a name the class binds is looked up in the class
        // namespace first and then globally (LOAD_FROM_DICT_OR_GLOBALS), whatever outer functions bind.
        if (classEntry is not null)
        {
            var classFlags = classEntry.FlagsOf(name);
            if ((classFlags & SymbolFlags.Global) != 0)
            {
                scopes[name] = SymbolScope.GlobalExplicit;
                return;
            }
            if ((classFlags & SymbolFlags.Bound) != 0 && (classFlags & SymbolFlags.Nonlocal) == 0)
            {
                scopes[name] = SymbolScope.GlobalImplicit;
                return;
            }
        }
        if (bound is not null && bound.Contains(name))
        {
            scopes[name] = SymbolScope.Free;
            free.Add(name);
            return;
        }
        scopes[name] = SymbolScope.GlobalImplicit;
    }

    /// <summary>A SyntaxError at the <c>global</c> or <c>nonlocal</c> statement that declared <paramref name="name"/> (CPython's <c>error_at_directive</c>).</summary>
    private static PythonSyntaxError ErrorAtDirective(Scope scope, string name, string message, string filename)
    {
        var at = scope.DirectiveFor(name);
        if (at is null)
        {
            return new PythonSyntaxError("SyntaxError", message, filename, scope.Lineno, 0, scope.Lineno, 0, null);
        }
        return new PythonSyntaxError("SyntaxError", message, filename, at.Lineno, at.ColOffset + 1, at.EndLineno, at.EndColOffset + 1, null);
    }

    private static void UpdateSymbols(Scope scope, Dictionary<string, SymbolScope> scopes, CopyOnWriteNameSet? bound, HashSet<string> free, HashSet<string> inlinedCells)
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
                if ((scope.Kind == ScopeKind.Class || scope.CanSeeClassScope) && (scope.FlagsOf(name) & (SymbolFlags.Bound | SymbolFlags.Global)) != 0)
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
