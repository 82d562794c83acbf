namespace PyBuild.Runtime.Objects;

/// <summary>A cell: a variable shared between a function and its closures.</summary>
internal sealed class PyCell(PyObject? contents) : PyObject
{
    private static readonly PyType CellType = new("cell", PyType.ObjectType);

    public PyObject? Contents { get; set; } = contents;

    public override PyType Type => CellType;

    public override string Repr() =>
        Contents is null ? $"<cell at 0x{Ops.Id(this):x}: empty>" : $"<cell at 0x{Ops.Id(this):x}: {Contents.Type.Name} object at 0x{Ops.Id(Contents):x}>";
}
