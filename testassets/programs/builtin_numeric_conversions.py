# Round trips between int, float, str and bool; truncation and rounding helpers; numeric string formats.
import math
for s in ["0", "10", "-7", "  3  ", "1_000", "+12"]:
    n = int(s)
    print(repr(s), n, float(n), str(n), repr(float(s)), bool(n))
for f in [0.1, 2.5, -2.5, 1e-10, 123456789.987654321, 2 ** 0.5, 1 / 3, 1e21, -0.0]:
    print(repr(f), str(f), int(f), round(f), math.floor(f), math.ceil(f), math.trunc(f), float(repr(f)) == f, f"{f:.3g}", f"{f:e}")
print(int(True), float(False), str(True), bool("False"), bool("0"), int("0" * 5), float("-0.0"), 1e3 == 1000, int(1e3), str(1e3))
print(int(float("1e18")), int(1e19), float(12345678901234567890), int(float(2**60)) == 2**60, float(2**60 + 1) == float(2**60))
print(str(10**20), str(1e20), str(10.0**20), repr(1e20), str(1.0e-4), str(0.0001), str(0.00001))
print(divmod(10**20, 3), 10**20 // 3.0, 10**20 / 3, (10**20) % 7.0, 7 / 7, type(7 / 7).__name__, 2 ** 0.0)
print([int(x) for x in "1 2 3".split()], [float(x) for x in ["1.5", "2e2", "-inf"]], list(map(str, [1, 1.0, True, None])))
print(sum(map(int, "12345")), "".join(map(str, range(5))), int("".join(reversed("123"))), float("%.2f" % 3.14159))
print(hex(int("ff", 16)), oct(int("777", 8)), bin(int("1010", 2)), int(hex(255), 16), int(oct(8), 0), int(bin(5), 0))
print(f"{255:d} {255:x} {255:o} {255:b} {255:e} {255:.1f} {0.5:%}", "%d %s %r %f" % (3.7, 3.7, 3.7, 3.7))
print(math.isqrt(10**20), math.isqrt(2), 10**20 // 10**10, round(10**20 / 10**10), math.gcd(2**40, 6**20), abs(-2**70))
