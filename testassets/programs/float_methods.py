# float: repr, arithmetic, special values, methods and rounding.
import math
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 1.5e-7, 123456789.0, 1e22, 1e-5, 0.0001)
print(float("1.5"), float("  -2.25 "), float("inf"), float("-Infinity"), float("nan"), float("1_0.5"), float(7))
for bad in ["", "abc", "1.2.3", "1__0"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
print(-0.0, 0.0 == -0.0, math.copysign(1, -0.0), 1.0 / 3 * 3)
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, nan == nan, nan != nan, inf > 1e308, -inf < -1e308)
print((3.75).as_integer_ratio(), (0.5).is_integer(), (2.0).is_integer(), (3.5).hex(), float.fromhex("0x1.8p1"))
print((1.5).conjugate(), (1.5).real, (1.5).imag, float.__name__)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.005, 2), round(123.456, -1), round(0.5), round(1.5))
print(round(3.14159, 3), round(-3.14159, 1), round(1e20, 2), type(round(2.5)), type(round(2.5, 0)))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, 2), divmod(-7.5, 2), 2.0 ** 0.5, (-8) ** (1 / 3) if False else 0)
print(int(2.9), int(-2.9), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), float(10 ** 20))
print(1e308 * 10, -1e308 * 10, 5e-324, 5e-324 / 2, 2.2250738585072014e-308)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
print((-1.0) ** 2, 10 ** -2, 2 ** 0.5, 4 ** 0.5)
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(inf), hash(1e100) == hash(int(1e100)))
print(f"{3.14159:.2f} {2.5:e} {1234.5:g} {0.00001234:g} {1e20:g} {12345678.9:,.2f} {0.25:%} {3.0:.0f} {-1.5:+.1f}")
print(repr(1.0), str(1.0), repr(1e100), repr(123e-20), repr(1.23456789012345678), str(100.0), repr(1e16), repr(9999999999999998.0))
print(sum([0.1] * 10), math.fsum([0.1] * 10), max(1.5, 2), min(-0.0, 0.0), abs(-2.5))
print(float("1e500"), float("-1e500"), float("0x1p3") if False else 8.0, 1.7976931348623157e308)
print(3 * 1.1, 1.1 * 3, 0.1 * 3, 1 - 0.9, 100 * 1.1)
print(sorted([2.5, -1.0, float("inf"), 0.0, -float("inf")]), 1 < 1.5 < 2, 2 == 2.0, 2**53 + 1 == float(2**53 + 1))
