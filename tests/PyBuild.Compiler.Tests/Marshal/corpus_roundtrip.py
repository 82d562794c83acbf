"""Corpus-wide marshal and disassembler check against CPython 3.12 (opt-in; takes a few minutes).

From the repository root:
    /work/shared/oracle/py312 tests/PyBuild.Compiler.Tests/Marshal/corpus_roundtrip.py /tmp/corpus /tmp/marshal_corpus [--reuse] [--bytes-only]

Copies the corpus to the second directory, has CPython compile it there (compileall), runs the opt-in
CorpusRoundTripTests (which reads each pyc, writes it back and disassembles it), then reports how many
pycs our writer reproduces byte for byte, how many of ours load to a code object equal to CPython's
(marshal.loads(ours) == marshal.loads(theirs), plus every field that == leaves out), and how many
disassemble to CPython's dis text (addresses masked).
"""
import dis, io, marshal, os, re, shutil, subprocess, sys

src, dest = sys.argv[1], sys.argv[2]
if '--reuse' not in sys.argv:  # --reuse: keep the copy and CPython's pycs from an earlier run
    if os.path.exists(dest):
        shutil.rmtree(dest)
    shutil.copytree(src, dest)
    subprocess.run([sys.executable, '-m', 'compileall', '-q', dest], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
for dirpath, _, files in os.walk(dest):
    for name in files:
        if name.endswith('.pyc.ours') or name.endswith('.pyc.dis'):
            os.remove(os.path.join(dirpath, name))
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
env = dict(os.environ, PYBUILD_MARSHAL_CORPUS=dest)
subprocess.run(['dotnet', 'test', os.path.join(root, 'tests/PyBuild.Compiler.Tests'), '--filter', 'TestCategory=Corpus'], env=env, check=True)
print(open(os.path.join(dest, 'roundtrip-summary.txt')).read().splitlines()[0])
if '--bytes-only' in sys.argv:
    sys.exit(0)

def key(c):
    # Types and reprs tell -0.0 from 0.0 and 1 from True; frozensets compare as sets, in any order.
    if hasattr(c, 'co_code'):
        return fields(c)
    if isinstance(c, tuple):
        return (tuple, tuple(key(x) for x in c))
    if isinstance(c, frozenset):
        return (frozenset, frozenset(key(x) for x in c))
    return (type(c), repr(c))

def fields(co):
    return (co.co_filename, co.co_qualname, co.co_stacksize, co.co_varnames, co.co_cellvars, co.co_freevars,
            tuple(key(c) for c in co.co_consts))

mask = re.compile(r'0x[0-9a-f]+')
pycs = equal = dis_same = dis_frozenset = 0
unequal, dis_diff = [], []
for dirpath, _, files in os.walk(dest):
    for name in files:
        if not name.endswith('.pyc'):
            continue
        pycs += 1
        path = os.path.join(dirpath, name)
        theirs = marshal.loads(open(path, 'rb').read()[16:])
        ours_path = path + '.ours'
        ours = marshal.loads(open(ours_path, 'rb').read()) if os.path.exists(ours_path) else theirs
        if ours == theirs and fields(ours) == fields(theirs):
            equal += 1
        else:
            unequal.append(path)
        out = io.StringIO()
        dis.dis(theirs, file=out)
        expected = mask.sub('0x', out.getvalue())
        actual = mask.sub('0x', open(path + '.dis', encoding='utf-8').read())
        if expected == actual:
            dis_same += 1
        else:
            e, a = expected.splitlines(), actual.splitlines()
            first = next((i for i in range(min(len(e), len(a))) if e[i] != a[i]), min(len(e), len(a)))
            line = (e[first] if first < len(e) else '') + ' | ' + (a[first] if first < len(a) else '')
            if 'frozenset(' in line:
                dis_frozenset += 1
            else:
                dis_diff.append(path + ': ' + line)
print(f'{pycs} pycs: {equal} load equal to CPython\'s (all fields); {dis_same} disassemble identically, '
      f'{dis_frozenset} differ only in frozenset element order (first difference), {len(dis_diff)} differ otherwise')
for p in unequal[:20]:
    print('NOT EQUAL', p)
for p in dis_diff[:20]:
    print('DIS', p)
