#!/bin/sh
# Regenerates the expected outputs of AstCommandTests with CPython 3.12 (run from this folder).
PY=${PY312:-/work/shared/oracle/py312}
$PY -m ast sample.py > sample.default.txt
$PY -m ast -a -i 1 sample.py > sample.a_i1.txt
$PY -m ast --no-type-comments --indent=0 sample.py > sample.no_type_comments.txt
$PY -m ast --mode eval expr.py > expr.eval.txt
$PY -m ast invalid.py > /dev/null 2> invalid.stderr.txt; echo "exit $?" >> invalid.stderr.txt
$PY -m ast misplaced_type_comment.py > /dev/null 2> misplaced_type_comment.stderr.txt; echo "exit $?" >> misplaced_type_comment.stderr.txt
