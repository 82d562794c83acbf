#!/usr/bin/env bash
# PyBuild's build script. Verbs: build (default), test, pack, install [--tool-path DIR], demo.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
configuration="${CONFIGURATION:-Release}"
packages="$root/artifacts/packages"
verb="${1:-build}"
[[ $# -gt 0 ]] && shift
tool_path=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --tool-path) tool_path="$2"; shift 2 ;;
    *) echo "build.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

build() {
  dotnet build PyBuild.sln -c "$configuration" -nologo -v:minimal
}

pack() {
  mkdir -p "$packages"
  rm -f "$packages"/*.nupkg
  dotnet pack PyBuild.sln -c "$configuration" -nologo -v:minimal -o "$packages"
  # Re-packing the same version must not be shadowed by NuGet's caches of an older build.
  rm -rf "$root/artifacts/testassets-packages" "${NUGET_PACKAGES:-$HOME/.nuget/packages}/pybuild.tool/0.1.0" "${NUGET_PACKAGES:-$HOME/.nuget/packages}/pybuild/0.1.0"
}

install_tool() {
  if [[ -n "$tool_path" ]]; then
    dotnet tool uninstall PyBuild.Tool --tool-path "$tool_path" >/dev/null 2>&1 || true
    dotnet tool install PyBuild.Tool --tool-path "$tool_path" --add-source "$packages" --version 0.1.0
  else
    dotnet tool uninstall -g PyBuild.Tool >/dev/null 2>&1 || true
    dotnet tool install -g PyBuild.Tool --add-source "$packages" --version 0.1.0
    local tools="${DOTNET_CLI_HOME:-$HOME}/.dotnet/tools"
    if [[ ":$PATH:" != *":$tools:"* ]]; then
      echo "note: the global tools folder is not on PATH; add it with:"
      echo "  export PATH=\"\$PATH:$tools\""
    fi
  fi
}

tool_dir() {
  if [[ -n "$tool_path" ]]; then echo "$tool_path"; else echo "${DOTNET_CLI_HOME:-$HOME}/.dotnet/tools"; fi
}

test_all() {
  build
  pack
  local results="$root/artifacts/test-results"
  rm -rf "$results"
  local status=0
  dotnet test PyBuild.sln -c "$configuration" --no-build -nologo -v:minimal \
    --logger "trx" --results-directory "$results" || status=$?
  local passed=0 failed=0 skipped=0 total=0 executed=0 f line
  for f in "$results"/*.trx; do
    [[ -e "$f" ]] || continue
    line=$(grep -o '<Counters [^>]*>' "$f" | head -n 1)
    total=$((total + $(sed -E 's/.* total="([0-9]+)".*/\1/' <<<"$line")))
    executed=$((executed + $(sed -E 's/.* executed="([0-9]+)".*/\1/' <<<"$line")))
    passed=$((passed + $(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$line")))
    failed=$((failed + $(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$line")))
  done
  skipped=$((total - passed - failed))
  echo "$passed passed, $failed failed, $skipped skipped"
  if [[ $status -ne 0 || $failed -ne 0 || $passed -eq 0 ]]; then exit 1; fi
}

demo() {
  pack
  install_tool
  local dir
  dir="$(tool_dir)"
  export PATH="$dir:$PATH"
  dotnet build testassets/HelloPy -nologo -v:minimal
  echo "--- dotnet pyrun testassets/HelloPy/app.py"
  (cd testassets/HelloPy && dotnet pyrun app.py)
}

case "$verb" in
  build) build ;;
  test) test_all ;;
  pack) pack ;;
  install) install_tool ;;
  demo) demo ;;
  *) echo "usage: ./build.sh [build|test|pack|install [--tool-path DIR]|demo]" >&2; exit 2 ;;
esac
