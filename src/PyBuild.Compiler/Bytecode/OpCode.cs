namespace PyBuild.Compiler.Bytecode;

/// <summary>
/// CPython 3.12's opcodes with their numbers (Include/opcode.h). Values of 256 and above are the
/// compiler's pseudo-instructions, which the flow graph resolves before assembly.
/// </summary>
public enum OpCode : ushort
{
    /// <summary><c>CACHE</c></summary>
    CACHE = 0,
    /// <summary><c>POP_TOP</c></summary>
    POP_TOP = 1,
    /// <summary><c>PUSH_NULL</c></summary>
    PUSH_NULL = 2,
    /// <summary><c>INTERPRETER_EXIT</c></summary>
    INTERPRETER_EXIT = 3,
    /// <summary><c>END_FOR</c></summary>
    END_FOR = 4,
    /// <summary><c>END_SEND</c></summary>
    END_SEND = 5,
    /// <summary><c>NOP</c></summary>
    NOP = 9,
    /// <summary><c>UNARY_NEGATIVE</c></summary>
    UNARY_NEGATIVE = 11,
    /// <summary><c>UNARY_NOT</c></summary>
    UNARY_NOT = 12,
    /// <summary><c>UNARY_INVERT</c></summary>
    UNARY_INVERT = 15,
    /// <summary><c>RESERVED</c></summary>
    RESERVED = 17,
    /// <summary><c>BINARY_SUBSCR</c></summary>
    BINARY_SUBSCR = 25,
    /// <summary><c>BINARY_SLICE</c></summary>
    BINARY_SLICE = 26,
    /// <summary><c>STORE_SLICE</c></summary>
    STORE_SLICE = 27,
    /// <summary><c>GET_LEN</c></summary>
    GET_LEN = 30,
    /// <summary><c>MATCH_MAPPING</c></summary>
    MATCH_MAPPING = 31,
    /// <summary><c>MATCH_SEQUENCE</c></summary>
    MATCH_SEQUENCE = 32,
    /// <summary><c>MATCH_KEYS</c></summary>
    MATCH_KEYS = 33,
    /// <summary><c>PUSH_EXC_INFO</c></summary>
    PUSH_EXC_INFO = 35,
    /// <summary><c>CHECK_EXC_MATCH</c></summary>
    CHECK_EXC_MATCH = 36,
    /// <summary><c>CHECK_EG_MATCH</c></summary>
    CHECK_EG_MATCH = 37,
    /// <summary><c>WITH_EXCEPT_START</c></summary>
    WITH_EXCEPT_START = 49,
    /// <summary><c>GET_AITER</c></summary>
    GET_AITER = 50,
    /// <summary><c>GET_ANEXT</c></summary>
    GET_ANEXT = 51,
    /// <summary><c>BEFORE_ASYNC_WITH</c></summary>
    BEFORE_ASYNC_WITH = 52,
    /// <summary><c>BEFORE_WITH</c></summary>
    BEFORE_WITH = 53,
    /// <summary><c>END_ASYNC_FOR</c></summary>
    END_ASYNC_FOR = 54,
    /// <summary><c>CLEANUP_THROW</c></summary>
    CLEANUP_THROW = 55,
    /// <summary><c>STORE_SUBSCR</c></summary>
    STORE_SUBSCR = 60,
    /// <summary><c>DELETE_SUBSCR</c></summary>
    DELETE_SUBSCR = 61,
    /// <summary><c>GET_ITER</c></summary>
    GET_ITER = 68,
    /// <summary><c>GET_YIELD_FROM_ITER</c></summary>
    GET_YIELD_FROM_ITER = 69,
    /// <summary><c>LOAD_BUILD_CLASS</c></summary>
    LOAD_BUILD_CLASS = 71,
    /// <summary><c>LOAD_ASSERTION_ERROR</c></summary>
    LOAD_ASSERTION_ERROR = 74,
    /// <summary><c>RETURN_GENERATOR</c></summary>
    RETURN_GENERATOR = 75,
    /// <summary><c>RETURN_VALUE</c></summary>
    RETURN_VALUE = 83,
    /// <summary><c>SETUP_ANNOTATIONS</c></summary>
    SETUP_ANNOTATIONS = 85,
    /// <summary><c>LOAD_LOCALS</c></summary>
    LOAD_LOCALS = 87,
    /// <summary><c>POP_EXCEPT</c></summary>
    POP_EXCEPT = 89,
    /// <summary><c>STORE_NAME</c></summary>
    STORE_NAME = 90,
    /// <summary><c>DELETE_NAME</c></summary>
    DELETE_NAME = 91,
    /// <summary><c>UNPACK_SEQUENCE</c></summary>
    UNPACK_SEQUENCE = 92,
    /// <summary><c>FOR_ITER</c></summary>
    FOR_ITER = 93,
    /// <summary><c>UNPACK_EX</c></summary>
    UNPACK_EX = 94,
    /// <summary><c>STORE_ATTR</c></summary>
    STORE_ATTR = 95,
    /// <summary><c>DELETE_ATTR</c></summary>
    DELETE_ATTR = 96,
    /// <summary><c>STORE_GLOBAL</c></summary>
    STORE_GLOBAL = 97,
    /// <summary><c>DELETE_GLOBAL</c></summary>
    DELETE_GLOBAL = 98,
    /// <summary><c>SWAP</c></summary>
    SWAP = 99,
    /// <summary><c>LOAD_CONST</c></summary>
    LOAD_CONST = 100,
    /// <summary><c>LOAD_NAME</c></summary>
    LOAD_NAME = 101,
    /// <summary><c>BUILD_TUPLE</c></summary>
    BUILD_TUPLE = 102,
    /// <summary><c>BUILD_LIST</c></summary>
    BUILD_LIST = 103,
    /// <summary><c>BUILD_SET</c></summary>
    BUILD_SET = 104,
    /// <summary><c>BUILD_MAP</c></summary>
    BUILD_MAP = 105,
    /// <summary><c>LOAD_ATTR</c></summary>
    LOAD_ATTR = 106,
    /// <summary><c>COMPARE_OP</c></summary>
    COMPARE_OP = 107,
    /// <summary><c>IMPORT_NAME</c></summary>
    IMPORT_NAME = 108,
    /// <summary><c>IMPORT_FROM</c></summary>
    IMPORT_FROM = 109,
    /// <summary><c>JUMP_FORWARD</c></summary>
    JUMP_FORWARD = 110,
    /// <summary><c>POP_JUMP_IF_FALSE</c></summary>
    POP_JUMP_IF_FALSE = 114,
    /// <summary><c>POP_JUMP_IF_TRUE</c></summary>
    POP_JUMP_IF_TRUE = 115,
    /// <summary><c>LOAD_GLOBAL</c></summary>
    LOAD_GLOBAL = 116,
    /// <summary><c>IS_OP</c></summary>
    IS_OP = 117,
    /// <summary><c>CONTAINS_OP</c></summary>
    CONTAINS_OP = 118,
    /// <summary><c>RERAISE</c></summary>
    RERAISE = 119,
    /// <summary><c>COPY</c></summary>
    COPY = 120,
    /// <summary><c>RETURN_CONST</c></summary>
    RETURN_CONST = 121,
    /// <summary><c>BINARY_OP</c></summary>
    BINARY_OP = 122,
    /// <summary><c>SEND</c></summary>
    SEND = 123,
    /// <summary><c>LOAD_FAST</c></summary>
    LOAD_FAST = 124,
    /// <summary><c>STORE_FAST</c></summary>
    STORE_FAST = 125,
    /// <summary><c>DELETE_FAST</c></summary>
    DELETE_FAST = 126,
    /// <summary><c>LOAD_FAST_CHECK</c></summary>
    LOAD_FAST_CHECK = 127,
    /// <summary><c>POP_JUMP_IF_NOT_NONE</c></summary>
    POP_JUMP_IF_NOT_NONE = 128,
    /// <summary><c>POP_JUMP_IF_NONE</c></summary>
    POP_JUMP_IF_NONE = 129,
    /// <summary><c>RAISE_VARARGS</c></summary>
    RAISE_VARARGS = 130,
    /// <summary><c>GET_AWAITABLE</c></summary>
    GET_AWAITABLE = 131,
    /// <summary><c>MAKE_FUNCTION</c></summary>
    MAKE_FUNCTION = 132,
    /// <summary><c>BUILD_SLICE</c></summary>
    BUILD_SLICE = 133,
    /// <summary><c>JUMP_BACKWARD_NO_INTERRUPT</c></summary>
    JUMP_BACKWARD_NO_INTERRUPT = 134,
    /// <summary><c>MAKE_CELL</c></summary>
    MAKE_CELL = 135,
    /// <summary><c>LOAD_CLOSURE</c></summary>
    LOAD_CLOSURE = 136,
    /// <summary><c>LOAD_DEREF</c></summary>
    LOAD_DEREF = 137,
    /// <summary><c>STORE_DEREF</c></summary>
    STORE_DEREF = 138,
    /// <summary><c>DELETE_DEREF</c></summary>
    DELETE_DEREF = 139,
    /// <summary><c>JUMP_BACKWARD</c></summary>
    JUMP_BACKWARD = 140,
    /// <summary><c>LOAD_SUPER_ATTR</c></summary>
    LOAD_SUPER_ATTR = 141,
    /// <summary><c>CALL_FUNCTION_EX</c></summary>
    CALL_FUNCTION_EX = 142,
    /// <summary><c>LOAD_FAST_AND_CLEAR</c></summary>
    LOAD_FAST_AND_CLEAR = 143,
    /// <summary><c>EXTENDED_ARG</c></summary>
    EXTENDED_ARG = 144,
    /// <summary><c>LIST_APPEND</c></summary>
    LIST_APPEND = 145,
    /// <summary><c>SET_ADD</c></summary>
    SET_ADD = 146,
    /// <summary><c>MAP_ADD</c></summary>
    MAP_ADD = 147,
    /// <summary><c>COPY_FREE_VARS</c></summary>
    COPY_FREE_VARS = 149,
    /// <summary><c>YIELD_VALUE</c></summary>
    YIELD_VALUE = 150,
    /// <summary><c>RESUME</c></summary>
    RESUME = 151,
    /// <summary><c>MATCH_CLASS</c></summary>
    MATCH_CLASS = 152,
    /// <summary><c>FORMAT_VALUE</c></summary>
    FORMAT_VALUE = 155,
    /// <summary><c>BUILD_CONST_KEY_MAP</c></summary>
    BUILD_CONST_KEY_MAP = 156,
    /// <summary><c>BUILD_STRING</c></summary>
    BUILD_STRING = 157,
    /// <summary><c>LIST_EXTEND</c></summary>
    LIST_EXTEND = 162,
    /// <summary><c>SET_UPDATE</c></summary>
    SET_UPDATE = 163,
    /// <summary><c>DICT_MERGE</c></summary>
    DICT_MERGE = 164,
    /// <summary><c>DICT_UPDATE</c></summary>
    DICT_UPDATE = 165,
    /// <summary><c>CALL</c></summary>
    CALL = 171,
    /// <summary><c>KW_NAMES</c></summary>
    KW_NAMES = 172,
    /// <summary><c>CALL_INTRINSIC_1</c></summary>
    CALL_INTRINSIC_1 = 173,
    /// <summary><c>CALL_INTRINSIC_2</c></summary>
    CALL_INTRINSIC_2 = 174,
    /// <summary><c>LOAD_FROM_DICT_OR_GLOBALS</c></summary>
    LOAD_FROM_DICT_OR_GLOBALS = 175,
    /// <summary><c>LOAD_FROM_DICT_OR_DEREF</c></summary>
    LOAD_FROM_DICT_OR_DEREF = 176,
    /// <summary><c>INSTRUMENTED_LOAD_SUPER_ATTR</c></summary>
    INSTRUMENTED_LOAD_SUPER_ATTR = 237,
    /// <summary><c>INSTRUMENTED_POP_JUMP_IF_NONE</c></summary>
    INSTRUMENTED_POP_JUMP_IF_NONE = 238,
    /// <summary><c>INSTRUMENTED_POP_JUMP_IF_NOT_NONE</c></summary>
    INSTRUMENTED_POP_JUMP_IF_NOT_NONE = 239,
    /// <summary><c>INSTRUMENTED_RESUME</c></summary>
    INSTRUMENTED_RESUME = 240,
    /// <summary><c>INSTRUMENTED_CALL</c></summary>
    INSTRUMENTED_CALL = 241,
    /// <summary><c>INSTRUMENTED_RETURN_VALUE</c></summary>
    INSTRUMENTED_RETURN_VALUE = 242,
    /// <summary><c>INSTRUMENTED_YIELD_VALUE</c></summary>
    INSTRUMENTED_YIELD_VALUE = 243,
    /// <summary><c>INSTRUMENTED_CALL_FUNCTION_EX</c></summary>
    INSTRUMENTED_CALL_FUNCTION_EX = 244,
    /// <summary><c>INSTRUMENTED_JUMP_FORWARD</c></summary>
    INSTRUMENTED_JUMP_FORWARD = 245,
    /// <summary><c>INSTRUMENTED_JUMP_BACKWARD</c></summary>
    INSTRUMENTED_JUMP_BACKWARD = 246,
    /// <summary><c>INSTRUMENTED_RETURN_CONST</c></summary>
    INSTRUMENTED_RETURN_CONST = 247,
    /// <summary><c>INSTRUMENTED_FOR_ITER</c></summary>
    INSTRUMENTED_FOR_ITER = 248,
    /// <summary><c>INSTRUMENTED_POP_JUMP_IF_FALSE</c></summary>
    INSTRUMENTED_POP_JUMP_IF_FALSE = 249,
    /// <summary><c>INSTRUMENTED_POP_JUMP_IF_TRUE</c></summary>
    INSTRUMENTED_POP_JUMP_IF_TRUE = 250,
    /// <summary><c>INSTRUMENTED_END_FOR</c></summary>
    INSTRUMENTED_END_FOR = 251,
    /// <summary><c>INSTRUMENTED_END_SEND</c></summary>
    INSTRUMENTED_END_SEND = 252,
    /// <summary><c>INSTRUMENTED_INSTRUCTION</c></summary>
    INSTRUMENTED_INSTRUCTION = 253,
    /// <summary><c>INSTRUMENTED_LINE</c></summary>
    INSTRUMENTED_LINE = 254,
    /// <summary><c>SETUP_FINALLY</c></summary>
    SETUP_FINALLY = 256,
    /// <summary><c>SETUP_CLEANUP</c></summary>
    SETUP_CLEANUP = 257,
    /// <summary><c>SETUP_WITH</c></summary>
    SETUP_WITH = 258,
    /// <summary><c>POP_BLOCK</c></summary>
    POP_BLOCK = 259,
    /// <summary><c>JUMP</c></summary>
    JUMP = 260,
    /// <summary><c>JUMP_NO_INTERRUPT</c></summary>
    JUMP_NO_INTERRUPT = 261,
    /// <summary><c>LOAD_METHOD</c></summary>
    LOAD_METHOD = 262,
    /// <summary><c>LOAD_SUPER_METHOD</c></summary>
    LOAD_SUPER_METHOD = 263,
    /// <summary><c>LOAD_ZERO_SUPER_METHOD</c></summary>
    LOAD_ZERO_SUPER_METHOD = 264,
    /// <summary><c>LOAD_ZERO_SUPER_ATTR</c></summary>
    LOAD_ZERO_SUPER_ATTR = 265,
    /// <summary><c>STORE_FAST_MAYBE_NULL</c></summary>
    STORE_FAST_MAYBE_NULL = 266,
}
