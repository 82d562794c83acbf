# str methods.
s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), "MiXeD".casefold(), "hello world".title())
print(s.find("o"), s.rfind("o"), s.find("z"), s.index("W"), s.rindex("l"), s.count("l"), s.count(""), s.find("o", 5), s.find("o", 5, 8))
print(s.startswith("Hell"), s.endswith(("x", "ld")), s.startswith("World", 7), s.endswith("Hello", 0, 5))
print(s.replace("l", "L"), s.replace("l", "L", 2), s.replace("", "-"), "aaa".replace("a", "b", 0))
print(s.split(), s.split(", "), "a,b,,c".split(","), "a,b,,c".split(",", 1), " a  b ".split(), "a b c".rsplit(" ", 1), "".split(), "".split(","))
print("one\ntwo\r\nthree\rfour".splitlines(), "x\ny\n".splitlines(True), "abc".partition("b"), "abc".partition("z"), "a-b-c".rpartition("-"))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(map(str, range(5))))
print(repr("  pad  ".strip()), repr("xxhixx".strip("x")), repr("  pad  ".lstrip()), repr("  pad  ".rstrip()), "www.example.com".strip("cmowz."))
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".center(4))
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "12.3".isdecimal(), "  ".isspace(), "Title Case".istitle(), "UP".isupper(), "low".islower(), "x1".isidentifier(), "class".isidentifier(), "½".isnumeric(), "".isalpha(), "abc\x01".isprintable())
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4), "x".encode(), "héllo".encode("utf-8"))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "name".removesuffix("x"))
t = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(t), str.maketrans({"a": "1"}), "hello".translate({ord("l"): None, ord("h"): "J"}))
print("%s=%d" % ("x", 5), "{}-{}".format(1, 2), "{0}{1}{0}".format("a", "b"), "{name}!".format(name="hi"), "{:>5}|{:<5}|{:^5}".format(1, 2, 3))
print("abc"[1], "abc"[-1], "abcdef"[1:4], "abcdef"[::2], "abcdef"[::-1], "abcdef"[-2:], "abc" * 3, "a" + "b", "b" in "abc", "" in "abc")
print(len("héllo"), ord("é"), chr(233), chr(0x1F600) == "\U0001F600", sorted("banana"), list("abc"), min("hello"), max("hello"))
print("a" < "b", "abc" < "abd", "Z" < "a", "abc" == "abc", "10" < "9", str(12), str(None), str(b"x"), repr("it's"), repr('say "hi"'), repr("both ' \""))
print(repr("tab\there\nnew\\"), repr("\x00\x7f\u00e9\u200b"), ascii("héllo ☃"))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    "abc"[5]
except IndexError as e:
    print(e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
print(str.join("+", "abc"), "x".join("123"), "{:,}".format(10**9), "{!r}".format("q"), "{0[1]}".format([5, 6]), "{0.real}".format(3))
print("abc".__len__(), "abc".__contains__("b"), "ab".__add__("cd"), "ab".__eq__("ab"), "a".__lt__("b"))
