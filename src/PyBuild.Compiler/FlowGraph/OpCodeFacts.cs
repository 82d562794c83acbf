using System.Numerics;
using PyBuild.Compiler.Bytecode;

namespace PyBuild.Compiler.FlowGraph;

/// <summary>What the compiler needs to know of each opcode: jumps, block ends and stack effects.</summary>
public static class OpCodeFacts
{
    /// <summary>Whether the opcode has a jump target (CPython's <c>HAS_TARGET</c>), pseudo-ops included.</summary>
    public static bool IsJump(OpCode op) => op switch
    {
        OpCode.JUMP_FORWARD or OpCode.JUMP_BACKWARD or OpCode.JUMP_BACKWARD_NO_INTERRUPT
            or OpCode.JUMP or OpCode.JUMP_NO_INTERRUPT
            or OpCode.POP_JUMP_IF_FALSE or OpCode.POP_JUMP_IF_TRUE
            or OpCode.POP_JUMP_IF_NONE or OpCode.POP_JUMP_IF_NOT_NONE
            or OpCode.FOR_ITER or OpCode.SEND
            or OpCode.SETUP_FINALLY or OpCode.SETUP_CLEANUP or OpCode.SETUP_WITH => true,
        _ => false,
    };

    /// <summary>Whether the opcode is an unconditional jump.</summary>
    public static bool IsUnconditionalJump(OpCode op) => op is OpCode.JUMP or OpCode.JUMP_NO_INTERRUPT
        or OpCode.JUMP_FORWARD or OpCode.JUMP_BACKWARD or OpCode.JUMP_BACKWARD_NO_INTERRUPT;

    /// <summary>Whether the opcode leaves the frame (return or raise).</summary>
    public static bool IsScopeExit(OpCode op) => op is OpCode.RETURN_VALUE or OpCode.RETURN_CONST
        or OpCode.RAISE_VARARGS or OpCode.RERAISE;

    /// <summary>Whether control never falls through past the opcode.</summary>
    public static bool EndsFlow(OpCode op) => IsUnconditionalJump(op) || IsScopeExit(op);

    /// <summary>Whether the opcode ends a basic block: any jump but a block setup, or a scope exit.</summary>
    public static bool IsTerminator(OpCode op) => (IsJump(op) && !IsBlockPush(op)) || IsScopeExit(op);

    /// <summary>Whether the opcode is a block-setup pseudo-instruction.</summary>
    public static bool IsBlockPush(OpCode op) => op is OpCode.SETUP_FINALLY or OpCode.SETUP_CLEANUP or OpCode.SETUP_WITH;

