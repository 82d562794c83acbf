namespace PyBuild.Runtime.Objects;

/// <summary>An iterator written as a C# iterator method (the itertools objects).</summary>
internal sealed class PyNativeIterator(PyType type, IEnumerator<PyObject> source) : PyObject
{
    private bool done;

    public override PyType Type => type;

    public override PyObject Iter() => this;

    public override PyObject? Next()
    {
        if (done) return null;
        if (source.MoveNext()) return source.Current;
        done = true;
        return null;
    }
}
