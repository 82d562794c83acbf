# The format mini-language, str.format, % formatting and f-strings.
for spec in ["", "10", "<10", ">10", "^10", "*^10", "+", "-", " ", "05", ",", "_", "x", "X", "#x", "#o", "#b", "o", "b", "c", "d", "n", "08.3f", "e", "E", ".3e", "g", ".2g", "%", ".1%", "=+8"]:
    try:
        r = format(255, spec)
    except (ValueError, TypeError) as e:
        r = f"{type(e).__name__}: {e}"
    print(repr(spec), repr(r))
for spec in ["", ".2f", "10.3f", "<10.1f", "e", ".0e", "g", ".10g", "%", "+.2f", ",.2f", "_.3f", "#.0f", ".3", "F", "G", "010.2f", "^+12.4e"]:
    print(repr(spec), repr(format(1234.5678, spec)), repr(format(-0.000123, spec)))
for v in [float("inf"), float("-inf"), float("nan"), 0.0, -0.0, 1e300, 1e-300]:
    print(format(v, ""), format(v, ".3f"), format(v, "e"), format(v, "g"), format(v, "10"))
for spec in ["", "10", "<10", ">10", "^10", ".2", "*>8.3", "s"]:
    print(repr(spec), repr(format("hello", spec)))
for bad, val in [("d", "str"), (".2f", "str"), ("x", 1.5), ("c", -1), ("=10", "s"), ("c", 0x110000)]:
    try:
        format(val, bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print("{} {} {}".format(1, "a", None), "{2}{1}{0}".format("a", "b", "c"), "{x}-{y}".format(x=1, y=2), "{0!r} {0!s} {0!a}".format("é"))
print("{:>{w}}|{:.{p}f}".format("r", 3.14159, w=5, p=2), "{0[0]} {0[1]} {1[k]}".format([7, 8], {"k": "v"}), "{{literal}} {}".format(5))
class D:
    def __format__(self, spec):
        return "fmt:" + spec
print("{:%Y}".format(D()), f"{D():abc}", format(D(), "x"))
class P:
    x = 3
    y = [4, 5]
print("{0.x} {0.y[1]}".format(P()), "{:*^9}".format("mid"), "{:=+6}".format(-3), "{:#_b}".format(1023))
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError", e)
print("%s %r %d %i %5d %-5d| %05d %x %X %#x %o %#o %e %.2f %10.3f %g %c %c %%" % ("s", "r", 42, 7, 3, 3, 42, 255, 255, 255, 8, 8, 12345.678, 3.14159, 2.5, 0.0001, 65, "z"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%s" % (1,), "%s" % [1, 2], "%.3s" % "abcdef", "%*d" % (5, 42), "%-*d|" % (4, 1), "%+d %+d" % (5, -5))
print("% d" % 5, "%.0f" % 2.5, "%.0f" % 3.5, "%5.1f%%" % 99.5, "%r" % "q", "%a" % "é", "%s %s" % ("a", "b"))
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % ("one",)
except TypeError as e:
    print(e)
try:
    "%s" % ("a", "b")
except TypeError as e:
    print(e)
name, value, width = "pi", 3.14159265, 12
print(f"{name}={value:.3f}", f"{value:{width}.2f}|", f"{name!r:>6}", f"{name.upper()}", f"{[1, 2][0]}", f"{'nested'}", f"{{}}", f"{3 + 4}")
print(f"{value=}", f"{name = }", f"{value=:.2f}", f"{1 + 1 = }", f"{name=!r}")
items = {"a": 1}
print(f"{items['a']}", f"{len(items):03d}", f"{'x' if items else 'y'}", f"{(lambda: 5)()}", f"{value:e}", f"{255:#x}", f"{1234567:,}", f"{0.5:.0%}")
print(f"""multi
line {name}""", f"{'a' 'b'}", rf"\d{name}", f"{name:{'>'}{10}}")
big = 2 ** 100
print(f"{big:,}", f"{big:x}", f"{big:e}", f"{-big:_}", format(big, "40"), f"{True}", f"{True:d}", f"{None!s}", f"{3.0}", f"{1e100}")
print(format(12345.6789, ",.2f"), format(0.1, ".20f"), format(2 / 3, ".15g"), format(1 / 3, ""), format(100, "e"), format(1e16, ""), format(123456789012345678, "e"))
print("{:,d}".format(-1234567), "{:_x}".format(0xabcdef12), "{:n}".format(1234), "{:5}|{:<5}|".format(True, False), format(3, "c") == "\x03")
