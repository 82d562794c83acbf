using PyBuild.Compiler.Bytecode;
using PyBuild.Compiler.FlowGraph;

namespace PyBuild.Compiler.Assembly;

/// <summary>
/// Lays out an optimised graph as bytecode (CPython's assemble.c): jump directions and offsets,
/// <c>EXTENDED_ARG</c> prefixes, inline cache entries, the location table and the exception table.
/// </summary>
internal static class Assembler
{
    public sealed record Result(byte[] Code, byte[] LineTable, byte[] ExceptionTable);

    public static Result Assemble(ControlFlowGraph graph, int firstLineNo)
    {
        var blocks = new List<BasicBlock>();
        foreach (var b in graph.Blocks())
        {
            if (b.Instructions.Count > 0) blocks.Add(b);
        }
        NormalizeConditionalJumps(blocks);
        LowerJumps(blocks);
        var ends = ComputeOffsets(blocks);
        var code = new List<byte>();
        var lines = new LocationTableWriter(firstLineNo);
        var exceptions = new ExceptionTableWriter();
        int offset = 0;
        var pendingLocation = SourceLocation.None;
        int pendingLength = 0;
        foreach (var b in blocks)
        {
            for (int i = 0; i < b.Instructions.Count; i++)
            {
                var inst = b.Instructions[i];
                if ((int)inst.Op > 255) throw new InvalidOperationException($"pseudo-instruction {inst.Op} reached the assembler");
                int arg = inst.Target is null ? inst.Arg : JumpArgument(inst, ends[b][i]);
                int size = Size(inst.Op, arg);
                exceptions.Add(offset, inst.ExceptHandler);
                offset += size;
                int extended = InstructionUnits(arg) - 1;
                for (int shift = 8 * extended; shift > 0; shift -= 8)
                {
                    code.Add((byte)OpCode.EXTENDED_ARG);
                    code.Add((byte)((arg >> shift) & 0xFF));
                }
                code.Add((byte)inst.Op);
                code.Add((byte)(arg & 0xFF));
                for (int c = OpCodeInfo.CacheEntries(inst.Op); c > 0; c--)
                {
                    code.Add(0);
                    code.Add(0);
                }
                if (pendingLength > 0 && inst.Location != pendingLocation)
                {
                    lines.Add(pendingLocation, pendingLength);
                    pendingLength = 0;
                }
                pendingLocation = inst.Location;
                pendingLength += size;
            }
        }
        if (pendingLength > 0) lines.Add(pendingLocation, pendingLength);
        return new Result(code.ToArray(), lines.ToArray(), exceptions.Finish(offset));
    }

