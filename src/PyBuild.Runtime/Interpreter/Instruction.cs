using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PyBuild.Compiler.Bytecode;

namespace PyBuild.Runtime.Interpreter;

/// <summary>
/// One decoded instruction: <c>EXTENDED_ARG</c> folded into <see cref="Arg"/>, inline <c>CACHE</c>
/// units dropped, jump targets resolved to instruction indices, and a slot in the code's caches.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal struct Instruction
{
    public OpCode Op;

    public int Arg;

    /// <summary>For jumps: the target instruction index; otherwise the index of this instruction's inline cache, if any.</summary>
    public int Target;

    /// <summary>The code-unit offset of the opcode in <c>co_code</c> (for line numbers and <c>f_lasti</c>).</summary>
    public int Offset;
}

/// <summary>One row of <c>co_exceptiontable</c>, in instruction indices.</summary>
/// <param name="Start">First covered instruction.</param>
/// <param name="End">One past the last covered instruction.</param>
/// <param name="Target">The handler.</param>
/// <param name="Depth">The stack depth to unwind to.</param>
/// <param name="PushLasti">Whether the handler wants the raising instruction's offset pushed.</param>
internal readonly record struct ExceptionHandler(int Start, int End, int Target, int Depth, bool PushLasti);

/// <summary>Inline cache of <c>LOAD_GLOBAL</c>: where the name was found, valid while both dicts keep their keys.</summary>
internal struct GlobalCache
{
    public PyBuild.Runtime.Objects.PyDict? Globals;
    public int GlobalsVersion;
    public int BuiltinsVersion;
    public int Index;
    public bool InBuiltins;
}

/// <summary>
/// Inline cache of <c>LOAD_ATTR</c> and <c>STORE_ATTR</c>: what the MRO lookup found for the last few
/// receiver types. Several ways, because a method of a base class (Task.run in richards) sees
/// instances of each subclass in turn, and a one-way cache would miss, and look up twice, every time.
/// </summary>
internal struct AttrCache
{
    public const int Ways = 4;

    public AttrCacheEntries Entries;

    /// <summary>Where the name was last found in the instance or module dict: instances of a class set their attributes in the same order.</summary>
    public int Index;

    /// <summary>The entry for instances of <paramref name="type"/> at its current version, or a null reference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining), UnscopedRef]
    public ref AttrCacheEntry Find(PyBuild.Runtime.Objects.PyType type) => ref Find(type, forClass: false);

    /// <summary>The entry for an attribute read through the class <paramref name="cls"/> itself, or a null reference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining), UnscopedRef]
    public ref AttrCacheEntry FindClass(PyBuild.Runtime.Objects.PyType cls) => ref Find(cls, forClass: true);

    [MethodImpl(MethodImplOptions.AggressiveInlining), UnscopedRef]
    private ref AttrCacheEntry Find(PyBuild.Runtime.Objects.PyType type, bool forClass)
    {
        int version = type.Version;
        // Unsafe.Add, not Entries[i]: an indexed inline array goes through MemoryMarshal.CreateSpan
        // over this struct, which ReadyToRun code cannot inline (it is jitted apart and called).
        ref AttrCacheEntry first = ref Unsafe.As<AttrCacheEntries, AttrCacheEntry>(ref Entries);
        for (int i = 0; i < Ways; i++)
        {
            ref var e = ref Unsafe.Add(ref first, i);
            if (e.Type == type && e.TypeVersion == version && (e.Kind == AttrCacheKind.ClassAttribute) == forClass) return ref e;
        }
        return ref Unsafe.NullRef<AttrCacheEntry>();
    }

    /// <summary>Records <paramref name="value"/> as what the attribute reads through the class <paramref name="cls"/>.</summary>
    public void AddClass(PyBuild.Runtime.Objects.PyType cls, PyBuild.Runtime.Objects.PyObject value) => Add(cls, AttrCacheKind.ClassAttribute, value);

    /// <summary>Records what was found for <paramref name="type"/>, evicting the least recently added type.</summary>
    public void Add(PyBuild.Runtime.Objects.PyType type, AttrCacheKind kind, PyBuild.Runtime.Objects.PyObject? descriptor)
    {
        ref AttrCacheEntry first = ref Unsafe.As<AttrCacheEntries, AttrCacheEntry>(ref Entries);
        for (int i = Ways - 1; i > 0; i--) Unsafe.Add(ref first, i) = Unsafe.Add(ref first, i - 1);
        first = new AttrCacheEntry { Type = type, TypeVersion = type.Version, Kind = kind, Descriptor = descriptor };
    }
}

/// <summary>One receiver type of an <see cref="AttrCache"/> and what its MRO lookup found.</summary>
internal struct AttrCacheEntry
{
    public PyBuild.Runtime.Objects.PyType? Type;
    public int TypeVersion;
    public AttrCacheKind Kind;
    public PyBuild.Runtime.Objects.PyObject? Descriptor;
}

/// <summary>The ways of an <see cref="AttrCache"/>, stored inline.</summary>
[InlineArray(AttrCache.Ways)]
internal struct AttrCacheEntries
{
    private AttrCacheEntry first;
}

/// <summary>What an <see cref="AttrCache"/> learned about an attribute.</summary>
internal enum AttrCacheKind : byte
{
    None,

    /// <summary>Nothing on the type: look in the instance dict only.</summary>
    InstanceOnly,

    /// <summary>A Python or native function on the type, not shadowed by the instance dict: a method.</summary>
    Method,

    /// <summary>Read through the class itself (the entry's type is the receiver): the value it reads.</summary>
    ClassAttribute,
}
