namespace PyBuild.Compiler.CodeGen;

/// <summary>An insertion-ordered set that hands out each member's index (the dicts of CPython's compiler units).</summary>
/// <remarks>
/// Most units have a handful of names, variables and cells, and four of these sets each: a short
/// set is searched in order, and the dictionary is only built once it outgrows that, which spares
/// most units four dictionaries.
/// </remarks>
internal sealed class IndexedSet<T> where T : notnull
{
    private const int LinearLimit = 8;

    private readonly IEqualityComparer<T> _comparer;
    private readonly List<T> _items = new();
    private Dictionary<T, int>? _index;

    public IndexedSet(IEqualityComparer<T>? comparer = null) => _comparer = comparer ?? EqualityComparer<T>.Default;

    public int Count => _items.Count;

    public IReadOnlyList<T> Items => _items;

    /// <summary>The index of <paramref name="item"/>, adding it at the end if new.</summary>
    public int IndexOf(T item)
    {
        if (TryGetIndex(item, out int i)) return i;
        i = _items.Count;
        _items.Add(item);
        if (_index is not null)
        {
            _index[item] = i;
        }
        else if (_items.Count > LinearLimit)
        {
            _index = new Dictionary<T, int>(2 * _items.Count, _comparer);
            for (int k = 0; k < _items.Count; k++) _index[_items[k]] = k;
        }
        return i;
    }

    public bool TryGetIndex(T item, out int index)
    {
        if (_index is not null) return _index.TryGetValue(item, out index);
        for (int k = 0; k < _items.Count; k++)
        {
            if (_comparer.Equals(_items[k], item))
            {
                index = k;
                return true;
            }
        }
        index = -1;
        return false;
    }
}
