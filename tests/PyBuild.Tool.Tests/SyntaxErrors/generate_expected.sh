#!/usr/bin/env bash
# Regenerates what CPython 3.12 prints for each broken file in Data/, one file per way of showing it:
# running it, -m ast, -m dis (from the file's traceback entry on: the frames above are CPython's own
# runpy and module code) and -m py_compile. From the repository root:
#   tests/PyBuild.Tool.Tests/SyntaxErrors/generate_expected.sh
set -euo pipefail
py="${PY312:-/work/shared/oracle/py312}"
cd "$(dirname "$0")/Data"
for mode in run ast dis py_compile; do
  out="../expected.$mode.txt"
  : > "$out"
  for f in *.py; do
    echo "== $f" >> "$out"
    # A script's path is shown absolute; the tests compare it relative to the folder. py_compile's
    # "Sorry: ..." ends without a newline; one is added so the next header starts a line.
    case $mode in
      run) text=$("$py" "$f" 2>&1 >/dev/null | sed "s|$PWD/||g") || true ;;
      ast|dis) text=$("$py" -m "$mode" "$f" 2>&1 >/dev/null | sed -n "/^  File \"$f\"/,\$p") || true ;;
      py_compile) text=$("$py" -m py_compile "$f" 2>&1) || true ;;
    esac
    [[ -n "$text" ]] && printf '%s\n' "$text" >> "$out"
  done
done
rm -rf __pycache__
