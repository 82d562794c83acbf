using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using PyBuild.Compiler.Syntax;

namespace PyBuild.Compiler.Bytecode;

/// <summary>
/// The text of CPython 3.12's <c>dis.dis(code)</c> (what <c>python3.12 -m dis FILE</c> prints): each code
/// object's instructions with line numbers, offsets, jump-target markers and argument details, its
/// exception table, then the code objects among its constants, recursively. Object addresses are made
/// up (fixed width, stable within one call), since a .NET object has none to show.
/// </summary>
public sealed class Disassembler
{
    private const int OpNameWidth = 20;
    private const int OpArgWidth = 5;

    private static readonly string[] CompareOps = ["<", "<=", "==", "!=", ">", ">="];
    private static readonly string[] BinaryOps =
    [
        "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
    ];
    private static readonly string[] Intrinsic1 =
    [
        "INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR", "INTRINSIC_STOPITERATION_ERROR",
        "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE", "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR",
        "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE", "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS",
    ];
    private static readonly string[] Intrinsic2 =
    [
        "INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR", "INTRINSIC_TYPEVAR_WITH_BOUND",
        "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
    ];
    private static readonly string[] FormatConversions = ["", "str", "repr", "ascii"];
    private static readonly string[] MakeFunctionFlags = ["defaults", "kwdefaults", "annotations", "closure"];

    private readonly Dictionary<CodeObject, long> _addresses = new(ReferenceEqualityComparer.Instance);
    private readonly StringBuilder _out = new();

    private Disassembler() { }

    /// <summary>The <c>dis.dis</c> text of <paramref name="code"/> and, recursively, its nested code objects.</summary>
    public static string Disassemble(CodeObject code)
    {
        var dis = new Disassembler();
        dis.DisassembleRecursive(code);
        return dis._out.ToString();
    }

    /// <summary>The <c>repr</c> of a code object, with a made-up address that is the same each time it is shown.</summary>
    private string CodeRepr(CodeObject code)
    {
        if (!_addresses.TryGetValue(code, out long address))
        {
            address = 0x7f0000000000L + 0x100L * (_addresses.Count + 1);
            _addresses.Add(code, address);
        }
        return string.Create(CultureInfo.InvariantCulture,
            $"<code object {code.Name} at 0x{address:x12}, file \"{code.Filename}\", line {code.FirstLineNo}>");
    }

    private void DisassembleRecursive(CodeObject code)
    {
        // Nested code objects are rarely deep; going deeper than the stack allows would crash, so refuse.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        DisassembleOne(code);
        foreach (var constant in code.Consts)
        {
            if (constant is CodeObject nested)
            {
                _out.Append('\n');
                _out.Append("Disassembly of ").Append(CodeRepr(nested)).Append(":\n");
                DisassembleRecursive(nested);
            }
        }
    }

