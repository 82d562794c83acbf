namespace PyBuild.Runtime.Objects;

/// <summary>A cell: a variable shared between a function and its closures.</summary>
internal sealed class PyCell(PyObject? contents) : PyObject
{
    private static readonly PyType CellType = new("cell", PyType.ObjectType);

    public PyObject? Contents { get; set; } = contents;

    public override PyType Type => CellType;

    public override PyObject? GetSpecialAttr(string name) => name == "cell_contents"
        ? Contents ?? throw Ops.Error(Exceptions.ExceptionTypes.ValueError, "Cell is empty")
        : null;

    public override bool SetSpecialAttr(string name, PyObject value)
    {
        if (name != "cell_contents") return false;
        Contents = value;
        return true;
    }

    public override string Repr() =>
        Contents is null ? $"<cell at 0x{Ops.Id(this):x}: empty>" : $"<cell at 0x{Ops.Id(this):x}: {Contents.Type.Name} object at 0x{Ops.Id(Contents):x}>";
}
