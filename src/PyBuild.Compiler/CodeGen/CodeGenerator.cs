using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.FlowGraph;
using PyBuild.Compiler.Symbols;
using PyBuild.Compiler.Syntax;

namespace PyBuild.Compiler.CodeGen;

/// <summary>
/// Turns an optimised AST into code objects, one compiler unit per scope (CPython's compile.c).
/// Statements and expressions live in the partial files beside this one.
/// </summary>
internal sealed partial class CodeGenerator
{
    private readonly SymbolTable _symbols;
    private readonly string _filename;
    private readonly int _optimize;
    private readonly FutureFeatures _future;
    private readonly IList<Parsing.ParserWarning>? _warnings;
    private readonly List<CompilerUnit> _stack = new();
    private CompilerUnit _unit = null!;

    private CodeGenerator(SymbolTable symbols, string filename, int optimize, FutureFeatures future, IList<Parsing.ParserWarning>? warnings)
    {
        _warnings = warnings;
        _symbols = symbols;
        _filename = filename;
        _optimize = optimize;
        _future = future;
    }

    /// <summary>Compiles a module (or expression) to its code object.</summary>
    public static CodeObject Compile(Mod module, SymbolTable symbols, string filename, int optimize, FutureFeatures future, IList<Parsing.ParserWarning>? warnings)
    {
        var generator = new CodeGenerator(symbols, filename, optimize, future, warnings);
        return generator.CompileTop(module);
    }

    private CodeObject CompileTop(Mod module)
    {
        EnterScope(_symbols.Top, "<module>", module, 1);
        switch (module)
        {
            case Module m:
                CompileBody(m.Body, isModule: true, new SourceLocation(1, 1, 0, 0));
                Emit(OpCode.LOAD_CONST, _unit.Consts.IndexOf(null), SourceLocation.None);
                Emit(OpCode.RETURN_VALUE, 0, SourceLocation.None);
                break;
            case Expression e:
                VisitExpr(e.Body);
                Emit(OpCode.RETURN_VALUE, 0, SourceLocation.None);
                break;
            default:
                throw new NotSupportedException($"not supported yet: compiling {module.AstName}");
        }
        return ExitScope();
    }

    private void EnterScope(Scope scope, string name, Node node, int firstLineNo)
    {
        string qualName = QualifiedName(scope, name);
        var unit = new CompilerUnit(scope, name, qualName, firstLineNo)
        {
            IsAsyncFunction = node is AsyncFunctionDef,
            Private = _stack.Count > 0 ? _stack[^1].Private : null,
        };
        _stack.Add(unit);
        _unit = unit;
        var location = scope.Kind == ScopeKind.Module
            ? new SourceLocation(0, firstLineNo, 0, 0)
            : new SourceLocation(firstLineNo, firstLineNo, 0, 0);
        Emit(OpCode.RESUME, 0, location);
    }

    private CodeObject ExitScope()
    {
        var unit = _unit;
        _stack.RemoveAt(_stack.Count - 1);
        _unit = _stack.Count > 0 ? _stack[^1] : null!;
        return CodeBuilder.Build(unit, _filename, ComputeFlags(unit) | _future.Flags);
    }

    /// <summary>The qualified name of a new unit (CPython's <c>compiler_set_qualname</c>).</summary>
    private string QualifiedName(Scope scope, string name)
    {
        if (_stack.Count == 0) return name;
        var parent = _stack[^1];
        if (parent.Scope.Kind == ScopeKind.Module) return name;
        // Type parameter scopes are invisible in qualified names: look through to their parent.
        if (IsTypeParamsUnit(parent.Scope))
        {
            if (_stack.Count == 2) return name;
            parent = _stack[^2];
        }
        if (scope.Kind is ScopeKind.Function or ScopeKind.Class or ScopeKind.TypeAlias)
        {
            string mangled = Mangling.Mangle(parent.Private, name);
            if (parent.Scope.ScopeOf(mangled) == SymbolScope.GlobalExplicit) return name;
        }
        bool parentIsFunction = parent.Scope.Kind == ScopeKind.TypeAlias
            || (parent.Scope.Kind == ScopeKind.Function && parent.Scope.Comprehension == ComprehensionKind.None);
        return parentIsFunction
            ? parent.QualName + ".<locals>." + name
            : parent.QualName + "." + name;
    }

    /// <summary>Whether the scope compiles as CPython's <c>COMPILER_SCOPE_TYPEPARAMS</c> (type parameters and TypeVar bounds).</summary>
    private static bool IsTypeParamsUnit(Scope scope) => scope.Kind is ScopeKind.TypeParameters or ScopeKind.TypeVarBound;

