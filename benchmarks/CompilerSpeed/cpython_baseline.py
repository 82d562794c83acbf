"""CPython's side of benchmarks/CompilerSpeed: best-of-N seconds for ast.parse and for compile() plus
marshal over the files listed in argv[1]; prints the two numbers."""
import ast
import marshal
import sys
import time

files = [f for f in open(sys.argv[1]).read().split('\n') if f]
rounds = int(sys.argv[2])
sources = [open(f, 'rb').read() for f in files]
best_parse = best_compile = float('inf')
for _ in range(rounds):
    start = time.perf_counter()
    for f, s in zip(files, sources):
        ast.parse(s, f)
    best_parse = min(best_parse, time.perf_counter() - start)
    start = time.perf_counter()
    for f, s in zip(files, sources):
        marshal.dumps(compile(s, f, 'exec', dont_inherit=True))
    best_compile = min(best_compile, time.perf_counter() - start)
print(best_parse, best_compile)
