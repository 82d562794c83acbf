# int bitwise operators and bit methods: &, |, ^, ~, shifts, bit_length, bit_count, negatives and errors.
vals = [0, 1, 5, -1, -6, 255, 2**31 - 1, -(2**31), 2**64 + 3]
for a in vals:
    print(a, ~a, a << 3, a >> 1, a >> 70, a.bit_length(), a.bit_count(), a & 0xF, a | 0x10, a ^ -1)
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (2**70, 2**70 - 1), (True, 3), (False, True)]:
    print(a, b, a & b, a | b, a ^ b, type(a & b).__name__)
print(True & True, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__, ~True, ~False)
print(1 << 100, (1 << 100) >> 99, -1 << 10, -1024 >> 3, -1 >> 100, 7 >> 0, 0 << 1000)
for bad in [lambda: 1 << -1, lambda: 1 >> -5, lambda: 1.0 & 1, lambda: 1 << 1.0, lambda: "a" | 1, lambda: ~1.5, lambda: [1] ^ [2]]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
flags = 0
for bit in [0, 3, 5]:
    flags |= 1 << bit
print(bin(flags), flags & (1 << 3) != 0, flags & (1 << 4) != 0, bin(flags & ~(1 << 3)), bin(flags ^ 0b111111))
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(n) for n in range(16)] == [n.bit_count() for n in range(16)], [(n & -n) for n in range(1, 13)])
print(int.bit_length(1023), (-1023).bit_length(), (2**1000).bit_length(), (2**1000 - 1).bit_count())
print(5 & 3 | 8 ^ 2, 1 + 2 << 3, 1 << 2 + 3, -8 >> 1 << 1, ~-1, -~5, ~~7)
