namespace PyBuild.Runtime.Objects;

/// <summary>
/// CPython's calling conventions for native functions. Each fixes how arguments may be passed and the
/// exact TypeError CPython raises when they do not fit, so the runtime reports the same messages.
/// </summary>
internal enum CallConvention
{
    /// <summary><c>METH_NOARGS</c>: <c>list.copy() takes no arguments (1 given)</c>.</summary>
    NoArgs,

    /// <summary><c>METH_O</c>: <c>list.append() takes exactly one argument (0 given)</c>.</summary>
    OneArg,

    /// <summary>Argument Clinic, positional-only parameters: <c>pop expected at most 1 argument, got 2</c>.</summary>
    Positional,

    /// <summary><c>PyArg_ParseTuple</c> with a name: <c>count() takes at least 1 argument (0 given)</c>.</summary>
    ParseTuple,

    /// <summary>Argument Clinic with keyword parameters: <c>split() takes at most 2 arguments (3 given)</c>.</summary>
    Keywords,

    /// <summary>Slot wrappers (<c>int.__add__</c>): <c>expected 1 argument, got 0</c>.</summary>
    Slot,
}

/// <summary>
/// How a native function takes its arguments, checked before it runs (by <see cref="PyBuiltinFunction"/>),
/// so that an implementation may index the arguments it was declared with and never sees too few,
/// too many or unexpected keywords. A type's constructor may have one too (<see cref="PyType.ConstructorSpec"/>);
/// the types of single arguments are checked by <see cref="ArgConversions"/>.
/// </summary>
internal sealed class ArgSpec
{
    /// <summary>No arguments besides self.</summary>
    public static readonly ArgSpec NoArgs = new(CallConvention.NoArgs, 0, 0, [], 0, 0);

    /// <summary>Exactly one positional argument besides self.</summary>
    public static readonly ArgSpec OneArg = new(CallConvention.OneArg, 1, 1, [], 0, 0);

    /// <summary>
    /// The sequence-repeat slot (<c>str.__mul__</c>, <c>list.__rmul__</c>): one argument; see <see cref="UnnamedSlot"/>.
    /// </summary>
    public static readonly ArgSpec RepeatSlot = UnnamedSlot(1, 1);

    private ArgSpec(CallConvention convention, int min, int max, string[] names, int positionalOnly, int maxPositional)
    {
        Convention = convention;
        Min = min;
        Max = max;
        Names = names;
        PositionalOnly = positionalOnly;
        MaxPositional = maxPositional;
    }

    public CallConvention Convention { get; }

    /// <summary>For <see cref="CallConvention.Positional"/>: the name is left out of count errors (see <see cref="UnnamedSlot"/>).</summary>
    public bool Unnamed { get; private init; }

    /// <summary>For <see cref="CallConvention.Positional"/>: keyword arguments are the function's own business (<c>**kwargs</c>).</summary>
    public bool AnyKeywords { get; private init; }

    /// <summary>The fewest arguments; for <see cref="CallConvention.Keywords"/> the number of required parameters.</summary>
    public int Min { get; }

    /// <summary>The most arguments (<see cref="int.MaxValue"/>: any number).</summary>
    public int Max { get; }

    /// <summary>For <see cref="CallConvention.Keywords"/>: every parameter's name, positional ones first.</summary>
    public string[] Names { get; }

    /// <summary>For <see cref="CallConvention.Keywords"/>: how many leading parameters cannot be passed by keyword.</summary>
    public int PositionalOnly { get; }

    /// <summary>For <see cref="CallConvention.Keywords"/>: how many parameters may be passed by position (the rest are keyword-only).</summary>
    public int MaxPositional { get; }

    /// <summary>Positional-only parameters, <paramref name="min"/> to <paramref name="max"/> of them, named in errors without the type.</summary>
    public static ArgSpec Positional(int min, int max) => new(CallConvention.Positional, min, max, [], 0, 0);

    /// <summary>Positional-only parameters with <c>PyArg_ParseTuple</c>'s messages; <paramref name="max"/> may be <see cref="int.MaxValue"/>.</summary>
    public static ArgSpec ParseTuple(int min, int max) => new(CallConvention.ParseTuple, min, max, [], 0, 0);

    /// <summary>
    /// A slot wrapper that CPython names with an empty string (sequence repeat, <c>__setitem__</c>, ternary
    /// <c>__pow__</c>), hence count errors that start with a space: <c> expected 1 argument, got 0</c>.
    /// </summary>
    public static ArgSpec UnnamedSlot(int min, int max) => new(CallConvention.Positional, min, max, [], 0, 0) { Unnamed = true };

    /// <summary>Positional parameters, <paramref name="min"/> to <paramref name="max"/>, plus any keyword arguments (<c>**kwargs</c>).</summary>
    public static ArgSpec PositionalAndKeywords(int min, int max) => new(CallConvention.Positional, min, max, [], 0, 0) { AnyKeywords = true };

    /// <summary>A slot wrapper taking exactly <paramref name="count"/> arguments besides self.</summary>
    public static ArgSpec Slot(int count) => new(CallConvention.Slot, count, count, [], 0, 0);

    /// <summary>
    /// Parameters that may be passed by keyword: <paramref name="names"/> in order, the first
    /// <paramref name="positionalOnly"/> positional-only, the first <paramref name="required"/> required,
    /// the first <paramref name="maxPositional"/> accepted by position (the rest keyword-only).
    /// </summary>
    public static ArgSpec Keywords(int positionalOnly, int required, int maxPositional, params string[] names) =>
        new(CallConvention.Keywords, required, names.Length, names, positionalOnly, maxPositional);

