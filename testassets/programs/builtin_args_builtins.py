# Functions of the builtins module called with missing, extra, wrong-typed and keyword arguments.
import builtins

NAMES = ["abs", "all", "any", "ascii", "bin", "callable", "chr", "delattr", "divmod", "format", "getattr",
         "hasattr", "hash", "hex", "id", "isinstance", "issubclass", "iter", "len", "next", "oct", "ord",
         "pow", "repr", "round", "setattr", "sorted", "sum", "max", "min"]
VALUES = [None, 1, -1, "x", "", 2.5, b"x", [1], (1,)]


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, "->", type(r).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


for name in NAMES:
    f = getattr(builtins, name)
    show(f"{name}()", f)
    show(f"{name}(*range(9))", f, *range(9))
    show(f"{name}(zzz=1)", f, zzz=1)
    show(f"{name}(1, zzz=1)", f, 1, zzz=1)
    for n in (1, 2, 3):
        for v in VALUES:
            if name == "id" and n == 1:
                continue
            show(f"{name}({n} x {v!r})", f, *[v] * n)
