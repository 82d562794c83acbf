namespace PyBuild.Compiler.CodeGen;

/// <summary><c>co_consts</c> under construction: each distinct constant once, in first-use order.</summary>
internal sealed class ConstantPool
{
    private readonly Dictionary<object, int> _index = new(Bytecode.ConstantKey.Instance);
    private readonly List<object?> _items = new();
    private int _noneIndex = -1;

    public IReadOnlyList<object?> Items => _items;

    public int IndexOf(object? value)
    {
        if (value is null)
        {
            if (_noneIndex < 0)
            {
                _noneIndex = _items.Count;
                _items.Add(null);
            }
            return _noneIndex;
        }
        if (!_index.TryGetValue(value, out int i))
        {
            i = _items.Count;
            _index[value] = i;
            _items.Add(value);
        }
        return i;
    }
}
