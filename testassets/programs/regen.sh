#!/bin/sh
# Regenerates the expected output (NAME.out) and the CPython-compiled code (NAME.marshal) of every
# test program here, with CPython 3.12 as the oracle. Run from this folder:
#   ./regen.sh [/work/shared/oracle/py312]
PY=${1:-/work/shared/oracle/py312}
for f in *.py; do
    name=${f%.py}
    "$PY" "$f" > "$name.out" 2> /dev/null
    echo $? > "$name.status"
    "$PY" -c "import marshal, sys; src = open(sys.argv[1], 'rb').read(); open(sys.argv[2], 'wb').write(marshal.dumps(compile(src, sys.argv[1], 'exec')))" "$f" "$name.marshal"
done
