"""Regenerates float_repr.txt (bits of a double in hex, a tab, CPython 3.12's repr of it). From the repository root:
    /work/shared/oracle/py312 tests/PyBuild.Compiler.Tests/Syntax/generate_float_repr.py
"""
import os, random, struct

random.seed(5)
vals = [2**-24, 2**-25, 5e-324, 1.7976931348623157e308, 0.1, 1/3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 2.5, 1e22, 1e23, 9007199254740993.0, 2**63]
vals += [struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0] for _ in range(300)]
vals += [2.0**k for k in range(-1074, 1024, 7)]
vals = [float(v) for v in vals if v == v and abs(v) != float("inf")]
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'float_repr.txt'), 'w') as f:
    for v in vals:
        f.write(struct.pack('<d', v).hex() + '\t' + repr(v) + '\n')
