# dict, set and frozenset methods called with missing, extra, wrong-typed and keyword arguments.
# Each call prints the exception type and message CPython gives, or the type of the result.
SAMPLES = {"dict": lambda: {1: 2}, "set": lambda: {1}, "frozenset": lambda: frozenset({1})}
METHODS = {'dict': ['clear', 'copy', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values'], 'set': ['add', 'clear', 'copy', 'difference', 'difference_update', 'discard', 'intersection', 'intersection_update', 'isdisjoint', 'issubset', 'issuperset', 'pop', 'remove', 'symmetric_difference', 'symmetric_difference_update', 'union', 'update'], 'frozenset': ['copy', 'difference', 'intersection', 'isdisjoint', 'issubset', 'issuperset', 'symmetric_difference', 'union']}
VALUES = [None, 1, -1, "x", "", 2.5, b"x", [1], (1,)]


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, "->", type(r).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


for tname, make in SAMPLES.items():
    for name in METHODS[tname]:
        show(f"{tname}.{name}()", getattr(make(), name))
        show(f"{tname}.{name}(*range(9))", getattr(make(), name), *range(9))
        show(f"{tname}.{name}(zzz=1)", getattr(make(), name), zzz=1)
        for n in (1, 2, 3):
            for v in VALUES:
                show(f"{tname}.{name}({n} x {v!r})", getattr(make(), name), *[v] * n)
