# Arbitrary-precision ints: arithmetic, division, powers, str/repr, comparisons with floats and hashing.
a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b, a - b, -a, abs(-b))
print(a * b)
print(a // b, a % b, divmod(b, 10**30), -a // 7, -a % 7, a // -7)
print(a // 2**199, (a + 1) % 2, 10**50 // 3, 10**50 % 3, pow(3, 1000, 10**9 + 7), pow(123456789, 2**64, 1000000007))
f = 1
for i in range(1, 41):
    f *= i
print(f, len(str(f)), str(f).count("0"), f % 1000003, sum(int(ch) for ch in str(f)))
print(2**100 == 2.0**100, 2**100 + 1 == 2.0**100, 2**53 + 1 > 2.0**53, 10**400 > 1e308, -10**400 < -1e308, 10**400 > float("inf"))
print(float(2**100), int(1e30), 2**100 / 2**99, 10**30 / 10**10, (2**64 - 1) / 3, 7 ** 50 / 7 ** 48)
print(hash(2**100) == hash(2.0**100), hash(-1) == hash(-2), hash(10**30) == hash(10**30))
print(int(str(a)) == a, int("9" * 60) + 1 == 10**60, str(-(10**25)), repr(2**64), f"{2**100:,}", f"{2**70:x}", f"{-3**40:e}")
print(sorted([10**20, -10**20, 5, 2**64, -1]), max(2**65, 2.0**64), min(-2**65, -3.0e19))
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10**20 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
x = 1
for _ in range(10):
    x = x * 1000003 + 7
print(x, x.bit_length(), x % 97, x >> 150, (x * x) % (2**61 - 1))
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(300), fib(300) % 10**9, fib(301) * fib(299) - fib(300) ** 2)
