using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.FlowGraph;
using PyBuild.Compiler.Symbols;
using PyBuild.Compiler.Syntax;

namespace PyBuild.Compiler.CodeGen;

/// <summary>Comprehensions: inlined into their scope (PEP 709) or, for generator expressions, their own code object.</summary>
internal sealed partial class CodeGenerator
{
    /// <summary>What an inlined comprehension saved of its enclosing unit, to restore afterwards.</summary>
    private sealed class InlinedComprehensionState
    {
        public List<string>? PushedLocals;
        public Dictionary<string, SymbolScope?>? TempScopes;
        public List<string>? FastHidden;
        public BasicBlock? Cleanup;
        public BasicBlock? End;
    }

    private void VisitComprehension(Expr e, ComprehensionKind kind, string name, List<Comprehension> generators, Expr elt, Expr? value)
    {
        var scope = _symbols.ScopeFor(e);
        var loc = SourceLocation.Of(e);
        var outermost = generators[0];
        bool inlined = scope.IsInlined;
        bool isAsyncGenerator = scope.IsCoroutine;
        bool outerIsAsync = _unit.IsAsyncFunction || _unit.Scope.Comprehension != ComprehensionKind.None;
        if (isAsyncGenerator && kind != ComprehensionKind.Generator && !outerIsAsync)
        {
            throw Error("asynchronous comprehension outside of an asynchronous function", e);
        }
        InlinedComprehensionState? state = null;
        if (inlined)
        {
            VisitExpr(outermost.Iter);
            Emit(outermost.IsAsync != 0 ? OpCode.GET_AITER : OpCode.GET_ITER, 0, loc);
            state = PushInlinedComprehensionState(loc, scope);
        }
        else
        {
            EnterScope(scope, name, e, e.Lineno);
        }
        if (kind != ComprehensionKind.Generator)
        {
            Emit(kind switch { ComprehensionKind.List => OpCode.BUILD_LIST, ComprehensionKind.Set => OpCode.BUILD_SET, _ => OpCode.BUILD_MAP }, 0, loc);
            if (inlined) Emit(OpCode.SWAP, 2, loc);
        }
        ComprehensionGenerator(loc, generators, 0, 0, elt, value, kind, iterOnStack: inlined);
        if (inlined)
        {
            PopInlinedComprehensionState(loc, state!);
            return;
        }
        if (kind != ComprehensionKind.Generator) Emit(OpCode.RETURN_VALUE, 0, loc);
        else WrapInStopIterationHandler();
        AddReturnAtEnd();
        var code = ExitScope();
        MakeClosure(code, 0, loc);
        VisitExpr(outermost.Iter);
        Emit(outermost.IsAsync != 0 ? OpCode.GET_AITER : OpCode.GET_ITER, 0, loc);
        Emit(OpCode.CALL, 0, loc);
        if (isAsyncGenerator && kind != ComprehensionKind.Generator)
        {
            EmitAwait(0, loc);
        }
    }

    private void ComprehensionGenerator(SourceLocation loc, List<Comprehension> generators, int index, int depth, Expr elt, Expr? value, ComprehensionKind kind, bool iterOnStack)
    {
        var gen = generators[index];
        if (gen.IsAsync != 0)
        {
            AsyncComprehensionGenerator(loc, generators, index, depth, elt, value, kind, iterOnStack);
            return;
        }
        BasicBlock? start = NewBlock();
        var ifCleanup = NewBlock();
        var anchor = NewBlock();
        if (!iterOnStack)
        {
            if (index == 0)
            {
                _unit.ArgCount = 1;
                Emit(OpCode.LOAD_FAST, 0, loc);
            }
            else
            {
                var elts = gen.Iter switch { ListExpr l => l.Elts, TupleExpr t => t.Elts, _ => null };
                if (elts is { Count: 1 } && elts[0] is not Starred)
                {
                    VisitExpr(elts[0]);
                    start = null;
                }
                if (start is not null)
                {
                    VisitExpr(gen.Iter);
                    Emit(OpCode.GET_ITER, 0, loc);
                }
            }
        }
        if (start is not null)
        {
            depth++;
            UseBlock(start);
            EmitJump(OpCode.FOR_ITER, anchor, loc);
        }
        VisitExpr(gen.Target);
        foreach (var test in gen.Ifs) JumpIf(test, ifCleanup, false);
        var eltLoc = SourceLocation.Of(elt);
        if (index + 1 < generators.Count)
        {
            ComprehensionGenerator(loc, generators, index + 1, depth, elt, value, kind, iterOnStack: false);
        }
        else
        {
            eltLoc = ComprehensionElement(elt, value, kind, depth);
        }
        UseBlock(ifCleanup);
        if (start is not null)
        {
            EmitJump(OpCode.JUMP, start, eltLoc);
            UseBlock(anchor);
            Emit(OpCode.END_FOR, 0, SourceLocation.None);
        }
    }

