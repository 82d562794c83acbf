"""Regenerates the CPython 3.12 expected data for the marshal and disassembler tests.

Run from the repository root:
    /work/shared/oracle/py312 tests/PyBuild.Compiler.Tests/Marshal/generate_expected.py

For each Snippets/NAME.py it writes
  Snippets/NAME.marshal.hex  marshal.dumps of compile(source, 'NAME.py', 'exec'), the code object held in a
                             variable as py_compile holds it (so the top-level code carries FLAG_REF),
  Snippets/NAME.opt-2.marshal.hex  the same at optimize=2 (-OO: no asserts, no docstrings),
  Snippets/NAME.dis.txt      dis.dis of that code object, the text of `python3.12 -m dis NAME.py`.
It also writes source_hash.txt: one line per input, hex of the bytes, a tab, hex of importlib.util.source_hash.
"""
import dis, importlib.util, io, marshal, os, re, sys

# Set and frozenset order follows string hashes: fix the seed so the data is the same on every run.
if os.environ.get('PYTHONHASHSEED') != '0':
    os.environ['PYTHONHASHSEED'] = '0'
    os.execv(sys.executable, [sys.executable] + sys.argv)

here = os.path.dirname(os.path.abspath(__file__))
snippets = os.path.join(here, 'Snippets')
assert sys.version_info[:2] == (3, 12), sys.version
for name in sorted(os.listdir(snippets)):
    if not name.endswith('.py'):
        continue
    with open(os.path.join(snippets, name), 'rb') as f:
        source = f.read()
    code = compile(source, name, 'exec')
    data = marshal.dumps(code)
    stem = name[:-3]
    with open(os.path.join(snippets, stem + '.marshal.hex'), 'w') as f:
        f.write(data.hex() + '\n')
    with open(os.path.join(snippets, stem + '.opt-2.marshal.hex'), 'w') as f:
        f.write(marshal.dumps(compile(source, name, 'exec', optimize=2)).hex() + '\n')
    out = io.StringIO()
    dis.dis(code, file=out)
    dis_path = os.path.join(snippets, stem + '.dis.txt')
    # Addresses change on every run: keep the old file when nothing else did, so diffs stay quiet.
    mask = lambda text: re.sub(r'0x[0-9a-f]+', '0x', text)
    if os.path.exists(dis_path) and mask(open(dis_path, encoding='utf-8').read()) == mask(out.getvalue()):
        continue
    with open(dis_path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(out.getvalue())

inputs = [b'', b'a', b'\x00', b'\xff' * 7, b'12345678', b'123456789', b'print("hello")\n']
inputs += [bytes(range(n)) for n in range(0, 40)]
inputs += [bytes((i * 37 + 11) % 256 for i in range(n)) for n in (63, 64, 65, 255, 256, 1000)]
with open(os.path.join(here, 'source_hash.txt'), 'w') as f:
    for data in inputs:
        f.write(data.hex() + '\t' + importlib.util.source_hash(data).hex() + '\n')

# Whole pycs as py_compile writes them, for one snippet, with a fixed mtime.
from importlib._bootstrap_external import _code_to_timestamp_pyc, _code_to_hash_pyc
with open(os.path.join(snippets, 'functions.py'), 'rb') as f:
    source = f.read()
code = compile(source, 'functions.py', 'exec')
with open(os.path.join(here, 'functions.pyc.hex'), 'w') as f:
    f.write(bytes(_code_to_timestamp_pyc(code, 1700000000, len(source))).hex() + '\n')
    f.write(bytes(_code_to_hash_pyc(code, importlib.util.source_hash(source), True)).hex() + '\n')
    f.write(bytes(_code_to_hash_pyc(code, importlib.util.source_hash(source), False)).hex() + '\n')

# co_positions() of every code object (depth first, as dis recurses), one code unit per line as
# "line end_line column end_column" with -1 for None, for the location table decoder's tests.
def positions(code, out):
    out.write('code ' + code.co_qualname + '\n')
    for p in code.co_positions():
        out.write(' '.join(str(-1 if v is None else v) for v in p) + '\n')
    for c in code.co_consts:
        if hasattr(c, 'co_code'):
            positions(c, out)
for stem in ('fstrings', 'matching', 'longlines', 'tryexcept', 'classes'):
    with open(os.path.join(snippets, stem + '.py'), 'rb') as f:
        code = compile(f.read(), stem + '.py', 'exec')
    with open(os.path.join(snippets, stem + '.positions.txt'), 'w') as f:
        positions(code, f)
