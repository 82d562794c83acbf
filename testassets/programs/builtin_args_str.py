# str methods called with missing, extra, wrong-typed and keyword arguments.
# Each call prints the exception type and message CPython gives, or the type of the result.
SAMPLES = {"str": lambda: 'abc'}
METHODS = {'str': ['capitalize', 'casefold', 'center', 'count', 'endswith', 'expandtabs', 'find', 'index', 'isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper', 'join', 'ljust', 'lower', 'lstrip', 'partition', 'removeprefix', 'removesuffix', 'replace', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split', 'splitlines', 'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill']}
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
