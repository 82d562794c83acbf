# Conversions between bytes-like objects and other types: hex with separators, ord, str with an
# encoding, int.from_bytes, and mixing bytes, bytearray and memoryview in operations.

d = bytes(range(1, 8))
for per in (1, 2, 3, -2, -3, 7, 8, -8):
    print(per, d.hex(":", per), bytearray(d).hex("-", per), memoryview(d).hex(" ", per))
print(b"".hex(":"), b"\x01".hex("-", 4), d.hex(b"_"), d.hex(sep="."), d.hex(bytes_per_sep=2, sep="|"))
for bad in (lambda: d.hex("ab"), lambda: d.hex(5), lambda: d.hex("é")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(ord(b"a"), ord(bytearray(b"b")))
try:
    ord(bytearray(b"ab"))
except TypeError as e:
    print("TypeError", e)
print(str(bytearray(b"caf\xc3\xa9"), "utf-8"), str(memoryview(b"mv"), "utf-8"), str(b"plain"), str(bytearray(b"x")))
print(int.from_bytes(bytearray(b"\x01\x00"), "big"), int.from_bytes(memoryview(b"\x00\x01"), "little"))
print((258).to_bytes(2, "big") == bytearray(b"\x01\x02"))
print(b"ab" + bytearray(b"cd"), b"ab" + memoryview(b"cd"), bytearray(b"ab") + memoryview(b"cd"))
print(b"ab" == memoryview(b"ab"), bytearray(b"ab") == memoryview(b"ab"), memoryview(b"ab") == bytearray(b"ab"))
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), bytearray(b"+").join([memoryview(b"x"), b"y"]))
print(b"abc".startswith(memoryview(b"ab")), bytearray(b"abc").find(memoryview(b"c")), memoryview(b"b") in b"abc")
ba = bytearray(b"0123456789")
ba[2:4] = memoryview(b"XY")
ba += memoryview(b"!")
ba.extend(memoryview(b"?"))
print(ba, bytes(ba[::3]), bytearray(memoryview(ba)[1:4]))
print(sorted([bytearray(b"b"), b"a", bytearray(b"c")]), max(b"ab", bytearray(b"b")))
print(list(map(len, [b"", bytearray(3), memoryview(b"ab")])))

# bytes(x) uses x.__bytes__ first; bytearray(x) does not.
class B:
    def __bytes__(self): return b"custom"
class Bad:
    def __bytes__(self): return "str"
class Both:
    def __bytes__(self): return b"from __bytes__"
    def __iter__(self): return iter([1, 2])
print(bytes(B()), bytes(Both()), bytearray(Both()))
for bad in (lambda: bytes(Bad()), lambda: bytearray(B())):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
