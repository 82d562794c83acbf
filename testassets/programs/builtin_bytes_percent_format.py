# printf-style formatting of bytes and bytearray: %s/%b take bytes-like objects (or __bytes__),
# %r/%a give ASCII reprs, %c takes a byte, numbers format as for str.

class Token:
    def __bytes__(self):
        return b"<token>"

print(b"%s and %b" % (b"bytes", bytearray(b"bytearray")))
print(b"%s|%5s|%-5s|%.2s" % (b"x", b"ab", b"cd", b"long"))
print(b"%d %i %5d %-5d| %05d %+d %x %X %#x %o %#o" % (42, -7, 3, 4, 12, 5, 255, 255, 255, 8, 8))
print(b"%f %.2f %e %g %10.3f" % (1.5, 2.345, 12345.678, 0.0001, 3.14159))
print(b"%c%c%c" % (104, b"i", bytearray(b"!")))
print(b"%r %a" % ("text\u00e9", b"raw"))
print(b"%s" % Token(), b"%s" % memoryview(b"view"))
print(b"%(name)s is %(age)d" % {b"name": b"Ann", b"age": 30})
print(b"100%% sure", b"%%d" % ())
print(bytearray(b"%s-%d") % (b"ba", 1), type(bytearray(b"%d") % 5).__name__)
print(b"\xff%s" % b"\xfe")
for bad in (lambda: b"%s" % "str", lambda: b"%s" % 5, lambda: b"%c" % 256, lambda: b"%c" % b"ab",
            lambda: b"%d" % b"x", lambda: b"%s %s" % (b"a",), lambda: b"%s" % (b"a", b"b"), lambda: b"%z" % 1):
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
