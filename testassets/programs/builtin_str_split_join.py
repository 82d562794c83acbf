# str.split/rsplit/splitlines/partition/join: separators, maxsplit, whitespace rules, errors.
samples = ["a b  c", "  leading and trailing  ", "", "   ", "one", "a\tb\nc\x0bd\x0ce\rf\x1cg\u3000h", "x,y,,z,"]
for s in samples:
    print(repr(s), s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split(","), s.rsplit(",", 1))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "aaa".split("a"), "aaaa".split("aa"), "abc".split("abc"))
print("1,2,3".split(",", 0), "1,2,3".split(",", -1), "1,2,3".split(sep=",", maxsplit=1), " a b ".rsplit(maxsplit=1))
lines = "first\nsecond\r\nthird\rfourth\x85fifth\u2028sixth\n\nlast"
print(lines.splitlines(), lines.splitlines(keepends=True), "".splitlines(), "\n".splitlines(), "no newline".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="), "=".partition("="))
print("-".join("abc"), "".join(["x", "y"]), ", ".join(str(i) for i in range(4)), "\n".join([]).split("\n"), "ab".join("123"))
print("|".join({"k1": 1, "k2": 2}), " ".join(("t", "u")), "->".join(reversed(["a", "b", "c"])))
for bad in [lambda: "a".split(""), lambda: "a".rsplit(""), lambda: "a".partition(""), lambda: ",".join([1, 2]),
            lambda: "".join(["a", None]), lambda: "".join(5), lambda: ",".join(None), ]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
csv = "name,age\nann,30\nbob,25\n"
rows = [line.split(",") for line in csv.splitlines()]
header, *body = rows
print(header, body, [dict(zip(header, r)) for r in body])
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), " ".join(w.capitalize() for w in words), "_".join(words[:3]).upper())