    /// <summary>
    /// Raises CPython's TypeError when <paramref name="args"/> (self first when <paramref name="selfCount"/>
    /// is 1, then positional arguments, then the values of <paramref name="kwnames"/>) do not fit.
    /// </summary>
    public void Check(PyBuiltinFunction f, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int selfCount) =>
        Check(f.Name, f.Owner?.Name ?? f.Module, args, kwnames, selfCount);

    /// <summary>
    /// The same check for a callable named <paramref name="name"/>, qualified in some of CPython's messages by
    /// <paramref name="owner"/>, its type or module (<c>list.append()</c>, <c>math.acos()</c>); null for builtins and constructors.
    /// </summary>
    public void Check(string name, string? owner, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int selfCount)
    {
        int nkw = kwnames is null ? 0 : kwnames.Items.Length;
        int nargs = args.Length - nkw - selfCount;
        switch (Convention)
        {
            case CallConvention.NoArgs:
                if (nkw > 0) throw Ops.TypeError($"{Qualified(name, owner)}() takes no keyword arguments");
                if (nargs != 0) throw Ops.TypeError($"{Qualified(name, owner)}() takes no arguments ({nargs} given)");
                return;
            case CallConvention.OneArg:
                if (nkw > 0) throw Ops.TypeError($"{Qualified(name, owner)}() takes no keyword arguments");
                if (nargs != 1) throw Ops.TypeError($"{Qualified(name, owner)}() takes exactly one argument ({nargs} given)");
                return;
            case CallConvention.Positional:
                if (nkw > 0 && !AnyKeywords) throw Ops.TypeError(Unnamed ? $"wrapper {name}() takes no keyword arguments" : $"{Qualified(name, owner)}() takes no keyword arguments");
                if (nargs < Min || nargs > Max)
                {
                    string bound = Min == Max ? "" : nargs < Min ? "at least " : "at most ";
                    int n = nargs < Min ? Min : Max;
                    throw Ops.TypeError($"{(Unnamed ? "" : name)} expected {bound}{n} argument{Plural(n)}, got {nargs}");
                }
                return;
            case CallConvention.ParseTuple:
                if (nkw > 0) throw Ops.TypeError($"{name}() takes no keyword arguments");
                if (nargs < Min || nargs > Max)
                {
                    string bound = Min == Max ? "exactly" : nargs < Min ? "at least" : "at most";
                    int n = nargs < Min ? Min : Max;
                    throw Ops.TypeError($"{name}() takes {bound} {n} argument{Plural(n)} ({nargs} given)");
                }
                return;
            case CallConvention.Slot:
                if (nkw > 0) throw Ops.TypeError($"wrapper {name}() takes no keyword arguments");
                if (nargs != Min) throw Ops.TypeError($"expected {Min} argument{Plural(Min)}, got {nargs}");
                return;
            default:
                CheckKeywords(name, kwnames, nargs, nkw);
                return;
        }
    }

    /// <summary>Argument Clinic's <c>_PyArg_UnpackKeywords</c> checks, in its order.</summary>
    private void CheckKeywords(string name, PyTuple? kwnames, int nargs, int nkw)
    {
        if (nargs + nkw > Max)
            throw Ops.TypeError($"{name}() takes at most {Max} {(nargs == 0 ? "keyword " : "")}argument{Plural(Max)} ({nargs + nkw} given)");
        if (nargs > MaxPositional)
        {
            if (MaxPositional == 0) throw Ops.TypeError($"{name}() takes no positional arguments");
            throw Ops.TypeError($"{name}() takes {(Math.Min(Min, MaxPositional) < MaxPositional ? "at most" : "exactly")} {MaxPositional} positional argument{Plural(MaxPositional)} ({nargs} given)");
        }
        int minPositional = Math.Min(PositionalOnly, Min);
        if (nargs < minPositional)
            throw Ops.TypeError($"{name}() takes {(minPositional < MaxPositional ? "at least" : "exactly")} {minPositional} positional argument{Plural(minPositional)} ({nargs} given)");
        int found = 0;
        for (int i = nargs; i < Names.Length; i++)
        {
            bool given = i >= PositionalOnly && KeywordIndex(kwnames, Names[i]) >= 0;
            if (given) found++;
            else if (i < Min) throw Ops.TypeError($"{name}() missing required argument '{Names[i]}' (pos {i + 1})");
        }
        if (found == nkw) return;
        // Some keyword matched no parameter still unfilled: say which, as CPython does.
        for (int k = 0; k < nkw; k++)
        {
            var kw = kwnames!.Items[k] is PyStr s ? s.Value : throw Ops.TypeError("keywords must be strings");
            int idx = Array.IndexOf(Names, kw);
            if (idx >= PositionalOnly && idx < nargs)
                throw Ops.TypeError($"argument for {name}() given by name ('{kw}') and position ({idx + 1})");
            if (idx < PositionalOnly) throw Ops.TypeError($"'{kw}' is an invalid keyword argument for {name}()");
        }
    }

    private static int KeywordIndex(PyTuple? kwnames, string name)
    {
        if (kwnames is null) return -1;
        var items = kwnames.Items;
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is PyStr s && s.Value == name) return i;
        }
        return -1;
    }

    /// <summary>CPython's qualified name: a type without its module (<c>deque.append</c>, not <c>collections.deque.append</c>).</summary>
    private static string Qualified(string name, string? owner) => owner is null ? name : owner[(owner.LastIndexOf('.') + 1)..] + "." + name;

    private static string Plural(int n) => n == 1 ? "" : "s";
}
