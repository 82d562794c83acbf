# Mixed arithmetic between bool, int and float; comparisons across types; number conversions.
print(True + 1, True * 2.5, 3 / True, 7 // 2.0, 7 % 2.5, 2 ** 0.5 * 2 ** 0.5 == 2, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15)
print(1 == 1.0, 1 == True, 0 == False, 2 != 2.0000001, 10 ** 20 == 1e20, 10 ** 23 == 1e23, 2 ** 53 == float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(1 < 1.5 < 2, -1 < -0.5, 10 ** 400 > 1e308, -10 ** 400 < -1e308, float("inf") > 10 ** 400, float("nan") < 1, float("nan") > 1)
print(int(1e15), int(-1e15), float(10 ** 15), round(2.675 * 100), int("42") + float("0.5"), str(1e-7), str(123456789012345.0), str(1.0e16))
print(7 / 2, -7 / 2, 7 // -2, -7 % 2, 7.0 // 2, -7.0 // 2, 7.0 % -2, divmod(7, 2.0), 1e300 * 1e10, -1e300 * 1e10)
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, 1 / 3 + 1 / 3 + 1 / 3 == 1.0, 100 * 1.1, 1.1 + 2.2, 3.3 * 3)
print(sum([1, 2.5, True]), max(1, 2.0, True), min(-0.0, 0), sorted([2, 1.5, True, 0.5, False]), [type(x).__name__ for x in (1 + 1.0, 1 + True, True + True)])
print(hash(2) == hash(2.0), {1: "int"}[1.0], {True: "t"}[1], 1.0 in {1}, len({1, 1.0, True}), {0.5: 1}.get(0.5))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 5 << 2, 5 >> 1, True & False, True | False, True ^ True, ~True, -True)
print(int(True), float(False), bool(0.0), bool(-0.0), bool(1e-300), bool(float("nan")), int(-0.9), int("-10"), float("-0"))
import math
print(math.sqrt(16), math.pi, math.e, math.floor(2.7), math.ceil(2.1), math.gcd(12, 18), math.factorial(20), math.isqrt(99), math.log(math.e), math.log2(1024), math.log10(1000))
print(math.isnan(float("nan")), math.isinf(-float("inf")), math.isfinite(1.0), math.hypot(3, 4), math.copysign(2, -0.0), math.fabs(-3), math.fmod(7, 3), math.trunc(-2.5))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.lcm(4, 6), round(math.sin(math.pi / 2), 10), round(math.cos(0), 10), round(math.atan2(1, 1), 10), math.degrees(math.pi), math.radians(180))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)
print(math.inf, -math.inf, math.nan != math.nan, math.floor(-0.5), math.exp(0), round(math.exp(1), 12), math.pow(2, 10), math.isclose(0.1 + 0.2, 0.3))
print(f"{10 / 3:.5f}", f"{2 ** 64:,}", f"{1 / 7:.3e}", f"{-0.0}", f"{1e-10}", f"{12.0}", round(-1.5), round(-2.5), round(0.125, 2), round(0.375, 2))
