using PyBuild.Compiler.Bytecode;

namespace PyBuild.Runtime.Interpreter;

/// <summary>
/// The interpreter's superinstructions, in the spirit of CPython 3.12's <c>LOAD_FAST__LOAD_FAST</c>:
/// <see cref="CodeDecoder"/> replaces the first instruction of <c>LOAD_FAST a</c>, <c>LOAD_FAST b</c>
/// or <c>LOAD_CONST b</c>, then an operator (or of <c>LOAD_FAST a</c> then an attribute access on
/// it), so that the operator reads its operands from the frame's locals and the code's constants
/// instead of pushing and popping them: dispatches and stack stores (each a GC write barrier) fewer.
/// The other instructions of the run stay in place, so a jump into the run still works, and the
/// fused instruction reports an exception at the operator's index, so tracebacks and exception
/// handlers see what CPython's bytecode would.
/// </summary>
internal static class FusedOpCodes
{
    // Numbers no CPython 3.12 instruction uses.

    /// <summary><c>LOAD_FAST a; LOAD_FAST b; BINARY_OP op</c></summary>
    public const OpCode BINARY_OP_FAST_FAST = (OpCode)180;

    /// <summary><c>LOAD_FAST a; LOAD_CONST b; BINARY_OP op</c></summary>
    public const OpCode BINARY_OP_FAST_CONST = (OpCode)181;

    /// <summary><c>LOAD_FAST a; LOAD_FAST b; COMPARE_OP op</c></summary>
    public const OpCode COMPARE_OP_FAST_FAST = (OpCode)182;

    /// <summary><c>LOAD_FAST a; LOAD_CONST b; COMPARE_OP op</c></summary>
    public const OpCode COMPARE_OP_FAST_CONST = (OpCode)183;

    /// <summary><c>LOAD_FAST a; LOAD_FAST b; BINARY_SUBSCR</c></summary>
    public const OpCode BINARY_SUBSCR_FAST_FAST = (OpCode)184;

    /// <summary><c>LOAD_FAST a; LOAD_CONST b; BINARY_SUBSCR</c></summary>
    public const OpCode BINARY_SUBSCR_FAST_CONST = (OpCode)185;

    /// <summary><c>LOAD_FAST a; LOAD_ATTR name</c> (either form of <c>LOAD_ATTR</c>)</summary>
    public const OpCode LOAD_ATTR_FAST = (OpCode)186;

    /// <summary><c>LOAD_FAST a; STORE_ATTR name</c></summary>
    public const OpCode STORE_ATTR_FAST = (OpCode)187;

    /// <summary><c>COPY 2; COPY 2; BINARY_SUBSCR</c>: the load of an augmented subscript assignment (<c>a[k] += v</c>)</summary>
    public const OpCode COPY_COPY_BINARY_SUBSCR = (OpCode)188;

    /// <summary><c>SWAP 3; SWAP 2; STORE_SUBSCR</c>: the store of an augmented subscript assignment</summary>
    public const OpCode SWAP_SWAP_STORE_SUBSCR = (OpCode)189;

    /// <summary>
    /// The fused form of the run starting at <paramref name="i"/>, or the instruction's own opcode
    /// when the run does not fuse. A run fuses only where one exception handler (or none) covers all
    /// three instructions: an exception then unwinds to the same depth as from the unfused run.
    /// </summary>
    public static OpCode Fuse(Instruction[] instrs, int i, ExceptionHandler[] handlers)
    {
        var first = instrs[i].Op;
        if ((first == OpCode.COPY || first == OpCode.SWAP) && i + 2 < instrs.Length)
        {
            return IsAugmentedSubscript(instrs, i) && SameHandler(handlers, i, i + 2)
                ? (first == OpCode.COPY ? COPY_COPY_BINARY_SUBSCR : SWAP_SWAP_STORE_SUBSCR)
                : first;
        }
        // Every run is followed by another instruction (code ends with a return or a raise).
        if (first != OpCode.LOAD_FAST || i + 2 >= instrs.Length) return first;
        var second = instrs[i + 1].Op;
        bool fast = second == OpCode.LOAD_FAST;
        OpCode fused = !fast && second != OpCode.LOAD_CONST ? first : instrs[i + 2].Op switch
        {
            OpCode.BINARY_OP => fast ? BINARY_OP_FAST_FAST : BINARY_OP_FAST_CONST,
            OpCode.COMPARE_OP => fast ? COMPARE_OP_FAST_FAST : COMPARE_OP_FAST_CONST,
            OpCode.BINARY_SUBSCR => fast ? BINARY_SUBSCR_FAST_FAST : BINARY_SUBSCR_FAST_CONST,
            _ => first,
        };
        if (fused != first) return SameHandler(handlers, i, i + 2) ? fused : first;
        fused = second switch
        {
            OpCode.LOAD_ATTR => LOAD_ATTR_FAST,
            OpCode.STORE_ATTR => STORE_ATTR_FAST,
            _ => first,
        };
        return fused != first && SameHandler(handlers, i, i + 1) ? fused : first;
    }

    private static bool IsAugmentedSubscript(Instruction[] instrs, int i)
    {
        ref Instruction a = ref instrs[i];
        ref Instruction b = ref instrs[i + 1];
        var third = instrs[i + 2].Op;
        return a.Op == OpCode.COPY
            ? a.Arg == 2 && b.Op == OpCode.COPY && b.Arg == 2 && third == OpCode.BINARY_SUBSCR
            : a.Arg == 3 && b.Op == OpCode.SWAP && b.Arg == 2 && third == OpCode.STORE_SUBSCR;
    }

    private static bool SameHandler(ExceptionHandler[] handlers, int from, int to)
    {
        int handler = HandlerIndex(handlers, from);
        for (int k = from + 1; k <= to; k++)
        {
            if (HandlerIndex(handlers, k) != handler) return false;
        }
        return true;
    }

    private static int HandlerIndex(ExceptionHandler[] handlers, int instr)
    {
        for (int h = 0; h < handlers.Length; h++)
        {
            if (instr >= handlers[h].Start && instr < handlers[h].End) return h;
        }
        return -1;
    }
}
