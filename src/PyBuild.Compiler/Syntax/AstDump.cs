using System.Runtime.CompilerServices;
using System.Text;

namespace PyBuild.Compiler.Syntax;

/// <summary>
/// The text of CPython 3.12's <c>ast.dump(node, annotate_fields=True, include_attributes, indent)</c>,
/// character for character: fields in ASDL order, optional fields that are <c>None</c> left out,
/// constants as their <c>repr()</c>, and a node kept on one line when it has at most three
/// simple fields.
/// </summary>
public sealed class AstDump
{
    private static readonly string[] ContextNames = ["Load()", "Store()", "Del()"];
    private static readonly string[] BoolOperatorNames = ["And()", "Or()"];
    private static readonly string[] OperatorNames =
        ["Add()", "Sub()", "Mult()", "MatMult()", "Div()", "Mod()", "Pow()", "LShift()", "RShift()", "BitOr()", "BitXor()", "BitAnd()", "FloorDiv()"];
    private static readonly string[] UnaryOperatorNames = ["Invert()", "Not()", "UAdd()", "USub()"];
    private static readonly string[] CompareOperatorNames =
        ["Eq()", "NotEq()", "Lt()", "LtE()", "Gt()", "GtE()", "Is()", "IsNot()", "In()", "NotIn()"];

    private readonly bool _includeAttributes;
    private readonly string? _indent;
    private readonly int _maxDepth;
    private int _depth;

    private AstDump(bool includeAttributes, string? indent, int maxDepth)
    {
        _includeAttributes = includeAttributes;
        _indent = indent;
        _maxDepth = maxDepth;
    }

    /// <summary>
    /// <c>ast.dump(node, include_attributes=includeAttributes, indent=indent)</c>; a null indent is
    /// the one-line form, and a number of spaces below one gives newlines without indentation.
    /// </summary>
    public static string Dump(Node node, bool includeAttributes = false, int? indent = null)
        => Dump(node, includeAttributes, indent is int n ? new string(' ', Math.Max(n, 0)) : null);

    /// <summary>
    /// <c>ast.dump</c> with a string indent, as CPython allows. Nodes nested deeper than
    /// <paramref name="maxDepth"/> (or than the thread's stack allows) throw
    /// <see cref="InsufficientExecutionStackException"/>, where CPython raises RecursionError.
    /// </summary>
    public static string Dump(Node node, bool includeAttributes, string? indent, int maxDepth = int.MaxValue)
        => new AstDump(includeAttributes, indent, maxDepth).FormatNode(node, 0).Text;

    private readonly record struct Formatted(string Text, bool Simple);

    private static Formatted Simple(string text) => new(text, true);

    /// <summary>The formatted fields of one node, in order, with whether all of them were simple.</summary>
    private sealed class FieldList
    {
        public readonly List<string> Items = new();
        public bool AllSimple = true;

        public void Add(string name, Formatted value)
        {
            Items.Add(name + "=" + value.Text);
            AllSimple &= value.Simple;
        }
    }

    private Formatted FormatNode(Node? node, int level)
    {
        if (node == null) return Simple("None");
        if (_indent != null) level++;
        if (++_depth > _maxDepth) throw new InsufficientExecutionStackException("maximum recursion depth exceeded during ast construction");
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var f = new FieldList();
        AddFields(node, f, level);
        _depth--;
        if (_includeAttributes && node is LocatedNode located)
        {
            f.Add("lineno", Simple(ConstantRepr.Repr(located.Lineno)));
            f.Add("col_offset", Simple(ConstantRepr.Repr(located.ColOffset)));
            f.Add("end_lineno", Simple(ConstantRepr.Repr(located.EndLineno)));
            f.Add("end_col_offset", Simple(ConstantRepr.Repr(located.EndColOffset)));
        }
        var sb = new StringBuilder();
        sb.Append(node.AstName).Append('(');
        if (f.AllSimple && f.Items.Count <= 3)
        {
            AppendJoined(sb, ", ", f.Items);
            sb.Append(')');
            return new Formatted(sb.ToString(), f.Items.Count == 0);
        }
        AppendPrefix(sb, level);
        AppendJoined(sb, Separator(level), f.Items);
        sb.Append(')');
        return new Formatted(sb.ToString(), false);
    }

    private void AppendPrefix(StringBuilder sb, int level)
    {
        if (_indent == null) return;
        sb.Append('\n');
        for (int i = 0; i < level; i++) sb.Append(_indent);
    }

