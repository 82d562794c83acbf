using PyBuild.Runtime.Exceptions;
using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Import;

/// <summary>The ImportError and ModuleNotFoundError instances the import system raises, with CPython's <c>name</c> and <c>path</c>.</summary>
internal static class ImportErrors
{
    /// <summary>An exception of <paramref name="type"/> (ImportError or a subclass) with its <c>name</c> and <c>path</c> attributes set.</summary>
    public static PyException Create(PyType type, string message, string? name, string? path = null)
    {
        var e = PyBaseException.Create(type, message);
        e.Dict.SetItem("msg", new PyStr(message));
        e.Dict.SetItem("name", name is null ? PyNone.Value : new PyStr(name));
        e.Dict.SetItem("path", path is null ? PyNone.Value : new PyStr(path));
        return new PyException(e);
    }

    /// <summary><c>ModuleNotFoundError: No module named 'NAME'</c>.</summary>
    public static PyException NotFound(string name) =>
        Create(ExceptionTypes.ModuleNotFoundError, $"No module named '{name}'", name);
}
