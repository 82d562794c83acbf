text = """Line one
  Line two has   spaces
Line three"""
for i, line in enumerate(text.splitlines(), 1):
    print(f"{i:>2}: {line.strip()!r:<25}|{len(line):03}")
print(text.count("Line"), text.upper().split("\n")[1], text.split(None, 2))
table = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
for name, price, qty in table:
    print(f"{name:<10}{price:>8.2f}{qty:>5d}{price * qty:>10,.2f}")
print("{:-^30}".format(" centered "), "{0:*<10}|{0:*>10}".format("x"))
print("{:+.3e} {:g} {:g} {:g} {:.0f} {:.1%}".format(12345.6789, 0.00001234, 1234567.0, 100.0, 2.5, 0.1234))
print("{!r} {!s} {!a}".format("q", 1.5, "ü"), "{0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 5))
print(str(1e100), str(1.0e-10), str(123.456e5), 1e15, 1e16, 0.1 + 0.7, 1 / 3 * 3, 2 ** 0.5 * 2 ** 0.5)
print(repr(0.1), repr(-1.5e-300), 5e-324, 1.7976931348623157e308, 100000000000000000000.0, 123456789012345.6)
print(f"{3.0:.0f} {0.5:.0f} {1.5:.0f} {2.675:.2f} {1e-7:f} {-0.0:f} {float('nan'):f} {float('inf'):>6}")
print(f"{42:_b} {1234567.891:_.2f} {-42:08d} {42:=+8d} {3.14159:10.4} {'abc':.2}")
s = "The Quick Brown Fox"
print(s.lower().title(), s.swapcase(), s.casefold(), s[4:9].lower(), s.split(" ", 2), s.rsplit(maxsplit=1))
print("a-b-c".replace("-", ""), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "x".center(4, "."))
print("mississippi".find("ss", 3), "mississippi".rfind("ss"), "mississippi".index("pp"), "abc".find(""))
print("tEST".capitalize(), "hello world".title(), "  \t x \n".strip(), "xxaxx".lstrip("x"), "ab".removeprefix("a"))
print(",".join(str(i) for i in range(5)), " ".join(map(str, [1.5, 2, None])), "".join([]))
print("abc"[5:], "abc"[-10:2], "abc"[::-2], "hello"[1:-1], "a" * 0, "ab" * -1)
print(sorted("hello world".split(), key=lambda w: (len(w), w)), "b" > "a", "abc" >= "abd")
print("x={x} y={y}".format(x=1, y=[2]), "{{literal}} {}".format(3), "%(a)s-%(b)04d" % {"a": "A", "b": 7})
print("%-6s|%6.2f|%x|%o|%e|%g|%G" % ("ab", 3.14159, 255, 8, 0.000123, 1e-10, 1e20))
print(str.upper("abc"), str.join(":", ["a", "b"]), "Ab".isupper(), "12a".isdigit(), "".isalpha(), "Hello World".istitle())
print("\u00e9\u00e8", "\N{GREEK SMALL LETTER ALPHA}", "tab\there", r"raw\n", b"bytes\n", "é".encode())
print(len("日本語"), "日本語"[1], "日本語"[::-1], "🙂", len("🙂"), "a🙂b"[1], "a🙂b"[2], list("x🙂"))
print(repr("\x00\x7f\u200b"), repr("é"), ascii("🙂"), "\u2028".isspace(), str(b"a\xffb"))
print(int("  -0x1f  ", 16), int("z", 36), int("0o17", 8), float("1e-3"), float("-inf"), float(" 3 "))
try:
    int("12x")
except ValueError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    "a".index("b")
except ValueError as e:
    print(e)
try:
    "abc"[10]
except IndexError as e:
    print(e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print(e)