    /// <summary>
    /// The change in stack depth when <paramref name="op"/> with <paramref name="arg"/> runs;
    /// <paramref name="jump"/> selects the effect on the branch taken.
    /// </summary>
    public static int StackEffect(OpCode op, int arg, bool jump)
    {
        switch (op)
        {
            case OpCode.NOP: case OpCode.RESUME: case OpCode.EXTENDED_ARG: case OpCode.CACHE:
            case OpCode.UNARY_NEGATIVE: case OpCode.UNARY_NOT: case OpCode.UNARY_INVERT:
            case OpCode.CHECK_EXC_MATCH: case OpCode.CHECK_EG_MATCH: case OpCode.GET_AITER:
            case OpCode.GET_ITER: case OpCode.GET_YIELD_FROM_ITER: case OpCode.RETURN_GENERATOR:
            case OpCode.RETURN_CONST: case OpCode.SETUP_ANNOTATIONS: case OpCode.DELETE_NAME:
            case OpCode.DELETE_GLOBAL: case OpCode.SWAP: case OpCode.DELETE_FAST: case OpCode.DELETE_DEREF:
            case OpCode.GET_AWAITABLE: case OpCode.MAKE_CELL: case OpCode.COPY_FREE_VARS: case OpCode.KW_NAMES:
            case OpCode.CALL_INTRINSIC_1: case OpCode.YIELD_VALUE: case OpCode.LOAD_FROM_DICT_OR_GLOBALS:
            case OpCode.LOAD_FROM_DICT_OR_DEREF: case OpCode.JUMP_FORWARD: case OpCode.JUMP_BACKWARD:
            case OpCode.JUMP_BACKWARD_NO_INTERRUPT: case OpCode.JUMP: case OpCode.JUMP_NO_INTERRUPT:
            case OpCode.POP_BLOCK: case OpCode.SEND:
                return 0;
            case OpCode.POP_TOP: case OpCode.END_SEND: case OpCode.BINARY_SUBSCR: case OpCode.CLEANUP_THROW:
            case OpCode.RETURN_VALUE: case OpCode.POP_EXCEPT: case OpCode.STORE_NAME: case OpCode.DELETE_ATTR:
            case OpCode.STORE_GLOBAL: case OpCode.COMPARE_OP: case OpCode.IS_OP: case OpCode.CONTAINS_OP:
            case OpCode.IMPORT_NAME: case OpCode.POP_JUMP_IF_FALSE: case OpCode.POP_JUMP_IF_TRUE:
            case OpCode.POP_JUMP_IF_NONE: case OpCode.POP_JUMP_IF_NOT_NONE: case OpCode.RERAISE:
            case OpCode.BINARY_OP: case OpCode.STORE_FAST: case OpCode.STORE_DEREF: case OpCode.STORE_FAST_MAYBE_NULL:
            case OpCode.CALL_INTRINSIC_2: case OpCode.LIST_APPEND: case OpCode.SET_ADD: case OpCode.LIST_EXTEND:
            case OpCode.SET_UPDATE: case OpCode.DICT_MERGE: case OpCode.DICT_UPDATE: case OpCode.INTERPRETER_EXIT:
            case OpCode.LOAD_SUPER_METHOD: case OpCode.LOAD_ZERO_SUPER_METHOD:
                return -1;
            case OpCode.PUSH_NULL: case OpCode.GET_LEN: case OpCode.MATCH_MAPPING: case OpCode.MATCH_SEQUENCE:
            case OpCode.MATCH_KEYS: case OpCode.PUSH_EXC_INFO: case OpCode.WITH_EXCEPT_START: case OpCode.GET_ANEXT:
            case OpCode.BEFORE_ASYNC_WITH: case OpCode.BEFORE_WITH: case OpCode.LOAD_BUILD_CLASS:
            case OpCode.LOAD_ASSERTION_ERROR: case OpCode.LOAD_LOCALS: case OpCode.FOR_ITER: case OpCode.COPY:
            case OpCode.LOAD_CONST: case OpCode.LOAD_NAME: case OpCode.IMPORT_FROM: case OpCode.LOAD_FAST:
            case OpCode.LOAD_FAST_CHECK: case OpCode.LOAD_FAST_AND_CLEAR: case OpCode.LOAD_CLOSURE:
            case OpCode.LOAD_DEREF: case OpCode.LOAD_METHOD:
                return 1;
            case OpCode.END_FOR: case OpCode.BINARY_SLICE: case OpCode.DELETE_SUBSCR: case OpCode.END_ASYNC_FOR:
            case OpCode.STORE_ATTR: case OpCode.MAP_ADD: case OpCode.MATCH_CLASS: case OpCode.LOAD_ZERO_SUPER_ATTR:
                return -2;
            case OpCode.STORE_SUBSCR: return -3;
            case OpCode.STORE_SLICE: return -4;
            case OpCode.UNPACK_SEQUENCE: return arg - 1;
            case OpCode.UNPACK_EX: return (arg & 0xFF) + (arg >> 8);
            case OpCode.BUILD_TUPLE: case OpCode.BUILD_LIST: case OpCode.BUILD_SET: case OpCode.BUILD_STRING:
                return 1 - arg;
            case OpCode.BUILD_MAP: return 1 - 2 * arg;
            case OpCode.BUILD_CONST_KEY_MAP: return -arg;
            case OpCode.BUILD_SLICE: return arg == 3 ? -2 : -1;
            case OpCode.LOAD_ATTR: return arg & 1;
            case OpCode.LOAD_SUPER_ATTR: return -2 + (arg & 1);
            case OpCode.LOAD_GLOBAL: return 1 + (arg & 1);
            case OpCode.RAISE_VARARGS: return -arg;
            case OpCode.MAKE_FUNCTION: return -BitOperations.PopCount((uint)arg & 0xF);
            case OpCode.CALL_FUNCTION_EX: return -2 - (arg & 1);
            case OpCode.CALL: return -1 - arg;
            case OpCode.FORMAT_VALUE: return (arg & 0x04) != 0 ? -1 : 0;
            case OpCode.SETUP_FINALLY: return jump ? 1 : 0;
            case OpCode.SETUP_CLEANUP: return jump ? 2 : 0;
            case OpCode.SETUP_WITH: return jump ? 1 : 0;
            default:
                throw new NotSupportedException($"not supported yet: stack effect of {op}");
        }
    }
}
