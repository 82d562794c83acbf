# math, operator and deque functions called with missing, extra, wrong-typed and keyword arguments.
# Each call prints the exception type and message CPython gives, or the type of the result.
import math
import operator
import collections

MODULES = {"math": math, "operator": operator}
METHODS = {'math': ['acos', 'asin', 'atan', 'atan2', 'ceil', 'copysign', 'cos', 'cosh', 'degrees', 'dist', 'exp', 'expm1', 'fabs', 'floor', 'fmod', 'frexp', 'fsum', 'isclose', 'isfinite', 'isinf', 'isnan', 'log', 'log10', 'log1p', 'log2', 'modf', 'radians', 'sin', 'sinh', 'sqrt', 'tan', 'tanh'], 'operator': ['abs', 'add', 'and_', 'contains', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'index', 'inv', 'invert', 'is_', 'is_not', 'le', 'lt', 'ne', 'neg', 'not_', 'or_', 'pos', 'sub', 'truediv', 'truth', 'xor'], 'deque': ['append', 'appendleft', 'clear', 'count', 'extend', 'extendleft', 'pop', 'popleft', 'reverse']}
VALUES = [None, 1, -1, "x", "", 2.5, b"x", [1], (1,)]


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, "->", type(r).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


for mname, names in METHODS.items():
    for name in names:
        f = getattr(MODULES[mname], name) if mname in MODULES else getattr(collections.deque([1]), name)
        show(f"{mname}.{name}()", f)
        show(f"{mname}.{name}(*range(9))", f, *range(9))
        show(f"{mname}.{name}(zzz=1)", f, zzz=1)
        for n in (1, 2, 3):
            for v in VALUES:
                if mname == "deque":
                    f = getattr(collections.deque([1]), name)
                show(f"{mname}.{name}({n} x {v!r})", f, *[v] * n)