    private static CodeFlags ComputeFlags(CompilerUnit unit)
    {
        var scope = unit.Scope;
        var flags = CodeFlags.None;
        if (scope.IsFunctionLike)
        {
            flags |= CodeFlags.Optimized | CodeFlags.NewLocals;
            if (scope.IsNested) flags |= CodeFlags.Nested;
            if (scope.IsGenerator && scope.IsCoroutine) flags |= CodeFlags.AsyncGenerator;
            else if (scope.IsGenerator) flags |= CodeFlags.Generator;
            else if (scope.IsCoroutine) flags |= CodeFlags.Coroutine;
            if (scope.HasVarArgs) flags |= CodeFlags.VarArgs;
            if (scope.HasVarKeywords) flags |= CodeFlags.VarKeywords;
        }
        return flags;
    }

    private void Emit(OpCode op, int arg, SourceLocation location) => _unit.Graph.Add(op, arg, location);

    private void EmitJump(OpCode op, BasicBlock target, SourceLocation location) =>
        _unit.Graph.Add(new Instruction(op, 0, location, target));

    private BasicBlock NewBlock() => _unit.Graph.NewBlock();

    private void UseBlock(BasicBlock block) => _unit.Graph.UseBlock(block);

    private void EmitLoadConst(object? value, SourceLocation location) =>
        Emit(OpCode.LOAD_CONST, _unit.Consts.IndexOf(value), location);

    private int NameIndex(string name) => _unit.Names.IndexOf(Mangling.Mangle(_unit.Private, name));

    private PythonSyntaxError Error(string message, LocatedNode at) =>
        new("SyntaxError", message, _filename, at.Lineno, at.ColOffset + 1, at.EndLineno, at.EndColOffset + 1, null);

    private static NotSupportedException NotSupported(string what) => new($"not supported yet: {what}");

    private void Warn(string message, LocatedNode at) => _warnings?.Add(new Parsing.ParserWarning("SyntaxWarning", message, at.Lineno));

    /// <summary><c>x is 1</c> compares identity with a literal: CPython warns (its <c>check_compare</c>).</summary>
    private void CheckCompare(Compare c)
    {
        var leftExpr = c.Left;
        bool left = IsIdentityOperand(leftExpr);
        for (int i = 0; i < c.Ops.Count; i++)
        {
            var rightExpr = c.Comparators[i];
            bool right = IsIdentityOperand(rightExpr);
            if (c.Ops[i] is CompareOperator.Is or CompareOperator.IsNot && (!left || !right))
            {
                var literal = (Constant)(!left ? leftExpr : rightExpr);
                Warn(c.Ops[i] == CompareOperator.Is
                    ? $"\"is\" with '{TypeName(literal.Value)}' literal. Did you mean \"==\"?"
                    : $"\"is not\" with '{TypeName(literal.Value)}' literal. Did you mean \"!=\"?", c);
                return;
            }
            left = right;
            leftExpr = rightExpr;
        }
    }

    /// <summary>Calling a literal, as in <c>[1, 2] (3, 4)</c> with a missing comma (CPython's <c>check_caller</c>).</summary>
    private void CheckCaller(Expr func)
    {
        if (func is Constant or TupleExpr or ListExpr or ListComp or DictExpr or DictComp or SetExpr or SetComp
            or GeneratorExp or JoinedStr or FormattedValue)
        {
            Warn($"'{InferredTypeName(func)}' object is not callable; perhaps you missed a comma?", func);
        }
    }

    /// <summary>Subscripting or indexing a literal in a way that must fail (CPython's <c>check_subscripter</c> and <c>check_index</c>).</summary>
    private void CheckSubscript(Subscript s)
    {
        var e = s.Value;
        bool notSubscriptable = e switch
        {
            Constant { Value: var v } => v is null or ConstEllipsis or System.Numerics.BigInteger or double or System.Numerics.Complex or ConstFrozenSet,
            SetExpr or SetComp or GeneratorExp or Lambda => true,
            _ => false,
        };
        if (notSubscriptable)
        {
            Warn($"'{InferredTypeName(e)}' object is not subscriptable; perhaps you missed a comma?", e);
            return;
        }
        string? indexType = s.Slice is Slice ? null : InferredTypeNameOrNull(s.Slice);
        if (indexType is null or "int" or "bool") return;
        bool sequence = e switch
        {
            Constant { Value: var v } => v is string or ConstSurrogateStr or byte[] or ConstTuple,
            TupleExpr or ListExpr or ListComp or JoinedStr or FormattedValue => true,
            _ => false,
        };
        if (sequence) Warn($"{InferredTypeName(e)} indices must be integers or slices, not {indexType}; perhaps you missed a comma?", e);
    }

