# int methods and attributes: real/imag/numerator/denominator, conjugate, as_integer_ratio, is_integer, int() of strings with signs.
for n in [0, 7, -12, 2**65, True]:
    print(n, n.real, n.imag, n.numerator, n.denominator, n.conjugate(), n.as_integer_ratio(), n.is_integer(), type(n.real).__name__)
print((255).to_bytes(1, "little"), (1).to_bytes(4, "big"), (-2).to_bytes(2, "little", signed=True), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\x00\x01", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2], "big"))
print((10).__add__(5), (10).__sub__(3), (10).__mul__(2), (10).__floordiv__(3), (10).__mod__(3), (10).__pow__(2), (10).__neg__(), (10).__rsub__(1))
print((10).__truediv__(4), (10).__lt__(11), (10).__eq__("10"), (10).__bool__(), (0).__bool__(), (7).__index__(), (7).__int__())
print(int.__add__(1, 2), int.bit_length(255), int.__new__(int, "42"), (5).__format__("03d"), (5).__repr__(), (5).__str__(), (5).__hash__())
print((3).__and__(6), (3).__or__(4), (3).__xor__(1), (3).__lshift__(2), (16).__rshift__(2), (3).__invert__(), (-3).__abs__(), (3).__pos__())
print((1).__add__(1.5), (1).__mul__("a"), (1).__lt__(None), int.__eq__(1, True))
for bad in [lambda: (1).to_bytes(1, "middle"), lambda: int.from_bytes(b"\x01", "wrong"), lambda: (300).to_bytes(1, "big"), lambda: (5).real.bogus]:
    try:
        print(bad())
    except (ValueError, OverflowError, AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