    /// <summary>The innermost step of a comprehension: yield, append or add the element; returns the location used.</summary>
    private SourceLocation ComprehensionElement(Expr elt, Expr? value, ComprehensionKind kind, int depth)
    {
        var eltLoc = SourceLocation.Of(elt);
        {
            switch (kind)
            {
                case ComprehensionKind.Generator:
                    VisitExpr(elt);
                    EmitYield(eltLoc);
                    Emit(OpCode.POP_TOP, 0, eltLoc);
                    break;
                case ComprehensionKind.List:
                    VisitExpr(elt);
                    Emit(OpCode.LIST_APPEND, depth + 1, eltLoc);
                    break;
                case ComprehensionKind.Set:
                    VisitExpr(elt);
                    Emit(OpCode.SET_ADD, depth + 1, eltLoc);
                    break;
                default:
                    VisitExpr(elt);
                    VisitExpr(value!);
                    eltLoc = new SourceLocation(elt.Lineno, value!.EndLineno, elt.ColOffset, value.EndColOffset);
                    Emit(OpCode.MAP_ADD, depth + 1, eltLoc);
                    break;
            }
        }
        return eltLoc;
    }

    private void AsyncComprehensionGenerator(SourceLocation loc, List<Comprehension> generators, int index, int depth, Expr elt, Expr? value, ComprehensionKind kind, bool iterOnStack)
    {
        var gen = generators[index];
        var start = NewBlock();
        var except = NewBlock();
        var ifCleanup = NewBlock();
        if (!iterOnStack)
        {
            if (index == 0)
            {
                _unit.ArgCount = 1;
                Emit(OpCode.LOAD_FAST, 0, loc);
            }
            else
            {
                VisitExpr(gen.Iter);
                Emit(OpCode.GET_AITER, 0, loc);
            }
        }
        UseBlock(start);
        PushFrameBlock(FrameBlockKind.AsyncComprehensionGenerator, start, null, null, loc);
        EmitJump(OpCode.SETUP_FINALLY, except, loc);
        Emit(OpCode.GET_ANEXT, 0, loc);
        EmitLoadConst(null, loc);
        EmitYieldFrom(loc, await: true);
        Emit(OpCode.POP_BLOCK, 0, loc);
        VisitExpr(gen.Target);
        foreach (var test in gen.Ifs) JumpIf(test, ifCleanup, false);
        depth++;
        var eltLoc = SourceLocation.Of(elt);
        if (index + 1 < generators.Count)
        {
            ComprehensionGenerator(loc, generators, index + 1, depth, elt, value, kind, iterOnStack: false);
        }
        else
        {
            eltLoc = ComprehensionElement(elt, value, kind, depth);
        }
        UseBlock(ifCleanup);
        EmitJump(OpCode.JUMP, start, eltLoc);
        PopFrameBlock();
        UseBlock(except);
        Emit(OpCode.END_ASYNC_FOR, 0, loc);
    }

    /// <summary>
    /// Isolates the names an inlined comprehension binds: their outer values are saved on the stack
    /// and restored afterwards, also when the comprehension raises (CPython's <c>push_inlined_comprehension_state</c>).
    /// </summary>
    private InlinedComprehensionState PushInlinedComprehensionState(SourceLocation loc, Scope comp)
    {
        var state = new InlinedComprehensionState();
        bool inClassBlock = _unit.Scope.Kind == ScopeKind.Class && _unit.InInlinedComprehension == 0;
        _unit.InInlinedComprehension++;
        foreach (var name in comp.Symbols)
        {
            var flags = comp.FlagsOf(name);
            var scope = comp.ScopeOf(name);
            var outer = _unit.ScopeOf(name);
            if (((flags & SymbolFlags.Local) != 0 && (flags & SymbolFlags.Nonlocal) == 0) || inClassBlock)
            {
                if (!_unit.Scope.IsFunctionLike)
                {
                    if (!_unit.FastHidden.TryGetValue(name, out bool on) || !on)
                    {
                        _unit.FastHidden[name] = true;
                        (state.FastHidden ??= new List<string>()).Add(name);
                    }
                }
                if (scope != outer && !(scope == SymbolScope.Cell && outer == SymbolScope.Free))
                {
                    state.TempScopes ??= new Dictionary<string, SymbolScope?>();
                    state.TempScopes[name] = _unit.TempScopes.TryGetValue(name, out var previous) ? previous : null;
                    _unit.TempScopes[name] = scope;
                }
                (state.PushedLocals ??= new List<string>()).Add(name);
                Emit(OpCode.LOAD_FAST_AND_CLEAR, _unit.VarNames.IndexOf(name), loc);
                if (scope == SymbolScope.Cell) Emit(OpCode.MAKE_CELL, outer == SymbolScope.Free ? _unit.FreeIndex(name) : _unit.CellIndex(name), loc);
            }
        }
        if (state.PushedLocals is not null)
        {
            Emit(OpCode.SWAP, state.PushedLocals.Count + 1, loc);
            state.Cleanup = NewBlock();
            state.End = NewBlock();
            EmitJump(OpCode.SETUP_FINALLY, state.Cleanup, loc);
        }
        return state;
    }