    private static string InferredTypeName(Expr e) => InferredTypeNameOrNull(e) ?? "object";

    /// <summary>The type a literal expression has for sure (CPython's <c>infer_type</c>), or null.</summary>
    private static string? InferredTypeNameOrNull(Expr e) => e switch
    {
        TupleExpr => "tuple",
        ListExpr or ListComp => "list",
        DictExpr or DictComp => "dict",
        SetExpr or SetComp => "set",
        GeneratorExp => "generator",
        Lambda => "function",
        JoinedStr or FormattedValue => "str",
        Constant { Value: var v } => v switch
        {
            null => "NoneType",
            bool => "bool",
            ConstEllipsis => "ellipsis",
            _ => TypeName(v),
        },
        _ => null,
    };

    private static bool IsIdentityOperand(Expr e) => e is not Constant { Value: var v } || v is null or bool or ConstEllipsis;

    private static string TypeName(object? value) => value switch
    {
        System.Numerics.BigInteger => "int",
        double => "float",
        System.Numerics.Complex => "complex",
        string or ConstSurrogateStr => "str",
        byte[] => "bytes",
        ConstTuple => "tuple",
        ConstFrozenSet => "frozenset",
        _ => "object",
    };

    /// <summary>The docstring, a str constant, when the body starts with one.</summary>
    private static object? GetDocString(List<Stmt> body) =>
        body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: var doc } } && StrConstant.IsStr(doc) ? doc : null;

    /// <summary>Loads, stores or deletes a name with the opcode its scope calls for (CPython's <c>compiler_nameop</c>).</summary>
    private void NameOp(string name, ExprContext ctx, SourceLocation location)
    {
        string mangled = Mangling.Mangle(_unit.Private, name);
        var scope = _unit.Scope;
        var kind = _unit.ScopeOf(mangled);
        bool isClass = scope.Kind == ScopeKind.Class;
        switch (kind)
        {
            case SymbolScope.Free:
            case SymbolScope.Cell:
                // A name can be both a cell (of an inlined comprehension) and free: its scope picks which.
                int deref = kind == SymbolScope.Free ? _unit.FreeIndex(mangled) : _unit.CellIndex(mangled);
                if (ctx == ExprContext.Load)
                {
                    if (isClass && _unit.InInlinedComprehension == 0)
                    {
                        Emit(OpCode.LOAD_LOCALS, 0, location);
                        Emit(OpCode.LOAD_FROM_DICT_OR_DEREF, deref, location);
                    }
                    else if (scope.CanSeeClassScope)
                    {
                        Emit(OpCode.LOAD_DEREF, _unit.FreeIndex("__classdict__"), location);
                        Emit(OpCode.LOAD_FROM_DICT_OR_DEREF, deref, location);
                    }
                    else
                    {
                        Emit(OpCode.LOAD_DEREF, deref, location);
                    }
                }
                else
                {
                    Emit(ctx == ExprContext.Store ? OpCode.STORE_DEREF : OpCode.DELETE_DEREF, deref, location);
                }
                return;
            case SymbolScope.Local when scope.IsFunctionLike || (_unit.FastHidden.TryGetValue(mangled, out bool hidden) && hidden):
                Emit(ctx switch { ExprContext.Load => OpCode.LOAD_FAST, ExprContext.Store => OpCode.STORE_FAST, _ => OpCode.DELETE_FAST },
                    _unit.VarNames.IndexOf(mangled), location);
                return;
            case SymbolScope.GlobalImplicit when scope.IsFunctionLike:
            case SymbolScope.GlobalExplicit:
                int index = _unit.Names.IndexOf(mangled);
                if (ctx == ExprContext.Load && scope.CanSeeClassScope && kind == SymbolScope.GlobalImplicit)
                {
                    Emit(OpCode.LOAD_DEREF, _unit.FreeIndex("__classdict__"), location);
                    Emit(OpCode.LOAD_FROM_DICT_OR_GLOBALS, index, location);
                }
                else if (ctx == ExprContext.Load) Emit(OpCode.LOAD_GLOBAL, index << 1, location);
                else Emit(ctx == ExprContext.Store ? OpCode.STORE_GLOBAL : OpCode.DELETE_GLOBAL, index, location);
                return;
            default:
                int nameIndex = _unit.Names.IndexOf(mangled);
                if (ctx == ExprContext.Load && isClass && _unit.InInlinedComprehension > 0) Emit(OpCode.LOAD_GLOBAL, nameIndex << 1, location);
                else Emit(ctx switch { ExprContext.Load => OpCode.LOAD_NAME, ExprContext.Store => OpCode.STORE_NAME, _ => OpCode.DELETE_NAME }, nameIndex, location);
                return;
        }
    }
}
