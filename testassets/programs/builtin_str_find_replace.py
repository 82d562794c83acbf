# str.find/rfind/index/rindex/count/replace/startswith/endswith with ranges and errors.
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.find("bra", -4), s.find(""), s.find("", 11), s.find("", 12), s.find("z"))
print(s.rfind("a"), s.rfind("a", 0, 10), s.rfind("abra", 0, 6), s.rfind(""), s.rfind("", 3, 5), s.rfind("x"))
print(s.index("c"), s.rindex("b"), s.count("a"), s.count("a", 4), s.count("abra"), s.count(""), "".count(""), "aaaa".count("aa"))
print(s.find("a", None, None), s.count("a", -3, None), s.find("a", 100), s.find("a", -100, 2))
print(s.replace("a", "A"), s.replace("a", "A", 2), s.replace("abra", ""), s.replace("", "."), "".replace("", "x"), s.replace("a", "A", -1))
print("aaa".replace("a", "aa"), "abc".replace("abc", ""), "xx".replace("x", "", 1), "a.b.c".replace(".", "", 5))
print(s.startswith("abr"), s.startswith(("x", "ab")), s.startswith("cad", 4), s.startswith("cad", 4, 6), s.startswith(""), s.endswith("bra", 0, 11))
print(s.endswith(("ra", "zz")), s.endswith("a", 0, 1), s.startswith("a", -1), "".startswith(""), "".endswith("", 1))
for bad in [lambda: s.index("z"), lambda: s.rindex("z", 2), lambda: s.startswith(["a"]),
            lambda: s.endswith(("a", 1))]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
text = "to be or not to be that is the question"
positions = []
i = text.find("be")
while i != -1:
    positions.append(i)
    i = text.find("be", i + 1)
print(positions, text.count("to"), text.replace("be", "BE", 1), text.removeprefix("to ").removesuffix(" question"))
print("hello".removeprefix(""), "hello".removesuffix("hello"), "aab".removeprefix("a"), "x".removesuffix("xx"))
t = str.maketrans("aeiou", "AEIOU")
print(text.translate(t), str.maketrans("ab", "cd") == {97: 99, 98: 100}, "abc".translate({97: "xyz", 98: None}))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)
