# int: constructors, bases, methods, bit operations, big integers.
print(int(), int(7), int(-3.9), int("  42 "), int("-0b101", 0), int("0o17", 0), int("0x_ff", 0), int("1_000"))
print(int("z", 36), int("ZZ", 36), int("101", 2), int("777", 8), int("ff", 16), int(True))
for bad in ["", "12a", "0x", "1__0", " "]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int("1", 1)
except ValueError as e:
    print(e)
try:
    int(1.5, 10)
except TypeError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
for n in [0, 1, 5, 255, 256, -1, -256, 2**64, -(2**100)]:
    print(n, n.bit_length(), n.bit_count(), bin(n), oct(n), hex(n))
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
print((10).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, divmod(-7, 2), divmod(7, -2))
print(2 ** 10, 2 ** -1, (-2) ** 3, 0 ** 0, pow(3, 4, 5), pow(3, -1, 7), pow(-2, 3, 5))
print(1 << 70, (1 << 70) >> 68, -1 >> 10, -16 >> 2, ~5, ~-1, 5 & 3, 5 | 3, 5 ^ 3, -5 & 0xff)
big = 3 ** 200
print(big)
print(big % 1000007, big // 7 ** 50, len(str(big)), -big // 3 ** 199)
print(abs(-12), +12, -(-12), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(int.__name__, (12).__index__(), int("١٢٣"), hash(10) == 10, hash(-1), hash(2**61 - 1), hash(2**61))
print(isinstance(True, int), True + True, True * 10, False - 1, 3 / 2, 4 / 2, 10 / 4)
print(1_000_000, 0b1111_0000, 0o7_7, 0xdead_beef)
print(max(2**63, 2**63 - 1), min(-(2**63), 5), sorted([3, -1, 2**70, -(2**70), 0]))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1 << -1
except ValueError as e:
    print(e)
print(format(1234567, ","), format(1234567, "_"), format(255, "#010x"), format(-42, "+d"), format(42, " d"), format(5, "08b"))
print(int.from_bytes(bytes([1, 2, 3]), "big"), (0).bit_length(), (1).to_bytes(), int.from_bytes(b""))
