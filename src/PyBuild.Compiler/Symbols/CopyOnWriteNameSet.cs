namespace PyBuild.Compiler.Symbols;

/// <summary>
/// A set of names handed down to a child scope, which may change its own view of it (a <c>global</c>
/// statement, a local binding that hides a global). CPython copies the parent's set for every child
/// up front; this one reads the parent's set until the first change that matters, and copies then.
/// </summary>
internal sealed class CopyOnWriteNameSet(HashSet<string> shared)
{
    private HashSet<string> _names = shared;
    private bool _owned;

    /// <summary>The names, for reading only.</summary>
    public HashSet<string> Names => _names;

    /// <summary>Whether <paramref name="name"/> is in the set.</summary>
    public bool Contains(string name) => _names.Contains(name);

    /// <summary>Adds <paramref name="name"/>, copying the parent's set first if it lacks the name.</summary>
    public void Add(string name)
    {
        if (!_names.Contains(name)) Own().Add(name);
    }

    /// <summary>Removes <paramref name="name"/>, copying the parent's set first if it holds the name.</summary>
    public void Remove(string name)
    {
        if (_names.Contains(name)) Own().Remove(name);
    }

    private HashSet<string> Own()
    {
        if (!_owned)
        {
            _names = new HashSet<string>(_names, _names.Comparer);
            _owned = true;
        }
        return _names;
    }
}
