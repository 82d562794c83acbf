"""Mutated corpus snippets (mostly invalid) with CPython 3.12's answer for each, for the opt-in
error-conformance test (CorpusMutationTests):

    py312 corpus_mutations.py CORPUS OUT.json

From every 7th .py file (sorted), 30 random chunks of 1-6 lines each lose 1-4 characters
(random.Random(42)); each entry has src and err: "OK", or "CLASS: MSG (LINENO, OFFSET, END_LINENO, END_OFFSET)"
from ast.parse(src, '<s>', 'exec').
"""
import ast
import json
import os
import random
import sys
import warnings

corpus, out_path = sys.argv[1], sys.argv[2]
warnings.simplefilter("ignore")
files = sorted(os.path.join(r, f) for r, _, fs in os.walk(corpus) for f in fs if f.endswith(".py"))
rnd = random.Random(42)
out = []
for path in files[::7]:
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        lines = f.read().split("\n")
    for _ in range(30):
        at = rnd.randrange(max(len(lines), 1))
        chunk = "\n".join(lines[at:at + 1 + rnd.randrange(6)])
        if not chunk:
            continue
        p = rnd.randrange(len(chunk))
        src = chunk[:p] + chunk[p + 1 + rnd.randrange(4):] + "\n"
        try:
            src.encode("utf-8")
        except UnicodeEncodeError:
            continue
        try:
            ast.parse(src, "<s>", "exec")
            err = "OK"
        except SyntaxError as e:
            err = f"{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})"
        except (ValueError, MemoryError, RecursionError) as e:
            err = f"{type(e).__name__}: {e}"
        out.append({"src": src, "err": err})
with open(out_path, "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False)
