using PyBuild.Compiler.Marshal;

namespace PyBuild.Tasks;

/// <summary>The project-wide settings that PyCompile items without their own metadata take.</summary>
/// <param name="Optimize">PyOptimize.</param>
/// <param name="Mode">PyInvalidationMode.</param>
/// <param name="CopyToOutput">PyCopyToOutput.</param>
internal sealed record CompileDefaults(int Optimize, PycInvalidationMode Mode, bool CopyToOutput);
