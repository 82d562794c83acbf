using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.FlowGraph;
using PyBuild.Compiler.Symbols;
using PyBuild.Compiler.Syntax;

namespace PyBuild.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    private void CompileBody(List<Stmt> body, bool isModule, SourceLocation loc)
    {
        if (isModule && body.Count > 0) loc = SourceLocation.Of(body[0]);
        if (FindAnnotations(body)) Emit(OpCode.SETUP_ANNOTATIONS, 0, loc);
        int start = 0;
        // Under -OO the docstring is an ordinary constant statement (a NOP that keeps its line).
        object? doc = _optimize < 2 ? GetDocString(body) : null;
        if (doc is not null)
        {
            var location = SourceLocation.Of(body[0]);
            EmitLoadConst(doc, location);
            NameOp("__doc__", ExprContext.Store, location);
            start = 1;
        }
        for (int i = start; i < body.Count; i++) VisitStmt(body[i]);
    }

    /// <summary>Whether a module or class body annotates a name anywhere outside nested scopes, so it needs <c>__annotations__</c> (CPython's <c>find_ann</c>).</summary>
    private static bool FindAnnotations(List<Stmt> body)
    {
        foreach (var s in body)
        {
            bool found = s switch
            {
                AnnAssign => true,
                For f => FindAnnotations(f.Body) || FindAnnotations(f.Orelse),
                AsyncFor f => FindAnnotations(f.Body) || FindAnnotations(f.Orelse),
                While w => FindAnnotations(w.Body) || FindAnnotations(w.Orelse),
                If i => FindAnnotations(i.Body) || FindAnnotations(i.Orelse),
                With w => FindAnnotations(w.Body),
                AsyncWith w => FindAnnotations(w.Body),
                Try t => HandlersHaveAnnotations(t.Handlers) || FindAnnotations(t.Body) || FindAnnotations(t.Finalbody) || FindAnnotations(t.Orelse),
                TryStar t => HandlersHaveAnnotations(t.Handlers) || FindAnnotations(t.Body) || FindAnnotations(t.Finalbody) || FindAnnotations(t.Orelse),
                Match m => CasesHaveAnnotations(m.Cases),
                _ => false,
            };
            if (found) return true;
        }
        return false;
    }

    private static bool HandlersHaveAnnotations(List<ExceptHandlerBase> handlers)
    {
        foreach (ExceptHandler h in handlers)
        {
            if (FindAnnotations(h.Body)) return true;
        }
        return false;
    }

    private static bool CasesHaveAnnotations(List<MatchCase> cases)
    {
        foreach (var c in cases)
        {
            if (FindAnnotations(c.Body)) return true;
        }
        return false;
    }

    private void VisitStmts(List<Stmt> body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    private void VisitStmt(Stmt s)
    {
        var loc = SourceLocation.Of(s);
        switch (s)
        {
            case ExprStmt e:
                if (e.Value is Constant)
                {
                    Emit(OpCode.NOP, 0, loc);
                    return;
                }
                VisitExpr(e.Value);
                Emit(OpCode.POP_TOP, 0, SourceLocation.None);
                return;
            case Assign a:
                VisitExpr(a.Value);
                for (int i = 0; i < a.Targets.Count; i++)
                {
                    if (i < a.Targets.Count - 1) Emit(OpCode.COPY, 1, loc);
                    VisitExpr(a.Targets[i]);
                }
                return;
            case AugAssign a: VisitAugAssign(a); return;
            case AnnAssign a: VisitAnnAssign(a); return;
            case Pass: Emit(OpCode.NOP, 0, loc); return;
            case Delete d:
                foreach (var t in d.Targets) VisitExpr(t);
                return;
            case If i: VisitIf(i); return;
            case While w: VisitWhile(w); return;
            case For f: VisitFor(f); return;
            case Break b: VisitBreakOrContinue(b, isBreak: true); return;
            case Continue c: VisitBreakOrContinue(c, isBreak: false); return;
            case Return r: VisitReturn(r); return;
            case FunctionDef f: VisitFunctionDef(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, f.TypeParams); return;
            case AsyncFunctionDef f: VisitFunctionDef(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, f.TypeParams); return;
            case AsyncFor f: VisitAsyncFor(f); return;
            case AsyncWith w: VisitWith(w, w.Items, w.Body, 0, isAsync: true); return;
            case ClassDef c: VisitClassDef(c); return;
            case Global or Nonlocal: return;
            case TypeAlias t: VisitTypeAlias(t); return;
            case Import i: VisitImport(i); return;
            case ImportFrom i: VisitImportFrom(i); return;
            case Raise r: VisitRaise(r); return;
            case Assert a: VisitAssert(a); return;
            case Try t: VisitTry(t); return;
            case TryStar t: VisitTryStar(t); return;
            case Match m: VisitMatch(m); return;
            case With w: VisitWith(w, w.Items, w.Body, 0, isAsync: false); return;
            default:
                throw NotSupported($"{s.AstName} statements");
        }
    }

    private void VisitAugAssign(AugAssign a)
    {
        var e = a.Target;
        var loc = SourceLocation.Of(e);
        bool twoElementSlice = e is Subscript { Slice: Slice { Step: null } };
        switch (e)
        {
            case AttributeExpr at:
                VisitExpr(at.Value);
                Emit(OpCode.COPY, 1, loc);
                Emit(OpCode.LOAD_ATTR, NameIndex(at.Attr) << 1, AttributeLocation(loc, at));
                break;
            case Subscript sub when twoElementSlice:
                VisitExpr(sub.Value);
                EmitSliceParts((Slice)sub.Slice);
                Emit(OpCode.COPY, 3, loc);
                Emit(OpCode.COPY, 3, loc);
                Emit(OpCode.COPY, 3, loc);
                Emit(OpCode.BINARY_SLICE, 0, loc);
                break;
            case Subscript sub:
                VisitExpr(sub.Value);
                VisitExpr(sub.Slice);
                Emit(OpCode.COPY, 2, loc);
                Emit(OpCode.COPY, 2, loc);
                Emit(OpCode.BINARY_SUBSCR, 0, loc);
                break;
            case Name n:
                NameOp(n.Id, ExprContext.Load, loc);
                break;
            default:
                throw NotSupported("augmented assignment to this target");
        }
        VisitExpr(a.Value);
        Emit(OpCode.BINARY_OP, BinaryOpArg(a.Op) + 13, SourceLocation.Of(a));
        switch (e)
        {
            case AttributeExpr at:
                var attrLoc = AttributeLocation(loc, at);
                Emit(OpCode.SWAP, 2, attrLoc);
                Emit(OpCode.STORE_ATTR, NameIndex(at.Attr), attrLoc);
                break;
            case Subscript when twoElementSlice:
                Emit(OpCode.SWAP, 4, loc);
                Emit(OpCode.SWAP, 3, loc);
                Emit(OpCode.SWAP, 2, loc);
                Emit(OpCode.STORE_SLICE, 0, loc);
                break;
            case Subscript:
                Emit(OpCode.SWAP, 3, loc);
                Emit(OpCode.SWAP, 2, loc);
                Emit(OpCode.STORE_SUBSCR, 0, loc);
                break;
            case Name n:
                NameOp(n.Id, ExprContext.Store, loc);
                break;
        }
    }

    private void VisitAnnAssign(AnnAssign s)
    {
        var loc = SourceLocation.Of(s);
        if (s.Value is not null)
        {
            VisitExpr(s.Value);
            VisitExpr(s.Target);
        }
        switch (s.Target)
        {
            case Name n:
                if (s.Simple != 0 && _unit.Scope.Kind is ScopeKind.Module or ScopeKind.Class)
                {
                    VisitAnnotationExpr(s.Annotation);
                    Emit(OpCode.LOAD_NAME, _unit.Names.IndexOf("__annotations__"), loc);
                    EmitLoadConst(Mangling.Mangle(_unit.Private, n.Id), loc);
                    Emit(OpCode.STORE_SUBSCR, 0, loc);
                }
                break;
            case AttributeExpr at:
                if (s.Value is null) CheckAnnotationExpr(at.Value);
                break;
            case Subscript sub:
                if (s.Value is null)
                {
                    CheckAnnotationExpr(sub.Value);
                    CheckAnnotationSubscript(sub.Slice);
                }
                break;
        }
        if (s.Simple == 0 && !_future.Annotations && _unit.Scope.Kind is ScopeKind.Module or ScopeKind.Class)
        {
            CheckAnnotationExpr(s.Annotation);
        }
    }

    private void CheckAnnotationExpr(Expr e)
    {
        VisitExpr(e);
        Emit(OpCode.POP_TOP, 0, SourceLocation.Of(e));
    }

    private void CheckAnnotationSubscript(Expr e)
    {
        switch (e)
        {
            case Slice sl:
                if (sl.Lower is not null) CheckAnnotationExpr(sl.Lower);
                if (sl.Upper is not null) CheckAnnotationExpr(sl.Upper);
                if (sl.Step is not null) CheckAnnotationExpr(sl.Step);
                break;
            case TupleExpr t:
                foreach (var elt in t.Elts) CheckAnnotationSubscript(elt);
                break;
            default:
                CheckAnnotationExpr(e);
                break;
        }
    }

    /// <summary>An annotation's value: the expression, or under <c>from __future__ import annotations</c> its source text.</summary>
    private void VisitAnnotationExpr(Expr annotation)
    {
        if (_future.Annotations) EmitLoadConst(AstUnparser.Unparse(annotation), SourceLocation.Of(annotation));
        else VisitExpr(annotation);
    }

    private void VisitIf(If s)
    {
        var end = NewBlock();
        var next = s.Orelse.Count > 0 ? NewBlock() : end;
        JumpIf(s.Test, next, false);
        VisitStmts(s.Body);
        if (s.Orelse.Count > 0)
        {
            EmitJump(OpCode.JUMP, end, SourceLocation.None);
            UseBlock(next);
            VisitStmts(s.Orelse);
        }
        UseBlock(end);
    }

    private void VisitWhile(While s)
    {
        var loop = NewBlock();
        var body = NewBlock();
        var anchor = NewBlock();
        var end = NewBlock();
        UseBlock(loop);
        PushFrameBlock(FrameBlockKind.WhileLoop, loop, end, null, SourceLocation.Of(s));
        JumpIf(s.Test, anchor, false);
        UseBlock(body);
        VisitStmts(s.Body);
        JumpIf(s.Test, body, true);
        PopFrameBlock();
        UseBlock(anchor);
        VisitStmts(s.Orelse);
        UseBlock(end);
    }

    private void VisitFor(For s)
    {
        var loc = SourceLocation.Of(s);
        var start = NewBlock();
        var body = NewBlock();
        var cleanup = NewBlock();
        var end = NewBlock();
        PushFrameBlock(FrameBlockKind.ForLoop, start, end, null, loc);
        VisitExpr(s.Iter);
        Emit(OpCode.GET_ITER, 0, loc);
        UseBlock(start);
        EmitJump(OpCode.FOR_ITER, cleanup, loc);
        UseBlock(body);
        VisitExpr(s.Target);
        VisitStmts(s.Body);
        EmitJump(OpCode.JUMP, start, SourceLocation.None);
        UseBlock(cleanup);
        Emit(OpCode.END_FOR, 0, SourceLocation.None);
        PopFrameBlock();
        VisitStmts(s.Orelse);
        UseBlock(end);
    }

    private void VisitBreakOrContinue(Stmt s, bool isBreak)
    {
        var loc = SourceLocation.Of(s);
        Emit(OpCode.NOP, 0, loc);
        var loop = UnwindFrameBlockStack(ref loc, preserveTos: false, stopAtLoop: true);
        if (loop is null) throw Error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", s);
        if (isBreak)
        {
            UnwindFrameBlock(ref loc, loop, preserveTos: false);
            EmitJump(OpCode.JUMP, loop.Exit!, loc);
        }
        else
        {
            EmitJump(OpCode.JUMP, loop.Block, loc);
        }
    }

    private void VisitReturn(Return s)
    {
        var loc = SourceLocation.Of(s);
        if (!_unit.Scope.IsFunctionLike) throw Error("'return' outside function", s);
        if (s.Value is not null && _unit.Scope.IsCoroutine && _unit.Scope.IsGenerator)
        {
            throw Error("'return' with value in async generator", s);
        }
        bool preserveTos = s.Value is not null and not Constant;
        if (preserveTos)
        {
            VisitExpr(s.Value!);
        }
        else if (s.Value is not null)
        {
            loc = SourceLocation.Of(s.Value);
            Emit(OpCode.NOP, 0, loc);
        }
        if (s.Value is null || s.Value.Lineno != s.Lineno)
        {
            loc = SourceLocation.Of(s);
            Emit(OpCode.NOP, 0, loc);
        }
        UnwindFrameBlockStack(ref loc, preserveTos, stopAtLoop: false);
        if (s.Value is null) EmitLoadConst(null, loc);
        else if (!preserveTos) EmitLoadConst(((Constant)s.Value).Value, loc);
        Emit(OpCode.RETURN_VALUE, 0, loc);
    }

    private void PushFrameBlock(FrameBlockKind kind, BasicBlock block, BasicBlock? exit, object? datum, SourceLocation loc)
    {
        if (_unit.FrameBlocks.Count >= MaxStaticBlocks) throw new Diagnostics.PythonSyntaxError("SyntaxError", "too many statically nested blocks", _filename, loc.Line, loc.Column + 1, loc.EndLine, loc.EndColumn + 1, null);
        _unit.FrameBlocks.Add(new FrameBlock(kind, block, exit, datum, loc));
    }

    private void PopFrameBlock() => _unit.FrameBlocks.RemoveAt(_unit.FrameBlocks.Count - 1);

    private const int MaxStaticBlocks = 20;

    /// <summary>
    /// Emits the clean-up of every enclosing block, innermost first, up to the innermost loop when
    /// <paramref name="stopAtLoop"/>; returns that loop (CPython's <c>compiler_unwind_fblock_stack</c>).
    /// </summary>
    private FrameBlock? UnwindFrameBlockStack(ref SourceLocation loc, bool preserveTos, bool stopAtLoop)
    {
        var blocks = _unit.FrameBlocks;
        if (blocks.Count == 0) return null;
        var top = blocks[^1];
        if (top.Kind == FrameBlockKind.ExceptionGroupHandler)
        {
            throw new Diagnostics.PythonSyntaxError("SyntaxError", "'break', 'continue' and 'return' cannot appear in an except* block", _filename, loc.Line, loc.Column + 1, loc.EndLine, loc.EndColumn + 1, null);
        }
        if (stopAtLoop && top.Kind is FrameBlockKind.WhileLoop or FrameBlockKind.ForLoop) return top;
        blocks.RemoveAt(blocks.Count - 1);
        UnwindFrameBlock(ref loc, top, preserveTos);
        var loop = UnwindFrameBlockStack(ref loc, preserveTos, stopAtLoop);
        blocks.Add(top);
        return loop;
    }

    /// <summary>Emits the clean-up that leaving one enclosing block needs (CPython's <c>compiler_unwind_fblock</c>).</summary>
    private void UnwindFrameBlock(ref SourceLocation loc, FrameBlock block, bool preserveTos)
    {
        switch (block.Kind)
        {
            case FrameBlockKind.WhileLoop or FrameBlockKind.ExceptionHandler or FrameBlockKind.ExceptionGroupHandler
                or FrameBlockKind.AsyncComprehensionGenerator:
                return;
            case FrameBlockKind.ForLoop:
                if (preserveTos) Emit(OpCode.SWAP, 2, loc);
                Emit(OpCode.POP_TOP, 0, loc);
                return;
            case FrameBlockKind.TryExcept:
                Emit(OpCode.POP_BLOCK, 0, loc);
                return;
            case FrameBlockKind.FinallyTry:
                Emit(OpCode.POP_BLOCK, 0, loc);
                if (preserveTos) PushFrameBlock(FrameBlockKind.PopValue, block.Block, null, null, loc);
                VisitStmts((List<Stmt>)block.Datum!);
                if (preserveTos) PopFrameBlock();
                loc = SourceLocation.None;
                return;
            case FrameBlockKind.FinallyEnd:
                if (preserveTos) Emit(OpCode.SWAP, 2, loc);
                Emit(OpCode.POP_TOP, 0, loc);
                if (preserveTos) Emit(OpCode.SWAP, 2, loc);
                Emit(OpCode.POP_BLOCK, 0, loc);
                Emit(OpCode.POP_EXCEPT, 0, loc);
                return;
            case FrameBlockKind.With or FrameBlockKind.AsyncWith:
                loc = block.Location;
                Emit(OpCode.POP_BLOCK, 0, loc);
                if (preserveTos) Emit(OpCode.SWAP, 2, loc);
                CallExitWithNones(loc);
                if (block.Kind == FrameBlockKind.AsyncWith) EmitAwait(2, loc);
                Emit(OpCode.POP_TOP, 0, loc);
                loc = SourceLocation.None;
                return;
            case FrameBlockKind.HandlerCleanup:
                if (block.Datum is not null) Emit(OpCode.POP_BLOCK, 0, loc);
                if (preserveTos) Emit(OpCode.SWAP, 2, loc);
                Emit(OpCode.POP_BLOCK, 0, loc);
                Emit(OpCode.POP_EXCEPT, 0, loc);
                if (block.Datum is string name)
                {
                    EmitLoadConst(null, loc);
                    NameOp(name, ExprContext.Store, loc);
                    NameOp(name, ExprContext.Del, loc);
                }
                return;
            case FrameBlockKind.PopValue:
                if (preserveTos) Emit(OpCode.SWAP, 2, loc);
                Emit(OpCode.POP_TOP, 0, loc);
                return;
        }
    }

    private void CallExitWithNones(SourceLocation loc)
    {
        EmitLoadConst(null, loc);
        EmitLoadConst(null, loc);
        EmitLoadConst(null, loc);
        Emit(OpCode.CALL, 2, loc);
    }

    private void PopExceptAndReraise(SourceLocation loc)
    {
        Emit(OpCode.COPY, 3, loc);
        Emit(OpCode.POP_EXCEPT, 0, loc);
        Emit(OpCode.RERAISE, 1, loc);
    }

    private void VisitTry(Try s)
    {
        if (s.Finalbody.Count > 0) VisitTryFinally(s, s.Body, s.Handlers, s.Finalbody, () => VisitTryExcept(s));
        else VisitTryExcept(s);
    }

    private void VisitTryStar(TryStar s)
    {
        if (s.Finalbody.Count > 0) VisitTryFinally(s, s.Body, s.Handlers, s.Finalbody, () => VisitTryStarExcept(s));
        else VisitTryStarExcept(s);
    }

    private void VisitTryFinally(Stmt s, List<Stmt> tryBody, List<ExceptHandlerBase> handlers, List<Stmt> finalBody, Action visitTryExcept)
    {
        var loc = SourceLocation.Of(s);
        var body = NewBlock();
        var end = NewBlock();
        var exit = NewBlock();
        var cleanup = NewBlock();
        EmitJump(OpCode.SETUP_FINALLY, end, loc);
        UseBlock(body);
        PushFrameBlock(FrameBlockKind.FinallyTry, body, end, finalBody, loc);
        if (handlers.Count > 0) visitTryExcept();
        else VisitStmts(tryBody);
        Emit(OpCode.POP_BLOCK, 0, SourceLocation.None);
        PopFrameBlock();
        VisitStmts(finalBody);
        EmitJump(OpCode.JUMP, exit, SourceLocation.None);

        UseBlock(end);
        EmitJump(OpCode.SETUP_CLEANUP, cleanup, SourceLocation.None);
        Emit(OpCode.PUSH_EXC_INFO, 0, SourceLocation.None);
        PushFrameBlock(FrameBlockKind.FinallyEnd, end, null, null, SourceLocation.None);
        VisitStmts(finalBody);
        PopFrameBlock();
        Emit(OpCode.RERAISE, 0, SourceLocation.None);
        UseBlock(cleanup);
        PopExceptAndReraise(SourceLocation.None);
        UseBlock(exit);
    }

    private void VisitTryExcept(Try s)
    {
        var loc = SourceLocation.Of(s);
        var body = NewBlock();
        var except = NewBlock();
        var end = NewBlock();
        var cleanup = NewBlock();
        EmitJump(OpCode.SETUP_FINALLY, except, loc);
        UseBlock(body);
        PushFrameBlock(FrameBlockKind.TryExcept, body, null, null, loc);
        VisitStmts(s.Body);
        PopFrameBlock();
        Emit(OpCode.POP_BLOCK, 0, SourceLocation.None);
        VisitStmts(s.Orelse);
        EmitJump(OpCode.JUMP, end, SourceLocation.None);

        UseBlock(except);
        EmitJump(OpCode.SETUP_CLEANUP, cleanup, SourceLocation.None);
        Emit(OpCode.PUSH_EXC_INFO, 0, SourceLocation.None);
        PushFrameBlock(FrameBlockKind.ExceptionHandler, except, null, null, loc);
        for (int i = 0; i < s.Handlers.Count; i++)
        {
            var handler = (ExceptHandler)s.Handlers[i];
            var hloc = SourceLocation.Of(handler);
            if (handler.Type is null && i < s.Handlers.Count - 1) throw Error("default 'except:' must be last", handler);
            var nextExcept = NewBlock();
            if (handler.Type is not null)
            {
                VisitExpr(handler.Type);
                Emit(OpCode.CHECK_EXC_MATCH, 0, hloc);
                EmitJump(OpCode.POP_JUMP_IF_FALSE, nextExcept, hloc);
            }
            if (handler.Name is not null)
            {
                var cleanupEnd = NewBlock();
                var cleanupBody = NewBlock();
                NameOp(handler.Name, ExprContext.Store, hloc);
                EmitJump(OpCode.SETUP_CLEANUP, cleanupEnd, hloc);
                UseBlock(cleanupBody);
                PushFrameBlock(FrameBlockKind.HandlerCleanup, cleanupBody, null, handler.Name, hloc);
                VisitStmts(handler.Body);
                PopFrameBlock();
                Emit(OpCode.POP_BLOCK, 0, SourceLocation.None);
                Emit(OpCode.POP_BLOCK, 0, SourceLocation.None);
                Emit(OpCode.POP_EXCEPT, 0, SourceLocation.None);
                EmitLoadConst(null, SourceLocation.None);
                NameOp(handler.Name, ExprContext.Store, SourceLocation.None);
                NameOp(handler.Name, ExprContext.Del, SourceLocation.None);
                EmitJump(OpCode.JUMP, end, SourceLocation.None);

                UseBlock(cleanupEnd);
                EmitLoadConst(null, SourceLocation.None);
                NameOp(handler.Name, ExprContext.Store, SourceLocation.None);
                NameOp(handler.Name, ExprContext.Del, SourceLocation.None);
                Emit(OpCode.RERAISE, 1, SourceLocation.None);
            }
            else
            {
                var cleanupBody = NewBlock();
                Emit(OpCode.POP_TOP, 0, hloc);
                UseBlock(cleanupBody);
                PushFrameBlock(FrameBlockKind.HandlerCleanup, cleanupBody, null, null, hloc);
                VisitStmts(handler.Body);
                PopFrameBlock();
                Emit(OpCode.POP_BLOCK, 0, SourceLocation.None);
                Emit(OpCode.POP_EXCEPT, 0, SourceLocation.None);
                EmitJump(OpCode.JUMP, end, SourceLocation.None);
            }
            UseBlock(nextExcept);
        }
        PopFrameBlock();
        Emit(OpCode.RERAISE, 0, SourceLocation.None);
        UseBlock(cleanup);
        PopExceptAndReraise(SourceLocation.None);
        UseBlock(end);
    }

    private const int IntrinsicPrepReraiseStar = 1;

    /// <summary>
    /// <c>try: ... except* T: ...</c>: each handler takes its matching part of the exception group;
    /// what the handlers raise and what none matched is re-raised together (CPython's <c>compiler_try_star_except</c>).
    /// </summary>
    private void VisitTryStarExcept(TryStar s)
    {
        var loc = SourceLocation.Of(s);
        var body = NewBlock();
        var except = NewBlock();
        var orelse = NewBlock();
        var end = NewBlock();
        var cleanup = NewBlock();
        var reraiseStar = NewBlock();
        EmitJump(OpCode.SETUP_FINALLY, except, loc);
        UseBlock(body);
        PushFrameBlock(FrameBlockKind.TryExcept, body, null, null, loc);
        VisitStmts(s.Body);
        PopFrameBlock();
        Emit(OpCode.POP_BLOCK, 0, SourceLocation.None);
        EmitJump(OpCode.JUMP, orelse, SourceLocation.None);

        UseBlock(except);
        EmitJump(OpCode.SETUP_CLEANUP, cleanup, SourceLocation.None);
        Emit(OpCode.PUSH_EXC_INFO, 0, SourceLocation.None);
        PushFrameBlock(FrameBlockKind.ExceptionGroupHandler, except, null, null, loc);
        int n = s.Handlers.Count;
        for (int i = 0; i < n; i++)
        {
            var handler = (ExceptHandler)s.Handlers[i];
            var hloc = SourceLocation.Of(handler);
            var nextExcept = NewBlock();
            except = nextExcept;
            var exceptWithError = NewBlock();
            var noMatch = NewBlock();
            if (i == 0)
            {
                Emit(OpCode.BUILD_LIST, 0, hloc);
                Emit(OpCode.COPY, 2, hloc);
            }
            if (handler.Type is not null)
            {
                VisitExpr(handler.Type);
                Emit(OpCode.CHECK_EG_MATCH, 0, hloc);
                Emit(OpCode.COPY, 1, hloc);
                EmitJump(OpCode.POP_JUMP_IF_NONE, noMatch, hloc);
            }
            var cleanupEnd = NewBlock();
            var cleanupBody = NewBlock();
            if (handler.Name is not null) NameOp(handler.Name, ExprContext.Store, hloc);
            else Emit(OpCode.POP_TOP, 0, hloc);
            EmitJump(OpCode.SETUP_CLEANUP, cleanupEnd, hloc);
            UseBlock(cleanupBody);
            PushFrameBlock(FrameBlockKind.HandlerCleanup, cleanupBody, null, handler.Name, hloc);
            VisitStmts(handler.Body);
            PopFrameBlock();
            Emit(OpCode.POP_BLOCK, 0, SourceLocation.None);
            if (handler.Name is not null)
            {
                EmitLoadConst(null, SourceLocation.None);
                NameOp(handler.Name, ExprContext.Store, SourceLocation.None);
                NameOp(handler.Name, ExprContext.Del, SourceLocation.None);
            }
            EmitJump(OpCode.JUMP, except, SourceLocation.None);

            UseBlock(cleanupEnd);
            if (handler.Name is not null)
            {
                EmitLoadConst(null, SourceLocation.None);
                NameOp(handler.Name, ExprContext.Store, SourceLocation.None);
                NameOp(handler.Name, ExprContext.Del, SourceLocation.None);
            }
            Emit(OpCode.LIST_APPEND, 3, SourceLocation.None);
            Emit(OpCode.POP_TOP, 0, SourceLocation.None);
            EmitJump(OpCode.JUMP, exceptWithError, SourceLocation.None);

            UseBlock(except);
            Emit(OpCode.NOP, 0, SourceLocation.None);
            EmitJump(OpCode.JUMP, exceptWithError, SourceLocation.None);

            UseBlock(noMatch);
            Emit(OpCode.POP_TOP, 0, hloc);

            UseBlock(exceptWithError);
            if (i == n - 1)
            {
                Emit(OpCode.LIST_APPEND, 1, SourceLocation.None);
                EmitJump(OpCode.JUMP, reraiseStar, SourceLocation.None);
            }
        }
        PopFrameBlock();
        var reraise = NewBlock();
        UseBlock(reraiseStar);
        Emit(OpCode.CALL_INTRINSIC_2, IntrinsicPrepReraiseStar, SourceLocation.None);
        Emit(OpCode.COPY, 1, SourceLocation.None);
        EmitJump(OpCode.POP_JUMP_IF_NOT_NONE, reraise, SourceLocation.None);
        Emit(OpCode.POP_TOP, 0, SourceLocation.None);
        Emit(OpCode.POP_BLOCK, 0, SourceLocation.None);
        Emit(OpCode.POP_EXCEPT, 0, SourceLocation.None);
        EmitJump(OpCode.JUMP, end, SourceLocation.None);
        UseBlock(reraise);
        Emit(OpCode.POP_BLOCK, 0, SourceLocation.None);
        Emit(OpCode.SWAP, 2, SourceLocation.None);
        Emit(OpCode.POP_EXCEPT, 0, SourceLocation.None);
        Emit(OpCode.RERAISE, 0, SourceLocation.None);
        UseBlock(cleanup);
        PopExceptAndReraise(SourceLocation.None);
        UseBlock(orelse);
        VisitStmts(s.Orelse);
        UseBlock(end);
    }

    /// <summary>
    /// <c>with</c> and <c>async with</c>, one item at a time (CPython's <c>compiler_with</c> and
    /// <c>compiler_async_with</c>): the async form awaits <c>__aenter__</c> and <c>__aexit__</c>.
    /// </summary>
    private void VisitWith(Stmt s, List<WithItem> items, List<Stmt> body, int position, bool isAsync)
    {
        var loc = SourceLocation.Of(s);
        if (isAsync && !_unit.IsAsyncFunction) throw Error("'async with' outside async function", s);
        var item = items[position];
        var block = NewBlock();
        var final = NewBlock();
        var exit = NewBlock();
        var cleanup = NewBlock();
        VisitExpr(item.ContextExpr);
        if (isAsync)
        {
            Emit(OpCode.BEFORE_ASYNC_WITH, 0, loc);
            EmitAwait(1, loc);
        }
        else
        {
            Emit(OpCode.BEFORE_WITH, 0, loc);
        }
        EmitJump(OpCode.SETUP_WITH, final, loc);
        UseBlock(block);
        PushFrameBlock(isAsync ? FrameBlockKind.AsyncWith : FrameBlockKind.With, block, final, s, loc);
        if (item.OptionalVars is not null) VisitExpr(item.OptionalVars);
        else Emit(OpCode.POP_TOP, 0, loc);
        if (position + 1 == items.Count) VisitStmts(body);
        else VisitWith(s, items, body, position + 1, isAsync);
        if (isAsync)
        {
            PopFrameBlock();
            Emit(OpCode.POP_BLOCK, 0, loc);
        }
        else
        {
            Emit(OpCode.POP_BLOCK, 0, SourceLocation.None);
            PopFrameBlock();
        }
        CallExitWithNones(loc);
        if (isAsync) EmitAwait(2, loc);
        Emit(OpCode.POP_TOP, 0, loc);
        EmitJump(OpCode.JUMP, exit, loc);

        UseBlock(final);
        EmitJump(OpCode.SETUP_CLEANUP, cleanup, loc);
        Emit(OpCode.PUSH_EXC_INFO, 0, loc);
        Emit(OpCode.WITH_EXCEPT_START, 0, loc);
        if (isAsync) EmitAwait(2, loc);
        WithExceptFinish(cleanup);
        UseBlock(exit);
    }

    /// <summary>GET_AWAITABLE with <paramref name="where"/> (0: an await expression, 1: __aenter__, 2: __aexit__), then the await loop.</summary>
    private void EmitAwait(int where, SourceLocation loc)
    {
        Emit(OpCode.GET_AWAITABLE, where, loc);
        EmitLoadConst(null, loc);
        EmitYieldFrom(loc, await: true);
    }

    private void VisitAsyncFor(AsyncFor s)
    {
        var loc = SourceLocation.Of(s);
        if (!_unit.IsAsyncFunction) throw Error("'async for' outside async function", s);
        var start = NewBlock();
        var except = NewBlock();
        var end = NewBlock();
        VisitExpr(s.Iter);
        Emit(OpCode.GET_AITER, 0, loc);
        UseBlock(start);
        PushFrameBlock(FrameBlockKind.ForLoop, start, end, null, loc);
        EmitJump(OpCode.SETUP_FINALLY, except, loc);
        Emit(OpCode.GET_ANEXT, 0, loc);
        EmitLoadConst(null, loc);
        EmitYieldFrom(loc, await: true);
        Emit(OpCode.POP_BLOCK, 0, loc);
        VisitExpr(s.Target);
        VisitStmts(s.Body);
        EmitJump(OpCode.JUMP, start, SourceLocation.None);
        PopFrameBlock();
        UseBlock(except);
        Emit(OpCode.END_ASYNC_FOR, 0, SourceLocation.Of(s.Iter));
        VisitStmts(s.Orelse);
        UseBlock(end);
    }

    private void WithExceptFinish(BasicBlock cleanup)
    {
        var suppress = NewBlock();
        EmitJump(OpCode.POP_JUMP_IF_TRUE, suppress, SourceLocation.None);
        Emit(OpCode.RERAISE, 2, SourceLocation.None);
        UseBlock(suppress);
        Emit(OpCode.POP_TOP, 0, SourceLocation.None);
        Emit(OpCode.POP_BLOCK, 0, SourceLocation.None);
        Emit(OpCode.POP_EXCEPT, 0, SourceLocation.None);
        Emit(OpCode.POP_TOP, 0, SourceLocation.None);
        Emit(OpCode.POP_TOP, 0, SourceLocation.None);
        var exit = NewBlock();
        EmitJump(OpCode.JUMP, exit, SourceLocation.None);
        UseBlock(cleanup);
        PopExceptAndReraise(SourceLocation.None);
        UseBlock(exit);
    }

    private void VisitFunctionDef(Stmt s, string name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr? returns, List<TypeParam> typeParams)
    {
        var loc = SourceLocation.Of(s);
        foreach (var d in decorators) VisitExpr(d);
        int firstLineNo = decorators.Count > 0 ? decorators[0].Lineno : s.Lineno;
        bool isGeneric = typeParams.Count > 0;
        if (isGeneric) Emit(OpCode.PUSH_NULL, 0, loc);
        int flags = EmitDefaults(args, loc);
        int typeParamArgs = 0;
        if (isGeneric)
        {
            // The defaults travel into the type parameter scope as its arguments .defaults and .kwdefaults.
            if ((flags & 0x01) != 0) typeParamArgs++;
            if ((flags & 0x02) != 0) typeParamArgs++;
            if (typeParamArgs == 2) Emit(OpCode.SWAP, 2, loc);
            EnterTypeParamsScope(s, name, typeParams, firstLineNo);
            for (int i = 0; i < typeParamArgs; i++) Emit(OpCode.LOAD_FAST, i, loc);
        }
        if (EmitAnnotations(args, returns, loc)) flags |= 0x04;

        var scope = _symbols.ScopeFor(s);
        EnterScope(scope, name, s, firstLineNo);
        object? doc = _optimize < 2 ? GetDocString(body) : null;
        _unit.Consts.IndexOf(doc);
        _unit.ArgCount = args.Posonlyargs.Count + args.Args.Count;
        _unit.PosOnlyArgCount = args.Posonlyargs.Count;
        _unit.KwOnlyArgCount = args.Kwonlyargs.Count;
        for (int i = doc is not null ? 1 : 0; i < body.Count; i++) VisitStmt(body[i]);
        if (scope.IsGenerator || scope.IsCoroutine) WrapInStopIterationHandler();
        AddReturnAtEnd();
        var code = ExitScope();

        MakeClosure(code, flags, loc);
        if (isGeneric)
        {
            Emit(OpCode.SWAP, 2, loc);
            Emit(OpCode.CALL_INTRINSIC_2, IntrinsicSetFunctionTypeParams, loc);
            _unit.ArgCount = typeParamArgs;
            CallTypeParamsScope(typeParamArgs, loc);
        }
        for (int i = decorators.Count - 1; i >= 0; i--) Emit(OpCode.CALL, 0, SourceLocation.Of(decorators[i]));
        NameOp(name, ExprContext.Store, loc);
    }

    /// <summary>Pushes the (name, annotation) pairs as a tuple; returns whether there were any (CPython's <c>compiler_visit_annotations</c>).</summary>
    private bool EmitAnnotations(Arguments args, Expr? returns, SourceLocation loc)
    {
        int count = 0;
        foreach (var a in args.Args) count += EmitAnnotation(a.Name, a.Annotation, loc);
        foreach (var a in args.Posonlyargs) count += EmitAnnotation(a.Name, a.Annotation, loc);
        if (args.Vararg is not null) count += EmitAnnotation(args.Vararg.Name, args.Vararg.Annotation, loc);
        foreach (var a in args.Kwonlyargs) count += EmitAnnotation(a.Name, a.Annotation, loc);
        if (args.Kwarg is not null) count += EmitAnnotation(args.Kwarg.Name, args.Kwarg.Annotation, loc);
        count += EmitAnnotation("return", returns, loc);
        if (count == 0) return false;
        Emit(OpCode.BUILD_TUPLE, count, loc);
        return true;
    }

    private int EmitAnnotation(string name, Expr? annotation, SourceLocation loc)
    {
        if (annotation is null) return 0;
        EmitLoadConst(Mangling.Mangle(_unit.Private, name), loc);
        if (_future.Annotations)
        {
            VisitAnnotationExpr(annotation);
        }
        else if (annotation is Starred starred)
        {
            VisitExpr(starred.Value);
            Emit(OpCode.UNPACK_SEQUENCE, 1, loc);
        }
        else
        {
            VisitExpr(annotation);
        }
        return 2;
    }

    /// <summary>Pushes the defaults tuple and keyword-only defaults dict; returns the MAKE_FUNCTION flags they need.</summary>
    private int EmitDefaults(Arguments args, SourceLocation loc)
    {
        int flags = 0;
        if (args.Defaults.Count > 0)
        {
            foreach (var d in args.Defaults) VisitExpr(d);
            Emit(OpCode.BUILD_TUPLE, args.Defaults.Count, loc);
            flags |= 0x01;
        }
        var keys = new List<object?>();
        for (int i = 0; i < args.Kwonlyargs.Count; i++)
        {
            var d = args.KwDefaults[i];
            if (d is null) continue;
            keys.Add(Mangling.Mangle(_unit.Private, args.Kwonlyargs[i].Name));
            VisitExpr(d);
        }
        if (keys.Count > 0)
        {
            EmitLoadConst(new ConstTuple(keys.ToArray()), loc);
            Emit(OpCode.BUILD_CONST_KEY_MAP, keys.Count, loc);
            flags |= 0x02;
        }
        return flags;
    }

    private void MakeClosure(CodeObject code, int flags, SourceLocation loc)
    {
        int free = 0;
        for (int i = 0; i < code.LocalsPlusKinds.Length; i++)
        {
            if ((code.LocalsPlusKinds[i] & LocalKind.Free) == 0) continue;
            Emit(OpCode.LOAD_CLOSURE, ClosureIndex(code.LocalsPlusNames[i]), loc);
            free++;
        }
        if (free > 0)
        {
            Emit(OpCode.BUILD_TUPLE, free, loc);
            flags |= 0x08;
        }
        EmitLoadConst(code, loc);
        Emit(OpCode.MAKE_FUNCTION, flags, loc);
    }

    /// <summary>Where a closure's free variable comes from here: a cell, or a free variable passed on (CPython's <c>get_ref_type</c>).</summary>
    private int ClosureIndex(string name)
    {
        if (_unit.Scope.Kind == ScopeKind.Class && name is "__class__" or "__classdict__") return _unit.CellIndex(name);
        return _unit.ScopeOf(name) switch
        {
            SymbolScope.Cell => _unit.CellIndex(name),
            SymbolScope.Free => _unit.FreeIndex(name),
            _ => _unit.DerefIndex(name),
        };
    }

    private void VisitClassDef(ClassDef s)
    {
        var loc = SourceLocation.Of(s);
        foreach (var d in s.DecoratorList) VisitExpr(d);
        int firstLineNo = s.DecoratorList.Count > 0 ? s.DecoratorList[0].Lineno : s.Lineno;
        bool isGeneric = s.TypeParams.Count > 0;
        if (isGeneric)
        {
            // As CPython does, the defining unit keeps mangling with this class's name afterwards.
            _unit.Private = s.Name;
            Emit(OpCode.PUSH_NULL, 0, loc);
            EnterTypeParamsScope(s, s.Name, s.TypeParams, firstLineNo);
            NameOp(".type_params", ExprContext.Store, loc);
        }

        var scope = _symbols.ScopeFor(s);
        EnterScope(scope, s.Name, s, firstLineNo);
        _unit.Private = s.Name;
        var bodyLoc = new SourceLocation(firstLineNo, firstLineNo, 0, 0);
        NameOp("__name__", ExprContext.Load, bodyLoc);
        NameOp("__module__", ExprContext.Store, bodyLoc);
        EmitLoadConst(_unit.QualName, bodyLoc);
        NameOp("__qualname__", ExprContext.Store, bodyLoc);
        if (isGeneric)
        {
            NameOp(".type_params", ExprContext.Load, bodyLoc);
            NameOp("__type_params__", ExprContext.Store, bodyLoc);
        }
        if (scope.NeedsClassDict)
        {
            Emit(OpCode.LOAD_LOCALS, 0, bodyLoc);
            Emit(OpCode.STORE_DEREF, _unit.CellIndex("__classdict__"), bodyLoc);
        }
        CompileBody(s.Body, isModule: false, bodyLoc);
        if (scope.NeedsClassDict)
        {
            Emit(OpCode.LOAD_CLOSURE, _unit.CellIndex("__classdict__"), SourceLocation.None);
            NameOp("__classdictcell__", ExprContext.Store, SourceLocation.None);
        }
        if (scope.NeedsClassClosure)
        {
            Emit(OpCode.LOAD_CLOSURE, _unit.DerefIndex("__class__"), SourceLocation.None);
            Emit(OpCode.COPY, 1, SourceLocation.None);
            Emit(OpCode.STORE_NAME, _unit.Names.IndexOf("__classcell__"), SourceLocation.None);
        }
        else
        {
            EmitLoadConst(null, SourceLocation.None);
        }
        Emit(OpCode.RETURN_VALUE, 0, SourceLocation.None);
        var code = ExitScope();

        Emit(OpCode.PUSH_NULL, 0, loc);
        Emit(OpCode.LOAD_BUILD_CLASS, 0, loc);
        MakeClosure(code, 0, loc);
        EmitLoadConst(s.Name, loc);
        if (isGeneric)
        {
            NameOp(".type_params", ExprContext.Load, loc);
            Emit(OpCode.CALL_INTRINSIC_1, IntrinsicSubscriptGeneric, loc);
            NameOp(".generic_base", ExprContext.Store, loc);
            var bases = new List<Expr>(s.Bases.Count + 1);
            bases.AddRange(s.Bases);
            var genericBase = new Name { Id = ".generic_base", Ctx = ExprContext.Load };
            genericBase.CopyLocation(s);
            bases.Add(genericBase);
            CallHelper(2, bases, s.Keywords, loc);
            CallTypeParamsScope(0, loc);
        }
        else
        {
            CallHelper(2, s.Bases, s.Keywords, loc);
        }
        for (int i = s.DecoratorList.Count - 1; i >= 0; i--) Emit(OpCode.CALL, 0, SourceLocation.Of(s.DecoratorList[i]));
        NameOp(s.Name, ExprContext.Store, loc);
    }

    private void VisitImport(Import s)
    {
        var loc = SourceLocation.Of(s);
        foreach (var alias in s.Names)
        {
            EmitLoadConst(System.Numerics.BigInteger.Zero, loc);
            EmitLoadConst(null, loc);
            Emit(OpCode.IMPORT_NAME, NameIndex(alias.Name), loc);
            if (alias.Asname is not null)
            {
                ImportAs(alias.Name, alias.Asname, loc);
            }
            else
            {
                int dot = alias.Name.IndexOf('.');
                NameOp(dot >= 0 ? alias.Name[..dot] : alias.Name, ExprContext.Store, loc);
            }
        }
    }

    /// <summary>Binds <c>import a.b.c as d</c>: the IMPORT_NAME result is <c>a</c>, so walk the attributes with IMPORT_FROM.</summary>
    private void ImportAs(string name, string asName, SourceLocation loc)
    {
        int dot = name.IndexOf('.');
        if (dot >= 0)
        {
            while (true)
            {
                int pos = dot + 1;
                dot = name.IndexOf('.', pos);
                Emit(OpCode.IMPORT_FROM, _unit.Names.IndexOf(name[pos..(dot >= 0 ? dot : name.Length)]), loc);
                if (dot < 0) break;
                Emit(OpCode.SWAP, 2, loc);
                Emit(OpCode.POP_TOP, 0, loc);
            }
            NameOp(asName, ExprContext.Store, loc);
            Emit(OpCode.POP_TOP, 0, loc);
            return;
        }
        NameOp(asName, ExprContext.Store, loc);
    }

    private void VisitImportFrom(ImportFrom s)
    {
        var loc = SourceLocation.Of(s);
        if (s.Module == "__future__" && _future.IsMisplaced(s))
        {
            throw Error("from __future__ imports must occur at the beginning of the file", s);
        }
        var names = new object?[s.Names.Count];
        for (int i = 0; i < names.Length; i++) names[i] = s.Names[i].Name;
        EmitLoadConst(new System.Numerics.BigInteger(s.Level ?? 0), loc);
        EmitLoadConst(new ConstTuple(names), loc);
        Emit(OpCode.IMPORT_NAME, NameIndex(s.Module ?? ""), loc);
        if (s.Names.Count == 1 && s.Names[0].Name == "*")
        {
            Emit(OpCode.CALL_INTRINSIC_1, 2, loc);
            Emit(OpCode.POP_TOP, 0, loc);
            return;
        }
        foreach (var alias in s.Names)
        {
            Emit(OpCode.IMPORT_FROM, NameIndex(alias.Name), loc);
            NameOp(alias.Asname ?? alias.Name, ExprContext.Store, loc);
        }
        Emit(OpCode.POP_TOP, 0, loc);
    }

    private void VisitRaise(Raise s)
    {
        var loc = SourceLocation.Of(s);
        int n = 0;
        if (s.Exc is not null)
        {
            VisitExpr(s.Exc);
            n++;
            if (s.Cause is not null)
            {
                VisitExpr(s.Cause);
                n++;
            }
        }
        Emit(OpCode.RAISE_VARARGS, n, loc);
    }

    private void VisitAssert(Assert s)
    {
        if (s.Test is TupleExpr { Elts.Count: > 0 } or Constant { Value: ConstTuple { Items.Length: > 0 } })
        {
            Warn("assertion is always true, perhaps remove parentheses?", s);
        }
        if (_optimize > 0) return;
        var loc = SourceLocation.Of(s);
        var end = NewBlock();
        JumpIf(s.Test, end, true);
        Emit(OpCode.LOAD_ASSERTION_ERROR, 0, loc);
        if (s.Msg is not null)
        {
            VisitExpr(s.Msg);
            Emit(OpCode.CALL, 0, loc);
        }
        Emit(OpCode.RAISE_VARARGS, 1, loc);
        UseBlock(end);
    }
}
