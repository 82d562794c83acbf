#!/usr/bin/env bash
# Issue 6's build figures: a cold `dotnet build` of a project whose PyCompile items are CPython's
# corpus, beside `python3.12 -m compileall -j 0` on the same files, and the cost PyCompile adds to a
# no-op build (beside an empty project's no-op build).
#
#   benchmarks/msbuild/run.sh [CORPUS_DIR]     (default /tmp/corpus, made by ../shared/oracle/corpus.py)
#
# Needs ./build.sh pack first (the PyBuild package in artifacts/packages) and CPython 3.12 for the
# side-by-side figure (it says so and skips that line when absent). Files our compiler does not handle
# yet are left out of both sides, so the comparison is like for like.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
corpus="${1:-/tmp/corpus}"
py312="${PY312:-$root/../shared/oracle/py312}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[[ -f "$root/artifacts/packages/PyBuild.0.1.0.nupkg" ]] || { echo "run ./build.sh pack first" >&2; exit 2; }
[[ -d "$corpus" ]] || { echo "no corpus at $corpus: run ../shared/oracle/py312 ../shared/oracle/corpus.py $corpus" >&2; exit 2; }

mkdir -p "$work/corpus/src" "$work/empty"
cp -r "$corpus"/. "$work/corpus/src"
find "$work/corpus/src" -name __pycache__ -type d -prune -exec rm -rf {} +
if [[ -f "$work/corpus/src/SYNTAX_ERRORS.txt" ]]; then
  cut -f1 "$work/corpus/src/SYNTAX_ERRORS.txt" | while read -r f; do rm -f "$work/corpus/src/$f"; done
fi
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$root/artifacts/packages" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
</configuration>
XML
project() {
  cat <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="PyBuild" Version="0.1.0" />
    <PyCompile Include="src/**/*.py" />
$1
  </ItemGroup>
</Project>
XML
}
echo '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>' > "$work/empty/Empty.csproj"
build() { dotnet build --no-restore -nologo -v:q -nodeReuse:false "$@"; }
seconds() { local start end; start=$(date +%s.%N); "$@" > "$work/last.log" 2>&1 || true; end=$(date +%s.%N); printf '%.2f' "$(echo "$end - $start" | bc)"; }

# A first build finds the files the compiler does not handle yet (PY9001); they are removed.
project "" > "$work/corpus/Corpus.csproj"
(cd "$work/corpus" && dotnet restore -nologo -v:q > /dev/null && build > "$work/first.log" 2>&1 || true)
removes=$({ grep -o "[^ ]*\.py : error PY9001" "$work/first.log" || true; } | sed 's| : error PY9001||' | sort -u \
  | while read -r f; do echo "    <PyCompile Remove=\"${f#"$work/corpus/"}\" />"; rm -f "$f"; done)
project "$removes" > "$work/corpus/Corpus.csproj"
files=$(find "$work/corpus/src" -name '*.py' | wc -l)
find "$work/corpus/src" -name __pycache__ -type d -prune -exec rm -rf {} +
rm -rf "$work/corpus/obj" "$work/corpus/bin"
(cd "$work/corpus" && dotnet restore -nologo -v:q > /dev/null)
(cd "$work/empty" && dotnet restore -nologo -v:q > /dev/null && build > /dev/null)

cold=$(cd "$work/corpus" && seconds build -clp:PerformanceSummary)
pycompile=$(awk '/Target Performance Summary/,/Task Performance Summary/' "$work/last.log" | awk '$NF == "calls" && $3 == "PyCompile" {printf "%.2f", $1 / 1000}')
noop=$(cd "$work/corpus" && seconds build)
empty=$(cd "$work/empty" && seconds build)
# The same cold build with the compiler assembly under the JIT instead of the package's native compiler.
find "$work/corpus/src" -name __pycache__ -type d -prune -exec rm -rf {} +
rm -rf "$work/corpus/obj/Debug" "$work/corpus/bin"
jit=$(cd "$work/corpus" && seconds build -p:PyNativeCompiler=false)
echo "files compiled:            $files"
echo "C# compiler server:        UseSharedCompilation=${UseSharedCompilation:-true (the default)}"
echo "cold dotnet build:         ${cold} s, of which the PyCompile target ${pycompile} s (with PyNativeCompiler=false: ${jit} s)"
echo "no-op dotnet build:        ${noop} s"
echo "empty project no-op build: ${empty} s (PyCompile adds $(printf '%.2f' "$(echo "$noop - $empty" | bc)") s)"
if "$py312" -c 'import sys; assert sys.version_info[:2] == (3, 12)' 2>/dev/null; then
  find "$work/corpus/src" -name __pycache__ -type d -prune -exec rm -rf {} +
  cpython=$(cd "$work/corpus/src" && PYTHONDONTWRITEBYTECODE= seconds "$py312" -m compileall -q -j 0 .)
  echo "CPython compileall -j 0:   ${cpython} s (cold build / compileall = $(echo "scale=2; $cold / $cpython" | bc), PyCompile target / compileall = $(echo "scale=2; $pycompile / $cpython" | bc))"
else
  echo "CPython 3.12 not found (set PY312): no side-by-side figure"
fi