    private void DisassembleOne(CodeObject code)
    {
        byte[] bytes = code.Code;
        var lineStarts = new Dictionary<int, int>();
        int maxLine = int.MinValue;
        foreach (var (startOffset, startLine) in LocationTable.LineStarts(code))
        {
            lineStarts[startOffset] = startLine;
            maxLine = Math.Max(maxLine, startLine);
        }
        var exceptionEntries = ExceptionTable.Decode(code.ExceptionTable);
        var labels = FindLabels(bytes);
        foreach (var entry in exceptionEntries)
        {
            if (entry.Start < entry.End) labels.Add(entry.Target);
        }

        bool showLineNo = lineStarts.Count > 0;
        int lineNoWidth = !showLineNo ? 0 : maxLine >= 1000 ? Digits(maxLine) : 3;
        int maxOffset = bytes.Length - 2;
        int offsetWidth = maxOffset >= 10000 ? Digits(maxOffset) : 4;

        int extendedArg = 0;
        int caches = 0;
        var line = new StringBuilder();
        for (int offset = 0; offset + 1 < bytes.Length; offset += 2)
        {
            if (caches > 0)
            {
                caches--;
                continue;
            }
            int op = bytes[offset];
            int deop = DisassemblerOpNames.Deoptimize(op);
            caches = OpCodeInfo.CacheEntries((OpCode)deop);
            bool hasArg = HasArgument(deop);
            int arg = 0;
            if (hasArg)
            {
                arg = bytes[offset + 1] | extendedArg;
                extendedArg = deop == (int)OpCode.EXTENDED_ARG ? arg << 8 : 0;
            }
            else
            {
                extendedArg = 0;
            }

            bool startsLine = lineStarts.TryGetValue(offset, out int lineNo);
            if (showLineNo && startsLine && offset > 0) _out.Append('\n');
            line.Clear();
            if (lineNoWidth > 0)
            {
                if (startsLine) line.Append(lineNo.ToString(CultureInfo.InvariantCulture).PadLeft(lineNoWidth));
                else line.Append(' ', lineNoWidth);
                line.Append(' ');
            }
            line.Append("   ").Append(' ');
            line.Append(labels.Contains(offset) ? ">>" : "  ").Append(' ');
            line.Append(offset.ToString(CultureInfo.InvariantCulture).PadLeft(offsetWidth)).Append(' ');
            line.Append(DisassemblerOpNames.Names[op].PadRight(OpNameWidth));
            if (hasArg)
            {
                line.Append(' ').Append(arg.ToString(CultureInfo.InvariantCulture).PadLeft(OpArgWidth));
                int before = line.Length;
                line.Append(" (");
                AppendArgRepr(line, code, deop, arg, offset, caches);
                if (line.Length == before + 2) line.Length = before;
                else line.Append(')');
            }
            int end = line.Length;
            while (end > 0 && line[end - 1] == ' ') end--;
            _out.Append(line, 0, end).Append('\n');
        }

        if (exceptionEntries.Count > 0)
        {
            _out.Append("ExceptionTable:\n");
            foreach (var entry in exceptionEntries)
            {
                _out.Append(CultureInfo.InvariantCulture, $"  {entry.Start} to {entry.End - 2} -> {entry.Target} [{entry.Depth}]");
                if (entry.Lasti) _out.Append(" lasti");
                _out.Append('\n');
            }
        }
    }

    private void AppendArgRepr(StringBuilder sb, CodeObject code, int deop, int arg, int offset, int caches)
    {
        switch ((OpCode)deop)
        {
            case OpCode.LOAD_CONST or OpCode.RETURN_CONST or OpCode.KW_NAMES:
                if ((uint)arg < (uint)code.Consts.Length) ConstantRepr.Append(sb, code.Consts[arg], CodeRepr);
                return;
            case OpCode.LOAD_GLOBAL:
                AppendName(sb, code.Names, arg >> 1, (arg & 1) != 0 ? "NULL + " : null);
                return;
            case OpCode.LOAD_ATTR:
                AppendName(sb, code.Names, arg >> 1, (arg & 1) != 0 ? "NULL|self + " : null);
                return;
            case OpCode.LOAD_SUPER_ATTR:
                AppendName(sb, code.Names, arg >> 2, (arg & 1) != 0 ? "NULL|self + " : null);
                return;
            case OpCode.STORE_NAME or OpCode.DELETE_NAME or OpCode.STORE_ATTR or OpCode.DELETE_ATTR
                or OpCode.STORE_GLOBAL or OpCode.DELETE_GLOBAL or OpCode.LOAD_NAME or OpCode.IMPORT_NAME
                or OpCode.IMPORT_FROM or OpCode.LOAD_FROM_DICT_OR_GLOBALS:
                AppendName(sb, code.Names, arg, null);
                return;
            case OpCode.FOR_ITER or OpCode.JUMP_FORWARD or OpCode.POP_JUMP_IF_FALSE or OpCode.POP_JUMP_IF_TRUE
                or OpCode.SEND or OpCode.POP_JUMP_IF_NOT_NONE or OpCode.POP_JUMP_IF_NONE:
                sb.Append("to ").Append((offset + 2 + arg * 2 + caches * 2).ToString(CultureInfo.InvariantCulture));
                return;
            case OpCode.JUMP_BACKWARD or OpCode.JUMP_BACKWARD_NO_INTERRUPT:
                sb.Append("to ").Append((offset + 2 - arg * 2 + caches * 2).ToString(CultureInfo.InvariantCulture));
                return;
            case OpCode.LOAD_FAST or OpCode.STORE_FAST or OpCode.DELETE_FAST or OpCode.LOAD_FAST_CHECK
                or OpCode.LOAD_FAST_AND_CLEAR or OpCode.MAKE_CELL or OpCode.LOAD_CLOSURE or OpCode.LOAD_DEREF
                or OpCode.STORE_DEREF or OpCode.DELETE_DEREF or OpCode.LOAD_FROM_DICT_OR_DEREF:
                AppendName(sb, code.LocalsPlusNames, arg, null);
                return;
            case OpCode.COMPARE_OP:
                if ((uint)(arg >> 4) < (uint)CompareOps.Length) sb.Append(CompareOps[arg >> 4]);
                return;
            case OpCode.FORMAT_VALUE:
                sb.Append(FormatConversions[arg & 3]);
                if ((arg & 4) != 0)
                {
                    if ((arg & 3) != 0) sb.Append(", ");
                    sb.Append("with format");
                }
                return;
            case OpCode.MAKE_FUNCTION:
            {
                bool first = true;
                for (int i = 0; i < MakeFunctionFlags.Length; i++)
                {
                    if ((arg & (1 << i)) == 0) continue;
                    if (!first) sb.Append(", ");
                    sb.Append(MakeFunctionFlags[i]);
                    first = false;
                }
                return;
            }
            case OpCode.BINARY_OP:
                if ((uint)arg < (uint)BinaryOps.Length) sb.Append(BinaryOps[arg]);
                return;
            case OpCode.CALL_INTRINSIC_1:
                if ((uint)arg < (uint)Intrinsic1.Length) sb.Append(Intrinsic1[arg]);
                return;
            case OpCode.CALL_INTRINSIC_2:
                if ((uint)arg < (uint)Intrinsic2.Length) sb.Append(Intrinsic2[arg]);
                return;
        }
    }

