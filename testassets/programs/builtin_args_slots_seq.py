# Slot wrappers (dunders) of str, bytes, list, tuple, dict and sets called directly with bad arguments.
# Each call prints the exception type and message CPython gives, or the type of the result.
SAMPLES = {"str": lambda: 'abc', "bytes": lambda: b'abc', "list": lambda: [3, 1, 2], "tuple": lambda: (1, 2), "dict": lambda: {1: 2}, "set": lambda: {1}, "frozenset": lambda: frozenset({1})}
METHODS = {'str': ['__add__', '__contains__', '__eq__', '__ge__', '__getitem__', '__gt__', '__le__', '__len__', '__lt__', '__mod__', '__mul__', '__ne__', '__rmul__'], 'bytes': ['__add__', '__eq__', '__ge__', '__getitem__', '__gt__', '__le__', '__len__', '__lt__', '__mul__', '__ne__', '__rmul__'], 'list': ['__add__', '__contains__', '__eq__', '__ge__', '__getitem__', '__gt__', '__le__', '__len__', '__lt__', '__mul__', '__ne__', '__rmul__', '__setitem__'], 'tuple': ['__add__', '__contains__', '__eq__', '__ge__', '__getitem__', '__gt__', '__le__', '__len__', '__lt__', '__mul__', '__ne__', '__rmul__'], 'dict': ['__contains__', '__eq__', '__ge__', '__getitem__', '__gt__', '__le__', '__len__', '__lt__', '__ne__', '__or__', '__ror__', '__setitem__'], 'set': ['__and__', '__contains__', '__eq__', '__ge__', '__gt__', '__le__', '__len__', '__lt__', '__ne__', '__or__', '__rand__', '__ror__', '__rsub__', '__rxor__', '__sub__', '__xor__'], 'frozenset': ['__and__', '__contains__', '__eq__', '__ge__', '__gt__', '__le__', '__len__', '__lt__', '__ne__', '__or__', '__rand__', '__ror__', '__rsub__', '__rxor__', '__sub__', '__xor__']}
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