    /// <summary>
    /// Conditional jumps only go forward: a backward one becomes the reversed jump over a new
    /// block holding an unconditional backward jump (CPython's <c>normalize_jumps</c>).
    /// </summary>
    private static void NormalizeConditionalJumps(List<BasicBlock> blocks)
    {
        var seen = new HashSet<BasicBlock>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            seen.Add(b);
            var last = b.Instructions[^1];
            if (last.Target is null || seen.Contains(last.Target) is false) continue;
            OpCode reversed;
            switch (last.Op)
            {
                case OpCode.POP_JUMP_IF_NOT_NONE: reversed = OpCode.POP_JUMP_IF_NONE; break;
                case OpCode.POP_JUMP_IF_NONE: reversed = OpCode.POP_JUMP_IF_NOT_NONE; break;
                case OpCode.POP_JUMP_IF_FALSE: reversed = OpCode.POP_JUMP_IF_TRUE; break;
                case OpCode.POP_JUMP_IF_TRUE: reversed = OpCode.POP_JUMP_IF_FALSE; break;
                default: continue;
            }
            var following = blocks[i + 1];
            var backward = new BasicBlock(-1) { Cold = b.Cold, Next = b.Next };
            backward.Instructions.Add(new Instruction(OpCode.JUMP, 0, last.Location, last.Target));
            b.Instructions[^1] = last with { Op = reversed, Target = following };
            b.Next = backward;
            blocks.Insert(i + 1, backward);
            seen.Add(backward);
            i++;
        }
    }

    /// <summary>Resolves pseudo-jumps to forward or backward jumps, by the layout.</summary>
    private static void LowerJumps(List<BasicBlock> blocks)
    {
        var order = new Dictionary<BasicBlock, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < blocks.Count; i++) order[blocks[i]] = i;
        for (int i = 0; i < blocks.Count; i++)
        {
            var ins = blocks[i].Instructions;
            for (int k = 0; k < ins.Count; k++)
            {
                var inst = ins[k];
                if (inst.Target is null) continue;
                bool backward = order[inst.Target] <= i;
                switch (inst.Op)
                {
                    case OpCode.JUMP:
                        ins[k] = inst with { Op = backward ? OpCode.JUMP_BACKWARD : OpCode.JUMP_FORWARD };
                        break;
                    case OpCode.JUMP_NO_INTERRUPT:
                        ins[k] = inst with { Op = backward ? OpCode.JUMP_BACKWARD_NO_INTERRUPT : OpCode.JUMP_FORWARD };
                        break;
                    case OpCode.POP_JUMP_IF_FALSE or OpCode.POP_JUMP_IF_TRUE or OpCode.POP_JUMP_IF_NONE or OpCode.POP_JUMP_IF_NOT_NONE or OpCode.FOR_ITER or OpCode.SEND:
                        if (backward) throw new NotSupportedException($"not supported yet: backward {inst.Op}");
                        break;
                }
            }
        }
    }

    private static int InstructionUnits(int arg) => arg > 0xFFFFFF ? 4 : arg > 0xFFFF ? 3 : arg > 0xFF ? 2 : 1;

    private static int Size(OpCode op, int arg) => InstructionUnits(arg) + OpCodeInfo.CacheEntries(op);

    /// <summary>A jump's argument: the distance in code units from the end of the jump (caches included) to its target.</summary>
    private static int JumpArgument(Instruction inst, int end) =>
        inst.Op is OpCode.JUMP_BACKWARD or OpCode.JUMP_BACKWARD_NO_INTERRUPT
            ? end - inst.Target!.Offset
            : inst.Target!.Offset - end;

    /// <summary>
    /// Assigns offsets, growing EXTENDED_ARG prefixes until every jump argument fits; returns, per
    /// block, the offset just past each instruction.
    /// </summary>
    private static Dictionary<BasicBlock, int[]> ComputeOffsets(List<BasicBlock> blocks)
    {
        var ends = new Dictionary<BasicBlock, int[]>(ReferenceEqualityComparer.Instance);
        foreach (var b in blocks) ends[b] = new int[b.Instructions.Count];
        var sizes = new Dictionary<BasicBlock, int[]>(ReferenceEqualityComparer.Instance);
        foreach (var b in blocks)
        {
            var s = new int[b.Instructions.Count];
            for (int i = 0; i < s.Length; i++) s[i] = Size(b.Instructions[i].Op, b.Instructions[i].Target is null ? b.Instructions[i].Arg : 0);
            sizes[b] = s;
        }
        for (int round = 0; round < 100; round++)
        {
            int offset = 0;
            foreach (var b in blocks)
            {
                b.Offset = offset;
                var s = sizes[b];
                var e = ends[b];
                for (int i = 0; i < s.Length; i++)
                {
                    offset += s[i];
                    e[i] = offset;
                }
            }
            bool changed = false;
            foreach (var b in blocks)
            {
                var s = sizes[b];
                for (int i = 0; i < s.Length; i++)
                {
                    var inst = b.Instructions[i];
                    if (inst.Target is null) continue;
                    int size = Size(inst.Op, JumpArgument(inst, ends[b][i]));
                    if (size != s[i])
                    {
                        s[i] = size;
                        changed = true;
                    }
                }
            }
            if (!changed) return ends;
        }
        throw new InvalidOperationException("jump offsets did not settle");
    }
}
