# Numeric literals: bases, underscores, floats, big ints, and their errors.
print(0b1010, 0o17, 0xff, 0XAB, 0B11, 0O7)
print(1_000_000, 0x_ff_ff, 0b_1_0, 1_0.5_0, 1e1_0)
print(1e3, 1E-3, 2.5e+2, .5, 5., 0.0, -0.0, 1e308 * 10, -1e308 * 10)
print(123456789012345678901234567890 * 2, 2 ** 100, -2 ** 64)
print(0x7fffffffffffffff + 1, -0x8000000000000000 - 1)
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.123456789)
print(1e-5, 1e-4, 0.0001, 1.5e-10, 1e22, 1e21, float("1e400"))
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, int(1e23))
print(type(1), type(1.0), type(10 ** 30), type(True + 1))
print(int("ff", 16), int("0b101", 0), int("0o17", 0), int("1_000"), int("  42  "))
print(float("inf"), float("-inf"), float("nan"), float(" 1.5 "), float("1_0.5"))
for bad in ["0b102", "08", "1__0", "1_", "0x", "1e", "0o8"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print(repr(bad), type(e).__name__, e.msg)
for bad in ["12a", "", "1.5", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float("abc")
except ValueError as e:
    print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2))
print(7 // 2, -7 // 2, 7 // -2, 7.0 // 2, -7.5 // 2, 7 % -2, -7.5 % 2)
print(divmod(7, 3), divmod(-7, 3), divmod(7.5, 2), pow(2, 10, 1000), pow(3, -1, 7))
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), (-8) ** 2, 0 ** 0, 0.0 ** 0)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
for expr in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "divmod(1, 0)"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, type(e).__name__, e)
print(hex(255), oct(8), bin(5), hex(-1), bin(0), format(255, "#x"), format(10, "08b"))
print(int.bit_length(1023), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(1 == 1.0, hash(1) == hash(1.0), 0.1 * 3 == 0.3, abs(-5), abs(-5.5))
print(True + True, True * 10, False - 1, int(True), float(False))
print(float(2 ** 53) == 2 ** 53 + 1, 2 ** 53 + 1, float(10 ** 17))
print(5e-324, 5e-324 / 2, 1.7976931348623157e308, sys_max := 9223372036854775807)
print(f"{1234567.891:,.2f}", f"{0.000123:e}", f"{255:x}", f"{3.14159:.3}", f"{42:+d}")
print((-5).__abs__(), (5).__neg__(), 3 .real, 3.5.imag if hasattr(3.5, "imag") else 0)
