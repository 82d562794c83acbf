using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Modules.Collections;

/// <summary>The <c>collections</c> module: defaultdict, Counter, deque and OrderedDict (a plain dict).</summary>
internal static class CollectionsModule
{
    public static PyModule Create()
    {
        var m = new PyModule("collections");
        var d = m.ModuleDict;
        d.SetItem("defaultdict", PyDefaultDict.DefaultDictType);
        d.SetItem("Counter", PyCounter.CounterType);
        d.SetItem("deque", PyDeque.DequeType);
        d.SetItem("OrderedDict", PyDict.TypeObject);
        d.SetItem("namedtuple", new PyBuiltinFunction("namedtuple", (a, k) => throw Ops.NotSupported("collections.namedtuple")));
        return m;
    }
}
