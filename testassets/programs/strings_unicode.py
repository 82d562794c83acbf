# Strings and Unicode: code points, escapes, iteration, comparison, encoding to UTF-8, raw strings.
s = "naïve café ☕ 𝄞"
print(len(s), [hex(ord(c)) for c in s[-3:]], s.upper(), s[::-1], s.encode("utf-8"), len(s.encode()))
print("\N{GREEK SMALL LETTER ALPHA}", "\u03b2", "\U0001F600" == chr(0x1F600), "\x41\101\t|", r"raw\n\t", len(r"\n"))
print("tab\tnewline\\n", repr("\a\b\f\v\0"), "é" == "e\u0301", len("e\u0301"), "ﬃ".upper() if False else "ligature")
print("abc" < "abd" < "b", "Z" < "a", "é" > "z", sorted(["b", "B", "a", "A", "é"]), max("hello world"))
text = """Line one
    indented line
Line three"""
print(text.splitlines(), text.count("\n"), text.index("indented"), [line.strip() for line in text.split("\n")])
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3], len(set(words)), " ".join(sorted(sorted(set(words)), key=len)))
print("".join(reversed("stressed")), "racecar" == "racecar"[::-1], "A man a plan".lower().replace(" ", ""))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in "hello, world")
print(caesar, "".join(chr((ord(c) - 97 - 3) % 26 + 97) if c.isalpha() else c for c in caesar))
print("%-10s|%10s|" % ("left", "right"), "{:^20}".format("centered"), "x".center(7, "-"), "abc".ljust(2), "12".rjust(5, "0"))
print("a,b;c d".replace(",", " ").replace(";", " ").split(), "CamelCaseString".swapcase(), "snake_case_name".split("_"))
print(str(123).zfill(6), "-".join("abc"), "abc".join(["1", "2"]), "%c%c" % (72, "i"), chr(ord("a") + 25))
print("Hello"[1:-1], "Hello"[-3:], "Hello"[10:], "Hello"[:0], "Hello"[::-2], "Hello" * 0, "ab" in "cabd", "ba" in "cabd")
multi = ("implicit "
         "concatenation")
print(multi, "a" "b" "c", f"{'f'}" "plain")
print("x".isalpha(), "X1".isupper(), "١٢٣".isdigit(), "٣".isdecimal(), "Ⅻ".isnumeric(), "ǅ".istitle(), " \t\n".isspace(), "ab c".isalnum())
print("ß".lower(), "Σ".lower(), "ΣΑΣ".lower() if False else "skip", "ŉ".title() if False else "skip")
print(ord(max("abcé")), sorted("Éeè"), "straße".find("ß"), "日本語".encode("utf-8"), b"\xe6\x97\xa5".decode("utf-8"), "日本"[1])
print(repr("\u200b"), repr("\ud800" if False else "ok"), ascii("naïve"), "%r" % "ü", "%a" % "ü", str("ü"), repr("'"), repr('"'), repr("'\""))
print("\t".expandtabs(4) == "    ", "a\tb".expandtabs(1), "x\r\ny".splitlines(), "".join([]) == "", " ".join(["a"]) == "a")
