# int() construction from text, floats, custom __int__/__index__/__trunc__, and limits.
texts = ["0", "-12", "  +34\n", "1_2_3", "０１２", "٣", "1e3", "12.0", "0x10", "abc", "9" * 30, "-" + "1" * 25]
for t in texts:
    try:
        print(repr(t), int(t))
    except ValueError as e:
        print(repr(t), "ValueError:", e)
for base in [2, 8, 10, 16, 36]:
    print(base, int("11", base), int("-10", base))
for f in [0.0, -0.0, 1.9999, -1.9999, 1e20, 2.5e-10, 123456789012345678.0]:
    print(f, int(f))
for f in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(f)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

class WithInt:
    def __int__(self):
        return 42
class WithIndex:
    def __index__(self):
        return 7
class WithTrunc:
    def __trunc__(self):
        return 3
print(int(WithInt()), int(WithIndex()), int(WithIndex()) + 1)

class BadInt:
    def __int__(self):
        return "no"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
print(int(), int(x="101", base=2) if False else int("101", base=2))
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff", "big", signed=True))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\x00\x10", byteorder="little"), (1024).bit_length(), (0).bit_length())
for args in [(256, 1, "big"), (-1, 1, "big")]:
    try:
        print(args[0].to_bytes(args[1], args[2]))
    except OverflowError as e:
        print("OverflowError:", e)
print(int("7" * 50) % 1000, len(str(2 ** 1000)), str(-(10 ** 40)))