    private string Separator(int level)
    {
        if (_indent == null) return ", ";
        var sb = new StringBuilder(",\n");
        for (int i = 0; i < level; i++) sb.Append(_indent);
        return sb.ToString();
    }

    private static void AppendJoined(StringBuilder sb, string separator, List<string> items)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(separator);
            sb.Append(items[i]);
        }
    }

    private Formatted NodeList<T>(List<T> list, int level) where T : Node?
    {
        if (list.Count == 0) return Simple("[]");
        if (_indent != null) level++;
        var items = new List<string>(list.Count);
        foreach (T item in list) items.Add(FormatNode(item, level).Text);
        return WrapList(items, level);
    }

    private Formatted StrList(List<string> list, int level)
    {
        if (list.Count == 0) return Simple("[]");
        if (_indent != null) level++;
        var items = new List<string>(list.Count);
        foreach (string item in list) items.Add(ConstantRepr.Repr(item));
        return WrapList(items, level);
    }

    private Formatted EnumList(List<CompareOperator> list, string[] names, int level)
    {
        if (list.Count == 0) return Simple("[]");
        if (_indent != null) level++;
        var items = new List<string>(list.Count);
        foreach (CompareOperator item in list) items.Add(names[(int)item]);
        return WrapList(items, level);
    }

    private Formatted WrapList(List<string> items, int level)
    {
        var sb = new StringBuilder("[");
        AppendPrefix(sb, level);
        AppendJoined(sb, Separator(level), items);
        sb.Append(']');
        return new Formatted(sb.ToString(), false);
    }

    private void AddFields(Node node, FieldList f, int level)
    {
        switch (node)
        {
            case AnnAssign n:
                f.Add("target", FormatNode(n.Target, level));
                f.Add("annotation", FormatNode(n.Annotation, level));
                if (n.Value != null) f.Add("value", FormatNode(n.Value, level));
                f.Add("simple", Simple(ConstantRepr.Repr(n.Simple)));
                break;
            case Assert n:
                f.Add("test", FormatNode(n.Test, level));
                if (n.Msg != null) f.Add("msg", FormatNode(n.Msg, level));
                break;
            case Assign n:
                f.Add("targets", NodeList(n.Targets, level));
                f.Add("value", FormatNode(n.Value, level));
                if (n.TypeComment != null) f.Add("type_comment", Simple(ConstantRepr.Repr(n.TypeComment)));
                break;
            case AsyncFor n:
                f.Add("target", FormatNode(n.Target, level));
                f.Add("iter", FormatNode(n.Iter, level));
                f.Add("body", NodeList(n.Body, level));
                f.Add("orelse", NodeList(n.Orelse, level));
                if (n.TypeComment != null) f.Add("type_comment", Simple(ConstantRepr.Repr(n.TypeComment)));
                break;
            case AsyncFunctionDef n:
                f.Add("name", Simple(ConstantRepr.Repr(n.Name)));
                f.Add("args", FormatNode(n.Args, level));
                f.Add("body", NodeList(n.Body, level));
                f.Add("decorator_list", NodeList(n.DecoratorList, level));
                if (n.Returns != null) f.Add("returns", FormatNode(n.Returns, level));
                if (n.TypeComment != null) f.Add("type_comment", Simple(ConstantRepr.Repr(n.TypeComment)));
                f.Add("type_params", NodeList(n.TypeParams, level));
                break;
            case AsyncWith n:
                f.Add("items", NodeList(n.Items, level));
                f.Add("body", NodeList(n.Body, level));
                if (n.TypeComment != null) f.Add("type_comment", Simple(ConstantRepr.Repr(n.TypeComment)));
                break;
            case AugAssign n:
                f.Add("target", FormatNode(n.Target, level));
                f.Add("op", Simple(OperatorNames[(int)n.Op]));
                f.Add("value", FormatNode(n.Value, level));
                break;
            case Break n:
                break;
            case ClassDef n:
                f.Add("name", Simple(ConstantRepr.Repr(n.Name)));
                f.Add("bases", NodeList(n.Bases, level));
                f.Add("keywords", NodeList(n.Keywords, level));
                f.Add("body", NodeList(n.Body, level));
                f.Add("decorator_list", NodeList(n.DecoratorList, level));
                f.Add("type_params", NodeList(n.TypeParams, level));
                break;
            case Continue n:
                break;
            case Delete n:
                f.Add("targets", NodeList(n.Targets, level));
                break;
            case ExprStmt n:
                f.Add("value", FormatNode(n.Value, level));
                break;
            case For n:
                f.Add("target", FormatNode(n.Target, level));
                f.Add("iter", FormatNode(n.Iter, level));
                f.Add("body", NodeList(n.Body, level));
                f.Add("orelse", NodeList(n.Orelse, level));
                if (n.TypeComment != null) f.Add("type_comment", Simple(ConstantRepr.Repr(n.TypeComment)));
                break;
            case FunctionDef n:
                f.Add("name", Simple(ConstantRepr.Repr(n.Name)));
                f.Add("args", FormatNode(n.Args, level));
                f.Add("body", NodeList(n.Body, level));
                f.Add("decorator_list", NodeList(n.DecoratorList, level));
                if (n.Returns != null) f.Add("returns", FormatNode(n.Returns, level));
                if (n.TypeComment != null) f.Add("type_comment", Simple(ConstantRepr.Repr(n.TypeComment)));
                f.Add("type_params", NodeList(n.TypeParams, level));
                break;
            case Global n:
                f.Add("names", StrList(n.Names, level));
                break;
            case If n:
                f.Add("test", FormatNode(n.Test, level));
                f.Add("body", NodeList(n.Body, level));
                f.Add("orelse", NodeList(n.Orelse, level));
                break;
            case Import n:
                f.Add("names", NodeList(n.Names, level));
                break;
            case ImportFrom n:
                if (n.Module != null) f.Add("module", Simple(ConstantRepr.Repr(n.Module)));
                f.Add("names", NodeList(n.Names, level));
                if (n.Level != null) f.Add("level", Simple(ConstantRepr.Repr(n.Level.Value)));
                break;
            case Match n:
                f.Add("subject", FormatNode(n.Subject, level));
                f.Add("cases", NodeList(n.Cases, level));
                break;
            case Nonlocal n:
                f.Add("names", StrList(n.Names, level));
                break;
            case Pass n:
                break;
            case Raise n:
                if (n.Exc != null) f.Add("exc", FormatNode(n.Exc, level));
                if (n.Cause != null) f.Add("cause", FormatNode(n.Cause, level));
                break;
            case Return n:
                if (n.Value != null) f.Add("value", FormatNode(n.Value, level));
                break;
            case Try n:
                f.Add("body", NodeList(n.Body, level));
                f.Add("handlers", NodeList(n.Handlers, level));
                f.Add("orelse", NodeList(n.Orelse, level));
                f.Add("finalbody", NodeList(n.Finalbody, level));
                break;
            case TryStar n:
                f.Add("body", NodeList(n.Body, level));
                f.Add("handlers", NodeList(n.Handlers, level));
                f.Add("orelse", NodeList(n.Orelse, level));
                f.Add("finalbody", NodeList(n.Finalbody, level));
                break;
            case TypeAlias n:
                f.Add("name", FormatNode(n.Name, level));
                f.Add("type_params", NodeList(n.TypeParams, level));
                f.Add("value", FormatNode(n.Value, level));
                break;
            case While n:
                f.Add("test", FormatNode(n.Test, level));
                f.Add("body", NodeList(n.Body, level));
                f.Add("orelse", NodeList(n.Orelse, level));
                break;
            case With n:
                f.Add("items", NodeList(n.Items, level));
                f.Add("body", NodeList(n.Body, level));
                if (n.TypeComment != null) f.Add("type_comment", Simple(ConstantRepr.Repr(n.TypeComment)));
                break;
            case AttributeExpr n:
                f.Add("value", FormatNode(n.Value, level));
                f.Add("attr", Simple(ConstantRepr.Repr(n.Attr)));
                f.Add("ctx", Simple(ContextNames[(int)n.Ctx]));
                break;
            case Await n:
                f.Add("value", FormatNode(n.Value, level));
                break;
            case BinOp n:
                f.Add("left", FormatNode(n.Left, level));
                f.Add("op", Simple(OperatorNames[(int)n.Op]));
                f.Add("right", FormatNode(n.Right, level));
                break;
            case BoolOp n:
                f.Add("op", Simple(BoolOperatorNames[(int)n.Op]));
                f.Add("values", NodeList(n.Values, level));
                break;
            case Call n:
                f.Add("func", FormatNode(n.Func, level));
                f.Add("args", NodeList(n.Args, level));
                f.Add("keywords", NodeList(n.Keywords, level));
                break;
            case Compare n:
                f.Add("left", FormatNode(n.Left, level));
                f.Add("ops", EnumList(n.Ops, CompareOperatorNames, level));
                f.Add("comparators", NodeList(n.Comparators, level));
                break;
            case Constant n:
                f.Add("value", Simple(ConstantRepr.Repr(n.Value)));
                if (n.Kind != null) f.Add("kind", Simple(ConstantRepr.Repr(n.Kind)));
                break;
            case DictExpr n:
                f.Add("keys", NodeList(n.Keys, level));
                f.Add("values", NodeList(n.Values, level));
                break;
            case DictComp n:
                f.Add("key", FormatNode(n.Key, level));
                f.Add("value", FormatNode(n.Value, level));
                f.Add("generators", NodeList(n.Generators, level));
                break;
            case FormattedValue n:
                f.Add("value", FormatNode(n.Value, level));
                f.Add("conversion", Simple(ConstantRepr.Repr(n.Conversion)));
                if (n.FormatSpec != null) f.Add("format_spec", FormatNode(n.FormatSpec, level));
                break;
            case GeneratorExp n:
                f.Add("elt", FormatNode(n.Elt, level));
                f.Add("generators", NodeList(n.Generators, level));
                break;
            case IfExp n:
                f.Add("test", FormatNode(n.Test, level));
                f.Add("body", FormatNode(n.Body, level));
                f.Add("orelse", FormatNode(n.Orelse, level));
                break;
            case JoinedStr n:
                f.Add("values", NodeList(n.Values, level));
                break;
            case Lambda n:
                f.Add("args", FormatNode(n.Args, level));
                f.Add("body", FormatNode(n.Body, level));
                break;
            case ListExpr n:
                f.Add("elts", NodeList(n.Elts, level));
                f.Add("ctx", Simple(ContextNames[(int)n.Ctx]));
                break;
            case ListComp n:
                f.Add("elt", FormatNode(n.Elt, level));
                f.Add("generators", NodeList(n.Generators, level));
                break;
            case Name n:
                f.Add("id", Simple(ConstantRepr.Repr(n.Id)));
                f.Add("ctx", Simple(ContextNames[(int)n.Ctx]));
                break;
            case NamedExpr n:
                f.Add("target", FormatNode(n.Target, level));
                f.Add("value", FormatNode(n.Value, level));
                break;
            case SetExpr n:
                f.Add("elts", NodeList(n.Elts, level));
                break;
            case SetComp n:
                f.Add("elt", FormatNode(n.Elt, level));
                f.Add("generators", NodeList(n.Generators, level));
                break;
            case Slice n:
                if (n.Lower != null) f.Add("lower", FormatNode(n.Lower, level));
                if (n.Upper != null) f.Add("upper", FormatNode(n.Upper, level));
                if (n.Step != null) f.Add("step", FormatNode(n.Step, level));
                break;
            case Starred n:
                f.Add("value", FormatNode(n.Value, level));
                f.Add("ctx", Simple(ContextNames[(int)n.Ctx]));
                break;
            case Subscript n:
                f.Add("value", FormatNode(n.Value, level));
                f.Add("slice", FormatNode(n.Slice, level));
                f.Add("ctx", Simple(ContextNames[(int)n.Ctx]));
                break;
            case TupleExpr n:
                f.Add("elts", NodeList(n.Elts, level));
                f.Add("ctx", Simple(ContextNames[(int)n.Ctx]));
                break;
            case UnaryOp n:
                f.Add("op", Simple(UnaryOperatorNames[(int)n.Op]));
                f.Add("operand", FormatNode(n.Operand, level));
                break;
            case Yield n:
                if (n.Value != null) f.Add("value", FormatNode(n.Value, level));
                break;
            case YieldFrom n:
                f.Add("value", FormatNode(n.Value, level));
                break;
            case MatchAs n:
                if (n.Pattern != null) f.Add("pattern", FormatNode(n.Pattern, level));
                if (n.Name != null) f.Add("name", Simple(ConstantRepr.Repr(n.Name)));
                break;
            case MatchClass n:
                f.Add("cls", FormatNode(n.Cls, level));
                f.Add("patterns", NodeList(n.Patterns, level));
                f.Add("kwd_attrs", StrList(n.KwdAttrs, level));
                f.Add("kwd_patterns", NodeList(n.KwdPatterns, level));
                break;
            case MatchMapping n:
                f.Add("keys", NodeList(n.Keys, level));
                f.Add("patterns", NodeList(n.Patterns, level));
                if (n.Rest != null) f.Add("rest", Simple(ConstantRepr.Repr(n.Rest)));
                break;
            case MatchOr n:
                f.Add("patterns", NodeList(n.Patterns, level));
                break;
            case MatchSequence n:
                f.Add("patterns", NodeList(n.Patterns, level));
                break;
            case MatchSingleton n:
                f.Add("value", Simple(ConstantRepr.Repr(n.Value)));
                break;
            case MatchStar n:
                if (n.Name != null) f.Add("name", Simple(ConstantRepr.Repr(n.Name)));
                break;
            case MatchValue n:
                f.Add("value", FormatNode(n.Value, level));
                break;
            case ExceptHandler n:
                if (n.Type != null) f.Add("type", FormatNode(n.Type, level));
                if (n.Name != null) f.Add("name", Simple(ConstantRepr.Repr(n.Name)));
                f.Add("body", NodeList(n.Body, level));
                break;
            case Expression n:
                f.Add("body", FormatNode(n.Body, level));
                break;
            case FunctionType n:
                f.Add("argtypes", NodeList(n.Argtypes, level));
                f.Add("returns", FormatNode(n.Returns, level));
                break;
            case Interactive n:
                f.Add("body", NodeList(n.Body, level));
                break;
            case Module n:
                f.Add("body", NodeList(n.Body, level));
                f.Add("type_ignores", NodeList(n.TypeIgnores, level));
                break;
            case ParamSpec n:
                f.Add("name", Simple(ConstantRepr.Repr(n.Name)));
                break;
            case TypeVar n:
                f.Add("name", Simple(ConstantRepr.Repr(n.Name)));
                if (n.Bound != null) f.Add("bound", FormatNode(n.Bound, level));
                break;
            case TypeVarTuple n:
                f.Add("name", Simple(ConstantRepr.Repr(n.Name)));
                break;
            case TypeIgnore n:
                f.Add("lineno", Simple(ConstantRepr.Repr(n.Lineno)));
                f.Add("tag", Simple(ConstantRepr.Repr(n.Tag)));
                break;
            case Alias n:
                f.Add("name", Simple(ConstantRepr.Repr(n.Name)));
                if (n.Asname != null) f.Add("asname", Simple(ConstantRepr.Repr(n.Asname)));
                break;
            case Arg n:
                f.Add("arg", Simple(ConstantRepr.Repr(n.Name)));
                if (n.Annotation != null) f.Add("annotation", FormatNode(n.Annotation, level));
                if (n.TypeComment != null) f.Add("type_comment", Simple(ConstantRepr.Repr(n.TypeComment)));
                break;
            case Arguments n:
                f.Add("posonlyargs", NodeList(n.Posonlyargs, level));
                f.Add("args", NodeList(n.Args, level));
                if (n.Vararg != null) f.Add("vararg", FormatNode(n.Vararg, level));
                f.Add("kwonlyargs", NodeList(n.Kwonlyargs, level));
                f.Add("kw_defaults", NodeList(n.KwDefaults, level));
                if (n.Kwarg != null) f.Add("kwarg", FormatNode(n.Kwarg, level));
                f.Add("defaults", NodeList(n.Defaults, level));
                break;
            case Comprehension n:
                f.Add("target", FormatNode(n.Target, level));
                f.Add("iter", FormatNode(n.Iter, level));
                f.Add("ifs", NodeList(n.Ifs, level));
                f.Add("is_async", Simple(ConstantRepr.Repr(n.IsAsync)));
                break;
            case Keyword n:
                if (n.Arg != null) f.Add("arg", Simple(ConstantRepr.Repr(n.Arg)));
                f.Add("value", FormatNode(n.Value, level));
                break;
            case MatchCase n:
                f.Add("pattern", FormatNode(n.Pattern, level));
                if (n.Guard != null) f.Add("guard", FormatNode(n.Guard, level));
                f.Add("body", NodeList(n.Body, level));
                break;
            case WithItem n:
                f.Add("context_expr", FormatNode(n.ContextExpr, level));
                if (n.OptionalVars != null) f.Add("optional_vars", FormatNode(n.OptionalVars, level));
                break;

            default:
                throw new ArgumentException("not an AST node: " + node.GetType().Name, nameof(node));
        }
    }
}
