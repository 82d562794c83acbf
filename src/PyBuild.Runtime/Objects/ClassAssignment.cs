using System.Text;
using PyBuild.Runtime.Exceptions;

namespace PyBuild.Runtime.Objects;

/// <summary>
/// <c>obj.__class__ = C</c>: allowed only between classes whose instances have the same layout, so the
/// object's storage still fits its new class (CPython's <c>object_set_class</c>).
/// </summary>
internal static class ClassAssignment
{
    /// <summary>Gives <paramref name="o"/> the class <paramref name="value"/> (null: a <c>del</c>), or raises CPython's TypeError.</summary>
    public static void Assign(PyObject o, PyObject? value)
    {
        if (value is null) throw Ops.TypeError("can't delete __class__ attribute");
        if (value is not PyType newType) throw Ops.TypeError($"__class__ must be set to a class, not '{value.Type.Name}' object");
        var oldType = o.Type;
        if (!newType.IsHeapType || !oldType.IsHeapType || o is PyType or PyModule)
            throw Ops.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        if (newType.SolidBase != oldType.SolidBase || Layout(newType) != Layout(oldType))
            throw Ops.TypeError($"__class__ assignment: '{newType.Name}' object layout differs from '{oldType.Name}'");
        switch (o)
        {
            case PyInstance pi: pi.Class = newType; break;
            case PyListInstance li: li.Class = newType; break;
            case PyDictInstance di: di.Class = newType; break;
            case PyBaseException be: be.Class = newType; break;
            default: throw Ops.NotSupported($"__class__ assignment for '{oldType.Name}' objects");
        }
    }

    /// <summary>
    /// What decides an instance's storage beyond its solid base: the <c>__slots__</c> each class declares,
    /// in order, and whether instances have a <c>__dict__</c>.
    /// </summary>
    private static string Layout(PyType t)
    {
        var sb = new StringBuilder(t.SlotNames is null ? "dict" : "slots");
        foreach (var c in t.Mro)
        {
            if (!c.IsHeapType || c.Dict.GetItemOrNull(PyStr.Intern("__slots__")) is not { } slots) continue;
            sb.Append('|');
            foreach (var item in slots is PyStr single ? [single] : Ops.ToArray(slots)) sb.Append(Ops.Repr(item)).Append(',');
        }
        return sb.ToString();
    }
}
