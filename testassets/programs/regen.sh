#!/bin/sh
# Regenerates, with CPython 3.12 as the oracle, for every test program here:
#   NAME.out      its stdout
#   NAME.status   its exit status
#   NAME.err      its stderr (only when the status is not 0), with this folder's path removed
#   NAME.marshal  marshal.dumps(compile(source, SCRIPT, 'exec'))
# A program is either a single file NAME.py (SCRIPT is NAME.py) or, when it imports modules of its
# own, a folder NAME/ holding main.py (SCRIPT is NAME/main.py) and the modules and packages it
# imports; the folder is sys.path[0] while it runs. Programs run from this folder, without writing
# __pycache__ folders (PYTHONDONTWRITEBYTECODE).
# Run from this folder:  ./regen.sh [/work/shared/oracle/py312]
PY=${1:-/work/shared/oracle/py312}
here=$(pwd)
PYTHONDONTWRITEBYTECODE=1
export PYTHONDONTWRITEBYTECODE
regen() {
    name=$1
    script=$2
    "$PY" "$script" > "$name.out" 2> "$name.err.tmp"
    status=$?
    echo $status > "$name.status"
    if [ $status -ne 0 ]; then
        sed "s|$here/||g" "$name.err.tmp" > "$name.err"
    else
        rm -f "$name.err"
    fi
    rm -f "$name.err.tmp"
    "$PY" -c "import marshal, sys; src = open(sys.argv[1], 'rb').read(); open(sys.argv[2], 'wb').write(marshal.dumps(compile(src, sys.argv[1], 'exec')))" "$script" "$name.marshal"
}
for f in *.py; do
    regen "${f%.py}" "$f"
done
for d in */; do
    if [ -f "$d/main.py" ]; then
        regen "${d%/}" "${d%/}/main.py"
    fi
done
