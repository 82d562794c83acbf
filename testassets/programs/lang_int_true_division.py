# int / int is correctly rounded however large the operands, as in CPython.
cases = [
    (10, 2**70), (2**70, 10), (3, 2**70), (2**70 + 1, 3), (-(2**70), 7), (2**70, -7),
    (1, 3), (2, 3), (10**30, 10**12), (10**30 + 1, 10**12 - 1), (2**53 + 1, 1), (2**54 + 3, 2),
    (123456789012345678901234567890, 987654321), (1, 10**300), (10**300, 7), (-1, 2**1000),
    (2**1100, 2**100), (0, 2**80), (2**64 - 1, 2**64), (7 * 2**60 + 1, 2**62),
]
for a, b in cases:
    print(a, "/", b, "=", repr(a / b))
for a, b in [(2**2000, 1), (10**400, 3)]:
    try:
        print(a / b)
    except OverflowError as e:
        print("OverflowError:", e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(2**100 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(float(2**70 + 1), float(2**53 + 1), float(3 * 2**70 + 2**17 + 1), float(-(2**64) - 2**11 - 1))
