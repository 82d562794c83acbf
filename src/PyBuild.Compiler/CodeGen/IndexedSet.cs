namespace PyBuild.Compiler.CodeGen;

/// <summary>An insertion-ordered set that hands out each member's index (the dicts of CPython's compiler units).</summary>
internal sealed class IndexedSet<T> where T : notnull
{
    private readonly Dictionary<T, int> _index;
    private readonly List<T> _items = new();

    public IndexedSet(IEqualityComparer<T>? comparer = null) => _index = new Dictionary<T, int>(comparer);

    public int Count => _items.Count;

    public IReadOnlyList<T> Items => _items;

    /// <summary>The index of <paramref name="item"/>, adding it at the end if new.</summary>
    public int IndexOf(T item)
    {
        if (!_index.TryGetValue(item, out int i))
        {
            i = _items.Count;
            _index[item] = i;
            _items.Add(item);
        }
        return i;
    }

    public bool TryGetIndex(T item, out int index) => _index.TryGetValue(item, out index);
}
