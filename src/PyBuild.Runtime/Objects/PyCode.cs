using System.Numerics;
using PyBuild.Compiler.Bytecode;
using PyBuild.Runtime.Interpreter;

namespace PyBuild.Runtime.Objects;

/// <summary>
/// A code object as the interpreter runs it: the compiler's <see cref="CodeObject"/>, decoded once
/// into <see cref="Instructions"/>, with its constants turned into runtime objects and its inline caches.
/// </summary>
internal sealed class PyCode : PyObject
{
    public static readonly PyType TypeObject = new("code", PyType.ObjectType);

    private int[]? lines;
    private SourcePosition[]? positions;

    public PyCode(CodeObject code)
    {
        Source = code;
        Consts = new PyObject[code.Consts.Length];
        for (int i = 0; i < Consts.Length; i++) Consts[i] = ConvertConstant(code.Consts[i]);
        Names = new PyStr[code.Names.Length];
        for (int i = 0; i < Names.Length; i++) Names[i] = PyStr.Intern(code.Names[i]);
        LocalNames = new PyStr[code.LocalsPlusNames.Length];
        for (int i = 0; i < LocalNames.Length; i++) LocalNames[i] = PyStr.Intern(code.LocalsPlusNames[i]);
        var decoded = CodeDecoder.Decode(code);
        Instructions = decoded.Instructions;
        Handlers = decoded.Handlers;
        GlobalCaches = new GlobalCache[decoded.GlobalCacheCount];
        AttrCaches = new AttrCache[decoded.AttrCacheCount];
        int free = 0;
        foreach (var k in code.LocalsPlusKinds)
        {
            if ((k & LocalKind.Free) != 0) free++;
        }
        FreeCount = free;
        // Read on every call: computed once rather than through Source.
        ArgCount = code.ArgCount;
        LocalsPlusCount = LocalNames.Length;
        FrameSize = LocalNames.Length + code.StackSize;
        IsGenerator = (code.Flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) != 0;
        HasSimpleArgs = (code.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0 && code.KwOnlyArgCount == 0;
    }

    public CodeObject Source { get; }

    /// <summary>Returned frames of this code, kept for the next calls and chained through <see cref="Frame.Back"/> (see <see cref="Frame.Reusable"/>).</summary>
    internal Frame? FreeFrame { get; set; }

    /// <summary>How many frames the <see cref="FreeFrame"/> list holds.</summary>
    internal int FreeFrameCount { get; set; }

    public Instruction[] Instructions { get; }

    public ExceptionHandler[] Handlers { get; }

    public PyObject[] Consts { get; }

    public PyStr[] Names { get; }

    /// <summary><c>co_localsplusnames</c> as interned strings.</summary>
    public PyStr[] LocalNames { get; }

    public GlobalCache[] GlobalCaches { get; }

    public AttrCache[] AttrCaches { get; }

    public int FreeCount { get; }

    public string Name => Source.Name;

    public string QualName => Source.QualName;

    public string Filename => Source.Filename;

    public CodeFlags Flags => Source.Flags;

    public int ArgCount { get; }

    /// <summary>Whether the parameters are positional ones only (no <c>*args</c>, <c>**kwargs</c> or keyword-only).</summary>
    public bool HasSimpleArgs { get; }

    public int PosOnlyArgCount => Source.PosOnlyArgCount;

    public int KwOnlyArgCount => Source.KwOnlyArgCount;

    public int LocalsPlusCount { get; }

    public int FrameSize { get; }

    public bool IsGenerator { get; }

    /// <summary>Whether <c>co_consts[0]</c> is the docstring (a function whose body starts with a string).</summary>
    public bool HasDocstring => Consts.Length > 0 && Consts[0] is PyStr && Instructions.Length > 0 && Source.Name != "<module>";

    public override PyType Type => TypeObject;

    public override string Repr() => $"<code object {Name} at 0x{Ops.Id(this):x}, file \"{Filename}\", line {Source.FirstLineNo}>";

    /// <summary>The source range of the instruction at <paramref name="index"/>.</summary>
    public SourcePosition PositionOf(int index)
    {
        positions ??= LineTable.PositionsPerCodeUnit(Source);
        if (index < 0 || index >= Instructions.Length) return new SourcePosition(-1, -1, -1, -1);
        int off = Instructions[index].Offset;
        return off < positions.Length ? positions[off] : new SourcePosition(-1, -1, -1, -1);
    }

    /// <summary>The source line of the instruction at <paramref name="index"/>, or -1.</summary>
    public int LineOf(int index)
    {
        lines ??= LineTable.LinesPerCodeUnit(Source);
        if (index < 0 || index >= Instructions.Length) return -1;
        int off = Instructions[index].Offset;
        return off < lines.Length ? lines[off] : -1;
    }

    /// <summary>The handler covering instruction <paramref name="index"/>, or null.</summary>
    public ExceptionHandler? FindHandler(int index)
    {
        foreach (var h in Handlers)
        {
            if (index >= h.Start && index < h.End) return h;
        }
        return null;
    }

    public override PyObject? GetSpecialAttr(string name) => name switch
    {
        "co_name" => new PyStr(Name),
        "co_qualname" => new PyStr(QualName),
        "co_filename" => new PyStr(Filename),
        "co_argcount" => PyInt.From(ArgCount),
        "co_firstlineno" => PyInt.From(Source.FirstLineNo),
        "co_flags" => PyInt.From((int)Flags),
        "co_consts" => new PyTuple(Consts),
        "co_names" => new PyTuple(Names),
        "co_varnames" => NamesOfKind(LocalKind.Local),
        "co_cellvars" => NamesOfKind(LocalKind.Cell),
        "co_freevars" => NamesOfKind(LocalKind.Free),
        "co_posonlyargcount" => PyInt.From(Source.PosOnlyArgCount),
        "co_kwonlyargcount" => PyInt.From(Source.KwOnlyArgCount),
        "co_nlocals" => PyInt.From(Source.NLocals),
        "co_stacksize" => PyInt.From(Source.StackSize),
        _ => null,
    };

    /// <summary>The names of the locals-plus entries of a kind, in order (<c>co_varnames</c>, <c>co_cellvars</c>, <c>co_freevars</c>).</summary>
    private PyTuple NamesOfKind(LocalKind kind)
    {
        var names = new List<PyObject>();
        for (int i = 0; i < LocalNames.Length; i++)
        {
            if ((Source.LocalsPlusKinds[i] & kind) != 0) names.Add(LocalNames[i]);
        }
        return new PyTuple([.. names]);
    }

    /// <summary>Turns a compiler constant into its runtime object.</summary>
    public static PyObject ConvertConstant(object? c) => c switch
    {
        null => PyNone.Value,
        bool b => PyBool.From(b),
        BigInteger i => PyInt.From(i),
        double d => PyFloat.From(d),
        string s => s.Length <= 40 && IsIdentifierLike(s) ? PyStr.Intern(s) : new PyStr(s),
        byte[] bytes => new PyBytes(bytes),
        ConstTuple t => ConvertTuple(t.Items),
        ConstFrozenSet fs => new PySet(true, ConvertTuple(fs.Items).Items),
        ConstEllipsis => PyEllipsis.Value,
        CodeObject co => new PyCode(co),
        Complex z => new PyComplex(z.Real, z.Imaginary),
        ConstSurrogateStr => new PyUnsupportedConstant("strings holding an escaped surrogate pair"),
        _ => new PyUnsupportedConstant(c.GetType().Name),
    };

    private static PyTuple ConvertTuple(object?[] items)
    {
        var r = new PyObject[items.Length];
        for (int i = 0; i < r.Length; i++) r[i] = ConvertConstant(items[i]);
        return new PyTuple(r);
    }

    private static bool IsIdentifierLike(string s)
    {
        foreach (var ch in s)
        {
            if (!char.IsAsciiLetterOrDigit(ch) && ch != '_') return false;
        }
        return true;
    }
}

/// <summary>A constant of a kind the runtime cannot represent yet; any use raises "not supported yet".</summary>
internal sealed class PyUnsupportedConstant(string what) : PyObject
{
    public string What { get; } = what;

    public override PyType Type => throw Ops.NotSupported(What);

    public override string Repr() => throw Ops.NotSupported(What);
}
