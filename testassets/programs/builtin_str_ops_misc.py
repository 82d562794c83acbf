# str operators and misc: comparison, concatenation, repetition, membership, iteration, slicing, hashing, immutability.
s = "Python"
print(s + "3", s * 2, "-" * 10, "ab" in "cab", "" in "", "x" not in s, s[0], s[-1], s[1:4], s[::-1], s[::2], s[10:], s[-100:2])
print("apple" < "banana", "Apple" < "apple", "a" < "aa", "" < "a", "Z" > "A", "abc" == "abc", "é" > "z", sorted(["b", "B", "a", "_", "1"]))
print([c for c in "héllo"], list(enumerate("ab")), "".join(reversed("stressed")), len(""), len("\U0001F600"), str(), str(5), str(1.0))
print(min("python"), max("python"), "python".count("o"), sorted(set("mississippi")), "".join(sorted("dcba")), ord(max("az")))
t = "abc"
u = t
t += "d"
print(t, u, t is not u)
for bad in [lambda: s[10], lambda: "a" + 1, lambda: "a" * 1.5, lambda: "a" < 1, lambda: 1 in "a", lambda: s["x"], lambda: s[1.0]]:
    try:
        print(bad())
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print("line1\nline2", "tab\there", r"raw\n", "uni\u00e9", "\x41\101\N{LATIN SMALL LETTER A}", 'single' "adjacent" 'concat')
print(f"{s!r} {s:>8} {s:.2} {len(s)=} {s[0]=}", f"{'nested' + '!'}", f"{{braces}}", f"{3 + 4:03d}")
multi = """first
  second
third"""
print(multi.splitlines(), repr(multi), multi.count("\n"))
print(str.upper("x"), str.join(",", ["a", "b"]), "x".__add__("y"), "ab".__mul__(2), "a".__eq__("a"), "a".__lt__("b"), "a".__contains__(""))
print("a" "b" == "ab", "abc".__len__(), "abc".__getitem__(1), hash("abc") == hash("ab" + "c"), "%s" % "pct", "abc"[True])
words = ["zeta", "Alpha", "beta", "Gamma"]
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=len), " ".join(w[::-1] for w in words))
