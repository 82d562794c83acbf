using PyBuild.Runtime.Objects;

namespace PyBuild.Runtime.Import;

/// <summary>The modules implemented in the runtime itself, found before <c>sys.path</c> as CPython's <c>BuiltinImporter</c> is.</summary>
internal static class BuiltinModules
{
    /// <summary>A new instance of the native module <paramref name="name"/>, or null when there is none.</summary>
    public static PyModule? Create(string name) => name switch
    {
        "math" => Modules.MathModule.Create(),
        "time" => Modules.TimeModule.Create(),
        "itertools" => Modules.ItertoolsModule.Create(),
        "functools" => Modules.FunctoolsModule.Create(),
        "collections" => Modules.Collections.CollectionsModule.Create(),
        "importlib" => Modules.ImportlibModule.Create(),
        "operator" => Modules.OperatorModule.Create(),
        "typing" => Modules.TypingModule.Create(),
        _ => null,
    };
}
