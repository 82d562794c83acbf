namespace PyBuild.Tasks;
internal static class Placeholder { }