    private static void AppendName(StringBuilder sb, string[] names, int index, string? prefix)
    {
        if ((uint)index >= (uint)names.Length) return;
        if (prefix is not null) sb.Append(prefix);
        sb.Append(names[index]);
    }

    /// <summary>The jump targets of the code, as <c>dis.findlabels</c> finds them.</summary>
    private static HashSet<int> FindLabels(byte[] bytes)
    {
        var labels = new HashSet<int>();
        int extendedArg = 0;
        int caches = 0;
        for (int offset = 0; offset + 1 < bytes.Length; offset += 2)
        {
            if (caches > 0)
            {
                caches--;
                continue;
            }
            int deop = DisassemblerOpNames.Deoptimize(bytes[offset]);
            caches = OpCodeInfo.CacheEntries((OpCode)deop);
            if (!HasArgument(deop))
            {
                extendedArg = 0;
                continue;
            }
            int arg = bytes[offset + 1] | extendedArg;
            extendedArg = deop == (int)OpCode.EXTENDED_ARG ? arg << 8 : 0;
            switch ((OpCode)deop)
            {
                case OpCode.FOR_ITER or OpCode.JUMP_FORWARD or OpCode.POP_JUMP_IF_FALSE or OpCode.POP_JUMP_IF_TRUE
                    or OpCode.SEND or OpCode.POP_JUMP_IF_NOT_NONE or OpCode.POP_JUMP_IF_NONE:
                    labels.Add(offset + 2 + arg * 2 + caches * 2);
                    break;
                case OpCode.JUMP_BACKWARD or OpCode.JUMP_BACKWARD_NO_INTERRUPT:
                    labels.Add(offset + 2 - arg * 2 + caches * 2);
                    break;
            }
        }
        return labels;
    }

    /// <summary>CPython's <c>hasarg</c>: named opcodes from <c>HAVE_ARGUMENT</c> up.</summary>
    private static bool HasArgument(int deop)
        => deop >= OpCodeInfo.HaveArgument && DisassemblerOpNames.Names[deop][0] != '<';

    private static int Digits(int value) => value.ToString(CultureInfo.InvariantCulture).Length;
}
