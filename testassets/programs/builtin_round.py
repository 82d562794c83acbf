# round() on ints and floats: banker's rounding, ndigits, negative ndigits, errors.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1e16 + 1.0]:
    print(v, round(v), type(round(v)).__name__, round(v, 0), round(v, 1), round(v, 2))
for v in [1234.5678, -1234.5678, 0.0, -0.0, 1e300, 5e-324]:
    print(repr(round(v, 2)), repr(round(v, -2)), repr(round(v, -5)), repr(round(v, 400)), repr(round(v, -400)))
for v in [0, 7, 15, 25, 35, -25, 1234567, 10**25 + 5 * 10**10, -5]:
    print(v, round(v), round(v, 1), round(v, -1), round(v, -2), round(v, -11), type(round(v, -1)).__name__)
print(round(True), round(False, 2), type(round(True)).__name__)
print(round(2.5, None), round(7, None), round(ndigits=1, number=3.14159))

for bad in [float("inf"), float("-inf"), float("nan")]:
    try:
        print(round(bad))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(round(bad, 2))
for args in [("x",), (1.5, "a"), (1.5, 1.0), ()]:
    try:
        print(round(*args))
    except TypeError as e:
        print(type(e).__name__, e)

class R:
    def __round__(self, n=None):
        return "round(%r)" % (n,)
print(round(R()), round(R(), 3), round(R(), None))

class NoRound:
    pass
try:
    round(NoRound())
except TypeError as e:
    print(e)

import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), int(2.99))
print([round(x / 10, 1) for x in range(-10, 11, 3)])
print([round(x * 0.125, 2) for x in range(9)])
