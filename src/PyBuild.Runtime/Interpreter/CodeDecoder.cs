using PyBuild.Compiler.Bytecode;

namespace PyBuild.Runtime.Interpreter;

/// <summary>Decodes <c>co_code</c> and <c>co_exceptiontable</c> once into the interpreter's form.</summary>
internal static class CodeDecoder
{
    /// <summary>The decoded code and how many inline cache slots of each kind it needs.</summary>
    public readonly record struct Result(Instruction[] Instructions, ExceptionHandler[] Handlers, int GlobalCacheCount, int AttrCacheCount);

    public static Result Decode(CodeObject code)
    {
        var raw = code.Code;
        int units = raw.Length / 2;
        var unitToInstr = new int[units + 1];
        var list = new List<Instruction>(units);
        var jumpUnits = new List<(int Instr, int TargetUnit)>();
        int globalCaches = 0, attrCaches = 0;
        int ext = 0;
        int i = 0;
        while (i < units)
        {
            var op = (OpCode)raw[2 * i];
            int arg = raw[2 * i + 1] | ext;
            unitToInstr[i] = list.Count;
            if (op == OpCode.EXTENDED_ARG)
            {
                ext = arg << 8;
                i++;
                continue;
            }
            ext = 0;
            int caches = OpCodeInfo.CacheEntries(op);
            int next = i + 1 + caches;
            var ins = new Instruction { Op = op, Arg = arg, Offset = i, Target = -1 };
            switch (op)
            {
                case OpCode.JUMP_FORWARD:
                case OpCode.POP_JUMP_IF_FALSE:
                case OpCode.POP_JUMP_IF_TRUE:
                case OpCode.POP_JUMP_IF_NONE:
                case OpCode.POP_JUMP_IF_NOT_NONE:
                case OpCode.FOR_ITER:
                case OpCode.SEND:
                    jumpUnits.Add((list.Count, next + arg));
                    break;
                case OpCode.JUMP_BACKWARD:
                case OpCode.JUMP_BACKWARD_NO_INTERRUPT:
                    jumpUnits.Add((list.Count, next - arg));
                    break;
                case OpCode.LOAD_GLOBAL:
                    ins.Target = globalCaches++;
                    break;
                case OpCode.LOAD_ATTR:
                case OpCode.STORE_ATTR:
                    ins.Target = attrCaches++;
                    break;
            }
            list.Add(ins);
            for (int c = 1; c <= caches && i + c < units; c++) unitToInstr[i + c] = list.Count;
            i = next;
        }
        unitToInstr[units] = list.Count;
        var instructions = list.ToArray();
        foreach (var (idx, targetUnit) in jumpUnits)
        {
            instructions[idx].Target = targetUnit >= 0 && targetUnit <= units ? unitToInstr[targetUnit] : instructions.Length;
        }
        var handlers = DecodeExceptionTable(code.ExceptionTable, unitToInstr, units);
        for (int k = 0; k < instructions.Length; k++) instructions[k].Op = FusedOpCodes.Fuse(instructions, k, handlers);
        return new Result(instructions, handlers, globalCaches, attrCaches);
    }

    private static ExceptionHandler[] DecodeExceptionTable(byte[] table, int[] unitToInstr, int units)
    {
        var handlers = new List<ExceptionHandler>();
        int pos = 0;
        while (pos < table.Length)
        {
            int start = ReadVarint(table, ref pos);
            int length = ReadVarint(table, ref pos);
            int target = ReadVarint(table, ref pos);
            int depthLasti = ReadVarint(table, ref pos);
            int end = Math.Min(start + length, units);
            handlers.Add(new ExceptionHandler(
                unitToInstr[Math.Min(start, units)],
                unitToInstr[end],
                unitToInstr[Math.Min(target, units)],
                depthLasti >> 1,
                (depthLasti & 1) != 0));
        }
        return [.. handlers];
    }

    // Exception-table varints are big-endian 6-bit groups with 0x40 as the continuation bit.
    private static int ReadVarint(byte[] t, ref int pos)
    {
        int b = t[pos++];
        int val = b & 63;
        while ((b & 64) != 0)
        {
            b = t[pos++];
            val = (val << 6) | (b & 63);
        }
        return val;
    }
}
