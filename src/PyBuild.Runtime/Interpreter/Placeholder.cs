namespace PyBuild.Runtime.Interpreter;
internal static class Placeholder { }
