using PyBuild.Compiler.Bytecode;

namespace PyBuild.Compiler.FlowGraph;

/// <summary>One instruction of the control-flow graph (CPython's <c>cfg_instr</c>).</summary>
public struct Instruction
{
    /// <summary>The opcode, possibly a pseudo-instruction until the graph is lowered.</summary>
    public OpCode Op;
    /// <summary>The argument (an index, a count or a flag set); for jumps, filled in by the assembler.</summary>
    public int Arg;
    /// <summary>The jump target or exception handler, for instructions that have one.</summary>
    public BasicBlock? Target;
    /// <summary>The source range.</summary>
    public SourceLocation Location;
    /// <summary>The handler an exception raised here goes to, once exception targets are labelled.</summary>
    public BasicBlock? ExceptHandler;

    /// <summary>Creates an instruction.</summary>
    public Instruction(OpCode op, int arg, SourceLocation location, BasicBlock? target = null)
    {
        Op = op;
        Arg = arg;
        Location = location;
        Target = target;
    }

    /// <inheritdoc/>
    public override readonly string ToString() => Target is null ? $"{Op} {Arg}" : $"{Op} -> B{Target.Label}";
}
