# Built-in types called with missing, extra, wrong-typed and keyword arguments.
VALUES = [None, 1, -1, "x", "", 2.5, b"x", b"1.5", [1], (1,), {}]


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, "->", type(r).__name__, repr(r) if type(r) in (int, float, str, bytes, list, tuple, dict, set, frozenset, bool, complex, slice, range, staticmethod, classmethod) else "")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


for t in (int, float, complex, str, bytes, list, tuple, dict, set, frozenset, bool, range, slice, enumerate, zip, map,
          filter, reversed, super, property, staticmethod, classmethod):
    name = t.__name__
    show(f"{name}()", t)
    show(f"{name}(*range(9))", t, *range(9))
    show(f"{name}(zzz=1)", t, zzz=1)
    for n in (1, 2, 3):
        for v in VALUES:
            if isinstance(v, str) and (t is complex or (t in (str, bytes) and n > 1)):
                continue
            show(f"{name}({n} x {v!r})", t, *[v] * n)
show("str(b'x', 'utf-8')", str, b"x", "utf-8")
show("str(b'x', errors='strict')", str, b"x", errors="strict")
show("str(1, errors='strict')", str, 1, errors="strict")
show("bytes('x', 'utf-8')", bytes, "x", "utf-8")
show("bytes(errors='strict')", bytes, errors="strict")
show("float(b' 2.5 ')", float, b" 2.5 ")
show("enumerate('ab', start=2)", lambda: list(enumerate("ab", start=2)))
