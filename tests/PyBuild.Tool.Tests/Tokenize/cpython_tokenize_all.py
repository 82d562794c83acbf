"""Writes what `python3.12 -m tokenize [-e] FILE` prints for every .py file under a corpus.

Usage: py312 cpython_tokenize_all.py CORPUS_DIR OUT_DIR
For each CORPUS_DIR/REL.py it writes OUT_DIR/REL.py.tok and OUT_DIR/REL.py.tok-e, each holding
the exit status on the first line, then the stderr text as a repr() on the second line, then stdout.
tokenize.main() runs in this process (exactly the code `-m tokenize` runs) to keep the run short.
"""
import contextlib
import io
import os
import sys
import tokenize


def run(args):
    out, err = io.StringIO(), io.StringIO()
    old_argv = sys.argv
    sys.argv = ['tokenize'] + args
    rc = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            tokenize.main()
    except SystemExit as e:
        rc = e.code if isinstance(e.code, int) else 1
    finally:
        sys.argv = old_argv
    return rc, err.getvalue(), out.getvalue()


def main():
    corpus, dest = sys.argv[1], sys.argv[2]
    for root, _, files in os.walk(corpus):
        for name in sorted(files):
            if not name.endswith('.py'):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, corpus)
            for suffix, args in (('.tok', [path]), ('.tok-e', ['-e', path])):
                rc, err, out = run(args)
                target = os.path.join(dest, rel + suffix)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(target, 'w', encoding='utf-8', errors='surrogateescape', newline='') as f:
                    f.write(f'{rc}\n{err!r}\n{out}')


if __name__ == '__main__':
    main()
