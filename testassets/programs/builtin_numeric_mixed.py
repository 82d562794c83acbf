# Mixed int/float/bool arithmetic: result types, true vs floor division, comparisons and conversions.
vals = [0, 7, -3, 2.5, -0.5, True, False]
for a in vals:
    row = []
    for b in vals:
        try:
            row.append("%s:%r" % (type(a + b).__name__[0], a / b))
        except ZeroDivisionError:
            row.append("ZDE")
    print(repr(a), row)
print(7 / 2, 7 // 2, -7 / 2, -7 // 2, 7 / -2, 7.0 // 2, 1 / 3 * 3, 2 ** 10, 2 ** -2, 2.0 ** 0.5, 10 % 3.5)
print(True + True, True * 10, False - 1, True / 2, -True, +False, abs(-True), True ** 2, 3 - True)
print(1 == 1.0 == True, 0.1 + 0.2 == 0.3, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 1 < 1.5 < 2, -1 < False)
print(int(7.9), int(-7.9), float(7), bool(0.0), bool(-1), 5 // 0.3, 5 % 0.3)
print(3 * "ab", "ab" * 0, [0] * True, True * "x", (1,) * -1)
print(max(1, 2.0), min(1, 1.0), max(1.0, 1), sum([1, 2.0]), sorted([2, 1.5, True, 0]), round(7 / 3, 4))
x = 10
x += 2.5
print(x, type(x).__name__)
x //= 2
print(x, type(x).__name__)
y = 7
y **= 2
y %= 10
y <<= 3
y |= 1
y ^= 3
y &= 0xFE
y >>= 1
print(y)
for bad in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1 // 0.0, lambda: 0 ** -1, lambda: "a" + 1, lambda: 1 + "a", lambda: [] + 1, lambda: "a" * "b", lambda: None + 1, lambda: -"a"]:
    try:
        print(bad())
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
import math
print(math.gcd(12, 18), math.lcm(4, 6), math.isqrt(99), math.factorial(12), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.floor(-0.5), math.ceil(-0.5), math.log(8, 2), math.log10(1000), math.exp(0), math.hypot(3, 4), math.dist((0, 0), (3, 4)))
