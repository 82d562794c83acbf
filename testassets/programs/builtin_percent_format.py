# printf-style % formatting of str: conversions, flags, width/precision, mapping keys, errors.
print("%s %r %a" % ("é", "é", "é"), "%d %i %u" % (42, -7, 3), "%5d|%-5d|%05d|%+d|% d" % (1, 2, 3, 4, 5))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8), "%e %E %.2e" % (12345.678, 0.00012, 1.0), "%f %.1f %10.3f|%-10.2f|" % (1.5, 2.25, 3.14159, -1.0))
print("%g %g %g %G %.3g" % (0.0001, 1e-5, 1234567.0, 1e20, 3.14159), "%c%c" % (65, "z"), "%%", "%s" % [1, 2], "%s" % ((1, 2),))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%(x)r %(x)s" % {"x": "q"}, "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % None, "%d" % True, "%.3s" % "abcdef", "%5.1s|" % "xyz", "%d" % 3.99, "%x" % -255, "%r" % b"b")
print("%s-%s" % ("a", "b"), "%s" % "solo", "no args" % (), "%d%%" % 50, "%i" % -0, "%.0f %.0f" % (0.5, 1.5))
print("%08.3f|%-8.3f|%+08d|%#8o|% 05d" % (3.14159, 2.5, 42, 8, 7), "%3c|" % "x", "%s %s" % (1.0, 1e16))

cases = [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(k)s", {"j": 1}), ("%z", 1), ("%c", "ab"),
         ("%c", 1114112), ("%x", 1.5), ("%", ()), ("%d", None),
         ("%s %(a)s", ({"a": 1},))]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
class S:
    def __str__(self):
        return "S!"
    def __repr__(self):
        return "S?"
print("%s %r" % (S(), S()), "%s" % [S()], "%-6s|" % S())
