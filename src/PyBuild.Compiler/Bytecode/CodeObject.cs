namespace PyBuild.Compiler.Bytecode;

/// <summary>
/// A CPython 3.12 code object, field for field as <c>marshal</c> stores it. Constants are plain
/// .NET values, so the compiler needs nothing from the runtime.
/// </summary>
public sealed class CodeObject
{
    /// <summary><c>co_argcount</c>: positional parameters, including positional-only ones.</summary>
    public int ArgCount { get; init; }
    /// <summary><c>co_posonlyargcount</c>.</summary>
    public int PosOnlyArgCount { get; init; }
    /// <summary><c>co_kwonlyargcount</c>.</summary>
    public int KwOnlyArgCount { get; init; }
    /// <summary><c>co_stacksize</c>.</summary>
    public int StackSize { get; init; }
    /// <summary><c>co_flags</c>.</summary>
    public CodeFlags Flags { get; init; }
    /// <summary><c>co_code</c>: 16-bit code units, with inline caches zeroed, as CPython writes them.</summary>
    public byte[] Code { get; init; } = [];
    /// <summary><c>co_consts</c>: None is null, then bool, BigInteger, double, Complex, string, byte[], ConstTuple, ConstFrozenSet, ConstEllipsis and CodeObject.</summary>
    public object?[] Consts { get; init; } = [];
    /// <summary><c>co_names</c>: global, attribute and import names.</summary>
    public string[] Names { get; init; } = [];
    /// <summary><c>co_localsplusnames</c>: locals, then cells, then free variables.</summary>
    public string[] LocalsPlusNames { get; init; } = [];
    /// <summary><c>co_localspluskinds</c>: one <see cref="LocalKind"/> per name in <see cref="LocalsPlusNames"/>.</summary>
    public LocalKind[] LocalsPlusKinds { get; init; } = [];
    /// <summary><c>co_filename</c>.</summary>
    public string Filename { get; init; } = "";
    /// <summary><c>co_name</c>.</summary>
    public string Name { get; init; } = "";
    /// <summary><c>co_qualname</c>.</summary>
    public string QualName { get; init; } = "";
    /// <summary><c>co_firstlineno</c>.</summary>
    public int FirstLineNo { get; init; }
    /// <summary><c>co_linetable</c>: the PEP 626 location table.</summary>
    public byte[] LineTable { get; init; } = [];
    /// <summary><c>co_exceptiontable</c>.</summary>
    public byte[] ExceptionTable { get; init; } = [];

    /// <summary>Number of fast locals (<c>co_nlocals</c>): names whose kind includes <see cref="LocalKind.Local"/>.</summary>
    public int NLocals
    {
        get
        {
            int n = 0;
            foreach (var kind in LocalsPlusKinds)
            {
                if ((kind & LocalKind.Local) != 0) n++;
            }
            return n;
        }
    }
}
