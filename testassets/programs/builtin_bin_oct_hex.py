# bin(), oct(), hex(), int() with bases, __index__, and their errors.
for v in [0, 1, -1, 7, 8, 255, -255, 4096, 2**64, -(2**70) + 3, True]:
    print(v, bin(v), oct(v), hex(v))
print(int("0b101", 0), int("0o17", 0), int("0x1F", 0), int("17", 0), int("101", 2), int("z", 36), int("Z", 36), int("-ff", 16))
print(int("0x_ff", 16), int("1_000_000"), int("  42  "), int("+7"), int("-0"), int("0b1_0", 0), int("७"), int("00", 0))
print(format(255, "b"), format(255, "#o"), format(255, "X"), format(255, "#x"), format(-5, "#b"), format(10, "08b"))
print(f"{3735928559:#_x}", f"{2**20:_b}", f"{-255:#06x}", f"{255:#X}")

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(bin(Idx(5)), oct(Idx(-9)), hex(Idx(300)), [1, 2, 3, 4][Idx(1)], "abcdef"[Idx(1):Idx(4)], range(10)[Idx(2)])

def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(bin, 1.5)
attempt(hex, "10")
attempt(oct, None)
attempt(int, "12", 1)
attempt(int, "12", 37)
attempt(int, "2", 2)
attempt(int, "0x10", 10)
attempt(int, "010", 0)
attempt(int, "1__0")
attempt(int, "_1")
attempt(int, "")
attempt(int, "  ")
attempt(int, 12, 10)
attempt(int, "0b", 0)
attempt(int, None)
attempt(int, [1])
print(int(b"42"), int(b"ff", 16), int(3.99), int(-3.99), int(True))
