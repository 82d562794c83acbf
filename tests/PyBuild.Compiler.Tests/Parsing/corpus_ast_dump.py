"""Writes CPython 3.12's `python -m ast -a` text for every .py file under a corpus folder.

    py312 corpus_ast_dump.py CORPUS DEST

For each CORPUS/rel/path.py it writes DEST/rel/path.py.ast: the stdout of `python -m ast -a FILE`
(indent=3, include_attributes=True, type_comments=True), or, when CPython rejects the file,
one line "error: CLASS: MESSAGE (LINENO, OFFSET, END_LINENO, END_OFFSET)".
Used by the opt-in corpus conformance test (CorpusAstTests); run by it when PYBUILD_CORPUS is set.
"""
import ast
import os
import sys
import warnings

corpus, dest = sys.argv[1], sys.argv[2]
warnings.simplefilter("ignore")
for root, dirs, files in os.walk(corpus):
    dirs.sort()
    for name in sorted(files):
        if not name.endswith(".py"):
            continue
        path = os.path.join(root, name)
        out = os.path.join(dest, os.path.relpath(path, corpus)) + ".ast"
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(path, "rb") as f:
            source = f.read()
        try:
            tree = ast.parse(source, path, "exec", type_comments=True)
            text = ast.dump(tree, include_attributes=True, indent=3) + "\n"
        except SyntaxError as e:
            text = f"error: {type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})\n"
        except (ValueError, MemoryError, RecursionError) as e:
            text = f"error: {type(e).__name__}: {e}\n"
        with open(out, "w", encoding="utf-8", errors="surrogatepass", newline="\n") as f:
            f.write(text)
