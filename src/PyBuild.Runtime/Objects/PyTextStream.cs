namespace PyBuild.Runtime.Objects;

/// <summary>A text stream over a <see cref="TextWriter"/>: <c>sys.stdout</c> and <c>sys.stderr</c>.</summary>
internal sealed class PyTextStream(TextWriter writer, string name) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public TextWriter Writer { get; } = writer;

    public string Name { get; } = name;

    public override PyType Type => TypeObject;

    public override string Repr() => $"<_io.TextIOWrapper name='{Name}' mode='w' encoding='utf-8'>";

    public void Write(string s) => Writer.Write(s);

    private static PyType CreateType()
    {
        var t = new PyType("_io.TextIOWrapper", PyType.ObjectType);
        t.AddMethod("write", (a, k) =>
        {
            if (a.Length != 2 || a[1] is not PyStr s) throw Ops.TypeError($"write() argument must be str, not {(a.Length > 1 ? a[1].Type.Name : "nothing")}");
            ((PyTextStream)a[0]).Write(s.Value);
            return PyInt.From(s.CodePointLength);
        });
        t.AddMethod("flush", (a, k) => { ((PyTextStream)a[0]).Writer.Flush(); return PyNone.Value; });
        t.AddMethod("writelines", (a, k) =>
        {
            foreach (var line in Ops.ToArray(a[1])) ((PyTextStream)a[0]).Write(((PyStr)line).Value);
            return PyNone.Value;
        });
        return t;
    }
}
