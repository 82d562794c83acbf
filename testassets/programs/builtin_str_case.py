# str case methods and padding: upper/lower/title/capitalize/swapcase/casefold, center/ljust/rjust/zfill/expandtabs.
samples = ["hello world", "HELLO", "hElLo WoRlD", "they're bill's friends", "a1b2 c3", "", "ÉCOLE été", "don't-stop", "x", "123abc", "mIxEd_case-word"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
for s in ["abc", "", "toolong"]:
    print(repr(s.center(7)), repr(s.center(8, "*")), repr(s.ljust(5, "-")), repr(s.rjust(5, "0")), repr(s.center(2)))
for s in ["42", "-42", "+3", "", "abc", "-", "0.5", "--1"]:
    print(repr(s), repr(s.zfill(5)), repr(s.zfill(1)))
for s in ["a\tb", "\t\tx", "ab\tcd\tef", "12345678\tz", "a\nb\tc", "x\r\ty"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(1)))
for bad in [lambda: "a".center(5, "ab"), lambda: "a".ljust(5, ""), lambda: "a".center("5"), lambda: "a".zfill(None)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print(" ".join(w[:1].upper() + w[1:] for w in "the old man".split()), "snake_case_name".title().replace("_", ""))
