# float repr/str: shortest round-trip digits, exponent switch points, arithmetic artifacts, rounding methods.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e15, 1e16, 1.5e16, 1e-4, 1e-5, 123456789.123, 1e22, 1e23, 5e-324, 1.7976931348623157e308,
        -0.0, 100.0, 1e100, 0.5, 2.5e-7, 9007199254740993.0, 3.0e-310, 12345678901234567890.0]
for v in vals:
    print(repr(v), str(v), v == float(repr(v)))
print(0.1 * 3, 1.1 + 2.2, 3 * 1.1, 0.7 + 0.1, 1 - 0.9, 100 * 1.1, 4.35 * 100, 1.15 * 100)
print(1 / 7, 22 / 7, 355 / 113, 2 ** 0.5, 10 / 4, 9 / 3, -1 / 3, 1e308 * 10, -1e308 * 10, 1e-320 / 10)
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.sqrt(2), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.isinf(1e309), math.isfinite(1.0), math.copysign(1, -0.0))
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.fabs(-3))
print((1.0).hex(), float.fromhex("0x1.999999999999ap-4"), (0.1).as_integer_ratio(), (2.5).is_integer(), (1e300 * 1e10))
print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1.0005, 3), round(-0.5), round(123.456, -1), round(5e-324, 400))
print(int(1e20), int(-1.5e3), float("1e-7"), float("-0"), 1e5, 1e-5, 12e0, .5e1, 1_0.0_1)
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.5 % -2, divmod(-7.5, 2), 2.0 ** -1, (-2.0) ** 3, 0.0 ** 0)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
