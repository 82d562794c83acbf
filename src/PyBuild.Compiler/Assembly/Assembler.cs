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
        NormalizeConditionalJumps(graph, blocks);
        LowerJumps(graph, blocks);
        int count = 0;
        foreach (var b in blocks) count += b.Instructions.Count;
        // Per instruction, in layout order: its size in code units and the offset just past it.
        var sizes = new int[count];
        var ends = new int[count];
        int units = ComputeOffsets(blocks, sizes, ends);
        var code = new byte[units * 2];
        var lines = new LocationTableWriter(firstLineNo, units);
        var exceptions = new ExceptionTableWriter();
        int offset = 0, at = 0, k = 0;
        var pendingLocation = SourceLocation.None;
        int pendingLength = 0;
        foreach (var b in blocks)
        {
            var ins = b.Instructions;
            for (int i = 0; i < ins.Count; i++, k++)
            {
                var inst = ins[i];
                if ((int)inst.Op > 255) throw new InvalidOperationException($"pseudo-instruction {inst.Op} reached the assembler");
                int arg = inst.Target is null ? inst.Arg : JumpArgument(inst, ends[k]);
                int size = sizes[k];
                exceptions.Add(offset, inst.ExceptHandler);
                offset += size;
                for (int shift = 8 * (InstructionUnits(arg) - 1); shift > 0; shift -= 8)
                {
                    code[at++] = (byte)OpCode.EXTENDED_ARG;
                    code[at++] = (byte)((arg >> shift) & 0xFF);
                }
                code[at++] = (byte)inst.Op;
                code[at++] = (byte)(arg & 0xFF);
                // Inline cache entries are zero, as the array already is.
                at += 2 * OpCodeInfo.CacheEntries(inst.Op);
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
        return new Result(code, lines.ToArray(), exceptions.Finish(offset));
    }

    /// <summary>
    /// Conditional jumps only go forward: a backward one becomes the reversed jump over a new
    /// block holding an unconditional backward jump (CPython's <c>normalize_jumps</c>).
    /// </summary>
    private static void NormalizeConditionalJumps(ControlFlowGraph graph, List<BasicBlock> blocks)
    {
        foreach (var b in blocks) b.Visited = false;
        for (int i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            b.Visited = true;
            var last = b.Instructions[^1];
            if (last.Target is not { Visited: true }) continue;
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
            var backward = graph.NewBlock();
            backward.Cold = b.Cold;
            backward.Next = b.Next;
            backward.Instructions.Add(new Instruction(OpCode.JUMP, 0, last.Location, last.Target));
            b.Instructions[^1] = last with { Op = reversed, Target = following };
            b.Next = backward;
            blocks.Insert(i + 1, backward);
            backward.Visited = true;
            i++;
        }
    }

    /// <summary>Resolves pseudo-jumps to forward or backward jumps, by the layout.</summary>
    private static void LowerJumps(ControlFlowGraph graph, List<BasicBlock> blocks)
    {
        // Each block's position in the layout, held in Offset until the offsets are computed.
        foreach (var b in graph.Blocks()) b.Offset = -1;
        for (int i = 0; i < blocks.Count; i++) blocks[i].Offset = i;
        for (int i = 0; i < blocks.Count; i++)
        {
            var ins = blocks[i].Instructions;
            for (int k = 0; k < ins.Count; k++)
            {
                var inst = ins[k];
                if (inst.Target is null) continue;
                if (inst.Target.Offset < 0) throw new InvalidOperationException($"jump to {inst.Target}, an empty or detached block");
                bool backward = inst.Target.Offset <= i;
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
    /// Assigns offsets, growing EXTENDED_ARG prefixes until every jump argument fits: fills, per
    /// instruction in layout order, its size and the offset just past it; returns the code size in units.
    /// </summary>
    private static int ComputeOffsets(List<BasicBlock> blocks, int[] sizes, int[] ends)
    {
        int k = 0;
        foreach (var b in blocks)
        {
            foreach (var inst in b.Instructions) sizes[k++] = Size(inst.Op, inst.Target is null ? inst.Arg : 0);
        }
        for (int round = 0; round < 100; round++)
        {
            int offset = 0;
            k = 0;
            foreach (var b in blocks)
            {
                b.Offset = offset;
                for (int i = 0; i < b.Instructions.Count; i++, k++)
                {
                    offset += sizes[k];
                    ends[k] = offset;
                }
            }
            bool changed = false;
            k = 0;
            foreach (var b in blocks)
            {
                foreach (var inst in b.Instructions)
                {
                    if (inst.Target is not null)
                    {
                        int size = Size(inst.Op, JumpArgument(inst, ends[k]));
                        if (size != sizes[k])
                        {
                            sizes[k] = size;
                            changed = true;
                        }
                    }
                    k++;
                }
            }
            if (!changed) return offset;
        }
        throw new InvalidOperationException("jump offsets did not settle");
    }
}
