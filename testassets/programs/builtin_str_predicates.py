# str.is* predicates on ASCII and non-ASCII samples.
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "12.5", "-1", " ", "\t\n", "\u0663", "\uff11",
           "Ünïcödé", "Title Case", "Title case", "ALL CAPS 1", "snake_case", "_private", "1st", "class", "été", "x\x00",
           "ß", "\u2028", "a b", "中文"]
names = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace", "islower", "isupper", "istitle", "isidentifier", "isprintable", "isascii"]
print(" ".join(n[2:6] for n in names))
for s in samples:
    flags = "".join("1" if getattr(s, n)() else "0" for n in names)
    print(repr(s).ljust(16), flags)
print([w for w in ["if", "x1", "1x", "é", "a-b", "__init__"] if w.isidentifier()])
for bad in [lambda: str.isdigit(5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
