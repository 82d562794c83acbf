big = 2 ** 200
print(big, big // 3 ** 50, big % 1000007, -big // 7, big.bit_length(), len(str(big)))
print(int(str(big)) == big, hex(big)[:20], big > 1e60, float(big), big * 1.0 == float(big))
print(12345678987654321 * 98765432123456789, (-3) ** 41, 7 ** 77 % 1000, pow(7, 77, 1000))
a, b = 1071, 462
while b:
    a, b = b, a % b
print(a)
fact = 1
for i in range(1, 31):
    fact *= i
print(fact, fact // (2 ** 26), str(fact)[::-1][:5])
print(0.1 + 0.2, 1.1 * 3, 1e-10 + 1, 3.0 * 1.1, 100 * 1.1, 0.3 - 0.1, 1.0 / 10, 2.0 ** 60, 2.0 ** 70)
print(1e16 + 1, 9007199254740993, float(9007199254740993), 1.5e300 * 1.5e10, -1e-320)
print(round(123.456, 1), round(123.456, -1), round(-123.456), round(0.5 + 1e-9), round(5, 2), round(2.5e-3, 3))
print(7 // -2, -7 // -2, 7 % -2, -7 % -2, 7.0 // -2, -7.0 % 2.5, 5 % 0.3)
print(int(1e20), int(-1e19), int(2.9999999999999996), float(2 ** 63), 2 ** 63 == float(2 ** 63))
print(True + 1.5, False * 2.0, 3 * True, True & False, True | False, True ^ True, ~True, -True)
print(1 == True, hash(True), {True: "t", 1: "one"}, 0 == False == 0.0, 1.0 in [1], [1] == [1.0])
print(max(1, 2.0), min(2, 1.0), sorted([3, 1.5, 2, True]), sum([0.1] * 10), abs(-0.0), -0.0 == 0.0)
print(10 ** 18, 10 ** 19, 2 ** 64 - 1, -(2 ** 63), (2 ** 63) - 1 + 1, 3 ** 40, 9 ** 20 // 9 ** 19)
print(divmod(-7, 2), divmod(7, -2), divmod(2 ** 70, 3), divmod(-5.5, 2), (-5) ** 2, -5 ** 2)
print(0 ** 0, 0.0 ** 0, 2 ** -2, (-2) ** -1, 10 ** -1, 4 ** 0.5, (-8) ** 2, 1.5 ** 2)
for v in [0.0, 1.0, -1.5, 3.25, 1e-4, 123456.789, 1e21, 2.5e-5, 0.1 * 3]:
    print(v, repr(v), str(v), f"{v}", format(v, ""), int(v) if abs(v) < 1e18 else "big")
print(int.__name__, (5).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "big"), (-1).bit_length())
print(float.is_integer(3.0), (0.75).as_integer_ratio(), (1.5).is_integer(), 1_0.5)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    2 ** 10000.0
except OverflowError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
