using PyBuild.Compiler.Bytecode;

namespace PyBuild.Compiler.FlowGraph;

/// <summary>The basic blocks of one code object, in layout order from <see cref="Entry"/> (CPython's <c>cfg_builder</c>).</summary>
public sealed class ControlFlowGraph
{
    private int _nextLabel;
    // Every block made for this graph, placed or not: blocks that passes drop from the layout
    // (empty, unreachable) or that were never placed still hold pooled instruction lists.
    private readonly List<BasicBlock> _allBlocks = new();

    /// <summary>Creates a graph with an empty entry block as the current block.</summary>
    public ControlFlowGraph()
    {
        Entry = NewBlock();
        Current = Entry;
        Last = Entry;
    }

    /// <summary>The first block.</summary>
    public BasicBlock Entry { get; }

    /// <summary>The block instructions are appended to.</summary>
    public BasicBlock Current { get; private set; }

    private BasicBlock Last { get; set; }

    /// <summary>A new block, not yet placed in the layout.</summary>
    public BasicBlock NewBlock()
    {
        var block = new BasicBlock(_nextLabel++);
        _allBlocks.Add(block);
        return block;
    }

    /// <summary>Places <paramref name="block"/> after the last block and makes it current (CPython's <c>USE_LABEL</c>).</summary>
    public void UseBlock(BasicBlock block)
    {
        block.IsLabel = true;
        Place(block);
    }

    private void Place(BasicBlock block)
    {
        Last.Next = block;
        Last = block;
        Current = block;
    }

    /// <summary>Appends an instruction to the current block, first starting a new block if the current one ends in a jump or exit.</summary>
    public void Add(Instruction instruction)
    {
        if (Current.Instructions.Count > 0 && OpCodeFacts.IsTerminator(Current.Instructions[^1].Op))
        {
            Place(NewBlock());
        }
        Current.Instructions.Add(instruction);
    }

    /// <summary>Appends <paramref name="op"/> with <paramref name="arg"/>.</summary>
    public void Add(OpCode op, int arg, SourceLocation location) => Add(new Instruction(op, arg, location));

    /// <summary>Gives the blocks' instruction lists back for reuse; the graph is not used after.</summary>
    public void Release()
    {
        foreach (var b in _allBlocks) InstructionListPool.Return(b.Instructions);
    }

    /// <summary>The blocks in layout order; each step follows the current block's <c>Next</c>, so a block inserted after the current one is visited.</summary>
    public BlockChain Blocks() => new(Entry);
}

/// <summary>The blocks of a graph from one block on, through <see cref="BasicBlock.Next"/>, enumerated without allocating.</summary>
public readonly struct BlockChain(BasicBlock first)
{
    /// <summary>The enumerator <c>foreach</c> uses.</summary>
    public Enumerator GetEnumerator() => new(first);

    /// <summary>Walks the chain; reads <c>Next</c> only when moving on.</summary>
    public struct Enumerator(BasicBlock first)
    {
        private BasicBlock? _current;
        private bool _started;

        /// <summary>The block reached.</summary>
        public readonly BasicBlock Current => _current!;

        /// <summary>Moves to the next block; false past the last.</summary>
        public bool MoveNext()
        {
            _current = _started ? _current?.Next : first;
            _started = true;
            return _current is not null;
        }
    }
}
