# Number dunders called directly: NotImplemented for the types a method does not handle, as CPython.
vals = [10, 10.0, True, 1j, 2**70, 0.5, False, 3]
names = ['__eq__','__ne__','__lt__','__le__','__gt__','__ge__','__add__','__radd__','__sub__','__rsub__','__mul__','__rmul__','__truediv__','__rtruediv__','__floordiv__','__rfloordiv__','__mod__','__rmod__','__pow__','__rpow__','__divmod__','__rdivmod__','__and__','__rand__','__or__','__ror__','__xor__','__rxor__','__lshift__','__rlshift__','__rshift__','__rrshift__']
for a in vals:
    for b in vals:
        for n in names:
            m = getattr(a, n, None)
            if m is None:
                continue
            if n in ("__pow__", "__rpow__", "__lshift__", "__rlshift__") and (a == 2**70 or b == 2**70): continue
            try:
                r = m(b)
            except Exception as e:
                r = type(e).__name__ + ': ' + str(e)
            print(repr(a), n, repr(b), repr(r))
