#!/usr/bin/env bash
# Runs each benchmark program under CPython 3.12 and under `dotnet pyrun` in the same run, in turn,
# checks that both print the same, and prints the best wall time of N runs of each, their ratio and
# the geometric mean of the ratios.
#
# usage: benchmarks/vm/run.sh [-n RUNS] [PROGRAM ...]   (programs by name, e.g. nbody; default all)
# env:   PY312  CPython 3.12 (default: ../shared/oracle/py312 beside the repo, else python3.12)
#        PYRUN  the pyrun command (default: the packed tool as users install it, in artifacts/bench-tool:
#               ./build.sh pack && ./build.sh install --tool-path artifacts/bench-tool)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
runs=3
if [[ "${1:-}" == "-n" ]]; then runs="$2"; shift 2; fi

py="${PY312:-}"
if [[ -z "$py" ]]; then
    if [[ -x /work/shared/oracle/py312 ]]; then py=/work/shared/oracle/py312
    elif command -v python3.12 >/dev/null; then py=python3.12
    else echo "CPython 3.12 not found: set PY312" >&2; exit 2; fi
fi
pyrun="${PYRUN:-$repo/artifacts/bench-tool/dotnet-pyrun}"
if [[ ! -x "${pyrun%% *}" ]] && ! command -v "${pyrun%% *}" >/dev/null; then
    echo "pyrun not found at $pyrun: pack and install it with './build.sh pack && ./build.sh install --tool-path artifacts/bench-tool', or set PYRUN" >&2
    exit 2
fi

if [[ $# -gt 0 ]]; then programs=("$@"); else
    programs=()
    for f in "$here"/*.py; do programs+=("$(basename "$f" .py)"); done
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# time_of CMD...: runs the command once, leaves its output in $tmp/out and prints the seconds it took.
time_of() {
    local t0 t1
    t0=$EPOCHREALTIME
    "$@" >"$tmp/out" 2>&1 || echo "exit status $?" >>"$tmp/out"
    t1=$EPOCHREALTIME
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }'
}

# min A B: the smaller of two times ("" counts as none yet).
min() {
    if [[ -z "$1" ]] || awk -v a="$2" -v b="$1" 'BEGIN { exit !(a < b) }'; then echo "$2"; else echo "$1"; fi
}

printf '%-16s %10s %10s %8s\n' program "CPython s" "PyBuild s" ratio
status=0
ratios=()
for p in "${programs[@]}"; do
    file="$here/$p.py"
    # The two run in turn, so that a slow spell of the machine (common on shared hosts) falls on both.
    tc=""; tp=""
    for ((r = 0; r < runs; r++)); do
        tc=$(min "$tc" "$(time_of "$py" "$file")"); mv "$tmp/out" "$tmp/expected"
        # shellcheck disable=SC2086
        tp=$(min "$tp" "$(time_of $pyrun "$file")")
    done
    if cmp -s "$tmp/expected" "$tmp/out"; then
        ratio=$(awk -v a="$tp" -v b="$tc" 'BEGIN { printf "%.2f", a / b }')
        ratios+=("$ratio")
        printf '%-16s %10s %10s %8s\n' "$p" "$tc" "$tp" "$ratio"
    else
        printf '%-16s %10s %10s %8s\n' "$p" "$tc" "$tp" "DIFFERS"
        diff "$tmp/expected" "$tmp/out" | head -5 >&2 || true
        status=1
    fi
done
if [[ ${#ratios[@]} -gt 0 ]]; then
    printf '%s\n' "${ratios[@]}" | awk '{ s += log($1); n++ } END { printf "%-16s %10s %10s %8.2f\n", "geometric mean", "", "", exp(s / n) }'
fi
exit $status
