#!/bin/sh
# Regenerates, with CPython 3.12 as the oracle, for every test program NAME.py here:
#   NAME.out      its stdout
#   NAME.status   its exit status
#   NAME.err      its stderr (only when the status is not 0), with this folder's path removed
#   NAME.marshal  marshal.dumps(compile(source, 'NAME.py', 'exec'))
# Run from this folder:  ./regen.sh [/work/shared/oracle/py312]
PY=${1:-/work/shared/oracle/py312}
here=$(pwd)
for f in *.py; do
    name=${f%.py}
    "$PY" "$f" > "$name.out" 2> "$name.err.tmp"
    status=$?
    echo $status > "$name.status"
    if [ $status -ne 0 ]; then
        sed "s|$here/||g" "$name.err.tmp" > "$name.err"
    else
        rm -f "$name.err"
    fi
    rm -f "$name.err.tmp"
    "$PY" -c "import marshal, sys; src = open(sys.argv[1], 'rb').read(); open(sys.argv[2], 'wb').write(marshal.dumps(compile(src, sys.argv[1], 'exec')))" "$f" "$name.marshal"
done