    private void PopInlinedComprehensionState(SourceLocation loc, InlinedComprehensionState state)
    {
        _unit.InInlinedComprehension--;
        if (state.TempScopes is not null)
        {
            foreach (var (name, previous) in state.TempScopes)
            {
                if (previous is null) _unit.TempScopes.Remove(name);
                else _unit.TempScopes[name] = previous.Value;
            }
        }
        if (state.PushedLocals is not null)
        {
            Emit(OpCode.POP_BLOCK, 0, SourceLocation.None);
            EmitJump(OpCode.JUMP, state.End!, SourceLocation.None);
            UseBlock(state.Cleanup!);
            Emit(OpCode.SWAP, 2, SourceLocation.None);
            Emit(OpCode.POP_TOP, 0, SourceLocation.None);
            RestoreInlinedComprehensionLocals(loc, state.PushedLocals);
            Emit(OpCode.RERAISE, 0, SourceLocation.None);
            UseBlock(state.End!);
            RestoreInlinedComprehensionLocals(loc, state.PushedLocals);
        }
        if (state.FastHidden is not null)
        {
            foreach (var name in state.FastHidden) _unit.FastHidden[name] = false;
        }
    }

    private void RestoreInlinedComprehensionLocals(SourceLocation loc, List<string> pushed)
    {
        Emit(OpCode.SWAP, pushed.Count + 1, loc);
        for (int i = pushed.Count - 1; i >= 0; i--)
        {
            Emit(OpCode.STORE_FAST_MAYBE_NULL, _unit.VarNames.IndexOf(pushed[i]), loc);
        }
    }

    /// <summary>A StopIteration escaping a generator becomes RuntimeError: the whole body is covered by a handler (CPython's <c>wrap_in_stopiteration_handler</c>).</summary>
    private void WrapInStopIterationHandler()
    {
        var handler = NewBlock();
        _unit.Graph.Entry.Instructions.Insert(0, new Instruction(OpCode.SETUP_CLEANUP, 0, SourceLocation.None, handler));
        EmitLoadConst(null, SourceLocation.None);
        Emit(OpCode.RETURN_VALUE, 0, SourceLocation.None);
        UseBlock(handler);
        Emit(OpCode.CALL_INTRINSIC_1, IntrinsicStopIterationError, SourceLocation.None);
        Emit(OpCode.RERAISE, 1, SourceLocation.None);
    }

    private const int IntrinsicStopIterationError = 3;
    private const int IntrinsicAsyncGenWrap = 4;

    /// <summary>Every path that falls off the end returns None (CPython's <c>add_return_at_end</c>).</summary>
    private void AddReturnAtEnd()
    {
        EmitLoadConst(null, SourceLocation.None);
        Emit(OpCode.RETURN_VALUE, 0, SourceLocation.None);
    }

    private void EmitYield(SourceLocation loc)
    {
        if (_unit.Scope.IsGenerator && _unit.Scope.IsCoroutine) Emit(OpCode.CALL_INTRINSIC_1, IntrinsicAsyncGenWrap, loc);
        Emit(OpCode.YIELD_VALUE, 0, loc);
        Emit(OpCode.RESUME, 1, loc);
    }

    /// <summary>The delegation loop of <c>yield from</c> and <c>await</c> (CPython's <c>compiler_add_yield_from</c>).</summary>
    private void EmitYieldFrom(SourceLocation loc, bool await)
    {
        var send = NewBlock();
        var fail = NewBlock();
        var exit = NewBlock();
        UseBlock(send);
        EmitJump(OpCode.SEND, exit, loc);
        EmitJump(OpCode.SETUP_FINALLY, fail, loc);
        Emit(OpCode.YIELD_VALUE, 0, loc);
        Emit(OpCode.POP_BLOCK, 0, SourceLocation.None);
        Emit(OpCode.RESUME, await ? 3 : 2, loc);
        EmitJump(OpCode.JUMP_NO_INTERRUPT, send, loc);
        UseBlock(fail);
        Emit(OpCode.CLEANUP_THROW, 0, loc);
        UseBlock(exit);
        Emit(OpCode.END_SEND, 0, loc);
    }
}
