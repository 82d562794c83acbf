# Slot wrappers (dunders) of int, bool, float and complex called directly with bad arguments.
# Each call prints the exception type and message CPython gives, or the type of the result.
SAMPLES = {"int": lambda: 5, "bool": lambda: True, "float": lambda: 2.5, "complex": lambda: 1j}
METHODS = {'int': ['__abs__', '__add__', '__and__', '__bool__', '__divmod__', '__eq__', '__floordiv__', '__ge__', '__gt__', '__index__', '__int__', '__invert__', '__le__', '__lshift__', '__lt__', '__mod__', '__mul__', '__ne__', '__neg__', '__or__', '__pos__', '__pow__', '__radd__', '__rand__', '__rdivmod__', '__rfloordiv__', '__rlshift__', '__rmod__', '__rmul__', '__ror__', '__rpow__', '__rrshift__', '__rshift__', '__rsub__', '__rtruediv__', '__rxor__', '__sub__', '__truediv__', '__xor__'], 'bool': ['__and__', '__or__', '__rand__', '__ror__', '__rxor__', '__xor__'], 'float': ['__abs__', '__add__', '__bool__', '__divmod__', '__eq__', '__floordiv__', '__ge__', '__gt__', '__int__', '__le__', '__lt__', '__mod__', '__mul__', '__ne__', '__neg__', '__pos__', '__pow__', '__radd__', '__rdivmod__', '__rfloordiv__', '__rmod__', '__rmul__', '__round__', '__rsub__', '__rtruediv__', '__sub__', '__truediv__', '__trunc__'], 'complex': ['__abs__', '__add__', '__bool__', '__eq__', '__ge__', '__gt__', '__le__', '__lt__', '__mul__', '__ne__', '__neg__', '__pos__', '__pow__', '__radd__', '__rmul__', '__rpow__', '__rsub__', '__rtruediv__', '__sub__', '__truediv__']}
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
