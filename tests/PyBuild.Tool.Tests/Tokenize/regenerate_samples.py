"""Regenerates Samples/*.py.tok and *.py.tok-e with CPython 3.12: py312 regenerate_samples.py (run in Tokenize/)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cpython_tokenize_all import run  # noqa: E402

os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'Samples'))
for name in sorted(os.listdir('.')):
    if name.endswith('.py'):
        for suffix, args in (('.tok', [name]), ('.tok-e', ['-e', name])):
            rc, err, out = run(args)
            with open(name + suffix, 'w', encoding='utf-8', errors='surrogateescape', newline='') as f:
                f.write(f'{rc}\n{err!r}\n{out}')
