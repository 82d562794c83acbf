namespace PyBuild.Runtime.Objects;

/// <summary>
/// Iterator over a set's hash table, read live as CPython's is, so that a change of size while
/// iterating raises RuntimeError instead of yielding a stale or partial view.
/// </summary>
internal sealed class PySetIterator(PySet set) : PyObject
{
    private static readonly PyType IterType = SlotWrappers.Iterator(new("set_iterator", PyType.ObjectType));
    private readonly int startCount = set.Count;
    private int position;
    private bool exhausted;

    public override PyType Type => IterType;

    public override PyObject Iter() => this;

    public override PyObject? Next()
    {
        if (exhausted) return null;
        // The error is sticky, as in CPython: every later call raises it again.
        if (set.Count != startCount) throw Ops.Error(Exceptions.ExceptionTypes.RuntimeError, "Set changed size during iteration");
        var key = set.NextKey(ref position);
        if (key is null) exhausted = true;
        return key;
    }
}
