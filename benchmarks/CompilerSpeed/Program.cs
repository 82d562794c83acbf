using System.Diagnostics;
using PyBuild.Compiler;
using PyBuild.Compiler.Diagnostics;
using PyBuild.Compiler.Marshal;

// Issues 3 and 4: parse MB/s and compile files/s over a corpus in one warm process, single-threaded,
// beside CPython 3.12's ast.parse and compile() on the same files in the same run.
//   dotnet run -c Release --project benchmarks/CompilerSpeed -- [CORPUS_DIR] [ROUNDS]
string corpus = args.Length > 0 ? args[0] : "/tmp/corpus";
int rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
if (!Directory.Exists(corpus))
{
    Console.WriteLine($"no corpus at {corpus}: make one with ../shared/oracle/py312 ../shared/oracle/corpus.py {corpus}");
    return 0;
}
var invalid = new HashSet<string>(StringComparer.Ordinal);
string listing = Path.Combine(corpus, "SYNTAX_ERRORS.txt");
if (File.Exists(listing))
{
    foreach (var line in File.ReadAllLines(listing)) invalid.Add(Path.GetFullPath(Path.Combine(corpus, line.Split('\t')[0])));
}
var files = new List<string>();
foreach (var f in Directory.GetFiles(corpus, "*.py", SearchOption.AllDirectories))
{
    if (!invalid.Contains(Path.GetFullPath(f)) && !f.Contains("__pycache__", StringComparison.Ordinal)) files.Add(f);
}
files.Sort(StringComparer.Ordinal);

// Files the compiler does not handle yet are left out of both sides.
var sources = new List<(string Path, byte[] Bytes)>();
int unsupported = 0;
foreach (var f in files)
{
    byte[] bytes = File.ReadAllBytes(f);
    try
    {
        PythonCompiler.Compile(bytes, f, CompileMode.Exec, 0);
        sources.Add((f, bytes));
    }
    catch (Exception e) when (e is NotSupportedException or PythonSyntaxError)
    {
        unsupported++;
    }
}
long total = 0;
foreach (var s in sources) total += s.Bytes.Length;
double megabytes = total / 1e6;

double bestParse = double.MaxValue, bestCompile = double.MaxValue;
for (int round = 0; round < rounds; round++)
{
    var watch = Stopwatch.StartNew();
    foreach (var (path, bytes) in sources) PythonCompiler.Parse(bytes, path, CompileMode.Exec);
    bestParse = Math.Min(bestParse, watch.Elapsed.TotalSeconds);
    watch.Restart();
    foreach (var (path, bytes) in sources)
    {
        Pyc.Build(PythonCompiler.Compile(bytes, path, CompileMode.Exec, 0), PycInvalidationMode.Timestamp, 0, bytes.Length, bytes);
    }
    bestCompile = Math.Min(bestCompile, watch.Elapsed.TotalSeconds);
}
Console.WriteLine($"{sources.Count} files, {megabytes:F1} MB ({unsupported} left out: not supported yet), best of {rounds} rounds, one thread");
Console.WriteLine($"PyBuild  parse            {bestParse,6:F2} s  {megabytes / bestParse,6:F1} MB/s");
Console.WriteLine($"PyBuild  compile to pyc   {bestCompile,6:F2} s  {sources.Count / bestCompile,6:F0} files/s  {megabytes / bestCompile,5:F1} MB/s");

string list = Path.GetTempFileName();
File.WriteAllLines(list, sources.ConvertAll(s => s.Path));
string py312 = Environment.GetEnvironmentVariable("PY312") ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/oracle/py312"));
string script = Path.Combine(AppContext.BaseDirectory, "cpython_baseline.py");
var start = new ProcessStartInfo(py312) { RedirectStandardOutput = true, RedirectStandardError = true };
start.ArgumentList.Add("-W");
start.ArgumentList.Add("ignore");
start.ArgumentList.Add(script);
start.ArgumentList.Add(list);
start.ArgumentList.Add(rounds.ToString(System.Globalization.CultureInfo.InvariantCulture));
try
{
    using var process = Process.Start(start)!;
    string output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    var values = output.Trim().Split(' ');
    if (process.ExitCode != 0 || values.Length != 2) throw new InvalidOperationException(process.StandardError.ReadToEnd());
    double cpParse = double.Parse(values[0], System.Globalization.CultureInfo.InvariantCulture);
    double cpCompile = double.Parse(values[1], System.Globalization.CultureInfo.InvariantCulture);
    Console.WriteLine($"CPython  ast.parse        {cpParse,6:F2} s  {megabytes / cpParse,6:F1} MB/s");
    Console.WriteLine($"CPython  compile+marshal  {cpCompile,6:F2} s  {sources.Count / cpCompile,6:F0} files/s  {megabytes / cpCompile,5:F1} MB/s");
    Console.WriteLine($"speed-up over CPython: parse {cpParse / bestParse:F2}x, compile {cpCompile / bestCompile:F2}x");
}
catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
{
    Console.WriteLine($"CPython 3.12 not run ({e.Message.Trim()}); set PY312 to compare side by side");
}
finally
{
    File.Delete(list);
}
return 0;
