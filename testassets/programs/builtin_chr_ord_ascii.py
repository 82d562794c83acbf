# chr(), ord(), ascii() and repr() of text, including escapes and errors.
for cp in [0, 9, 10, 32, 65, 97, 127, 128, 160, 233, 0x3b1, 0x20ac, 0xffff, 0x10000, 0x1f600, 0x10ffff]:
    c = chr(cp)
    print(cp, ord(c) == cp, repr(c), ascii(c), len(c))
print(ord("a"), ord("€"), ord(b"A"), ord("\n"))
print(ascii("plain"), ascii("naïve café"), ascii(["ü", "x"]), ascii({"k": "ß"}), ascii(42), ascii(None))
print(repr("quote'"), repr('dq"'), repr("both'\""), repr("\\"), repr("\r\t\n\x0b\x0c"), repr("\x1b[0m"))
print(repr("\u200b\u00a0\u2028"), repr("\ud800"), ascii("\ud800"), repr("é\u0301"))
print("".join(chr(c) for c in range(ord("a"), ord("a") + 26)))
print([ord(c) - ord("0") for c in "2024"], "".join(chr(ord(c) + 1) for c in "HAL"))

def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(chr, -1)
attempt(chr, 0x110000)
attempt(chr, "a")
attempt(chr, 65.0)
attempt(ord, "")
attempt(ord, "ab")
attempt(ord, 5)
attempt(chr, True)

class R:
    def __repr__(self):
        return "R<ü>"
print(ascii(R()), repr(R()), str(R()), [R()], ascii([R()]))
