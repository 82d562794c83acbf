using PyBuild.Compiler.Marshal;

namespace PyBuild.Tasks;

/// <summary>One PyCompile item with its metadata resolved: what to compile, how, and where the pyc goes.</summary>
/// <param name="SourcePath">Full path of the source.</param>
/// <param name="PycPath">Full path of its pyc in <c>__pycache__</c>.</param>
/// <param name="Optimize">0, 1 or 2, as <c>compile(optimize=...)</c>.</param>
/// <param name="Mode">How the pyc records its source.</param>
/// <param name="CopyToOutput">Whether the source and pyc are copied to the output folder.</param>
/// <param name="TargetPath">The source's path relative to the output folder.</param>
/// <param name="PycTargetPath">The pyc's path relative to the output folder.</param>
internal sealed record CompileItem(string SourcePath, string PycPath, int Optimize, PycInvalidationMode Mode, bool CopyToOutput, string TargetPath, string PycTargetPath);
