# bytearray: construction, mutation, slicing and slice assignment, operators, comparisons with
# bytes, and the methods it shares with bytes (search, split, strip, case, hex, decode).

print(bytearray(), bytearray(3), bytearray(b"abc"), bytearray([65, 66, 67]), bytearray(range(3)))
print(bytearray("héllo", "utf-8"), bytearray(bytearray(b"copy")), bytearray(iter([1, 2])))
print(repr(bytearray(b"it's")), repr(bytearray(b'say "hi"')), repr(bytearray(b"\x00\xff\n\t\\")))
print(type(bytearray(b"x")).__name__, len(bytearray(b"four")), bool(bytearray()), bool(bytearray(b"\x00")))
for bad in (lambda: bytearray("text"), lambda: bytearray([256]), lambda: bytearray([-1]), lambda: bytearray(-1),
            lambda: bytearray(1.5), lambda: bytearray(["a"])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# Indexing and slicing.
ba = bytearray(b"hello world")
print(ba[0], ba[-1], ba[1:5], ba[::2], ba[::-1], ba[100:])
try:
    ba[20]
except IndexError as e:
    print("IndexError", e)

# Item and slice assignment, deletion.
ba[0] = 72
print(ba)
ba[-1] = ord("D")
print(ba)
ba[0:5] = b"HOWDY"
print(ba)
ba[5:6] = b"___"
print(ba)
ba[:3] = []
print(ba)
ba[::2] = b"x" * len(ba[::2])
print(ba)
del ba[0]
print(ba)
del ba[::3]
print(ba)
del ba[2:4]
print(ba)
ba[1:1] = bytearray(b"INSERTED")
print(ba)
for bad in (lambda: ba.__setitem__(0, 300), lambda: ba.__setitem__(0, b"a"), lambda: ba.__setitem__(slice(0, 4, 2), b"abc"),
            lambda: ba.__setitem__(100, 1), lambda: ba.__delitem__(100)):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)

# Mutating methods.
b = bytearray(b"abc")
b.append(100)
b.extend(b"ef")
b.extend([103, 104])
b.extend(bytearray(b"i"))
b.insert(0, 64)
b.insert(-1, 33)
b.insert(100, 90)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(ord("c"))
print(b)
b.reverse()
print(b)
c = b.copy()
c.append(0)
print(b, c, c is not b)
b.clear()
print(b, len(b))
for bad in (lambda: b.pop(), lambda: bytearray(b"a").remove(122), lambda: b.append(256), lambda: b.append("a"),
            lambda: bytearray(b"ab").pop(5), lambda: b.extend(5)):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)

# Operators.
x = bytearray(b"ab")
y = x
x += b"cd"
print(x, y, x is y)
x *= 2
print(x, y is x)
print(x + b"!", b"!" + x, type(x + b"!").__name__, type(b"!" + x).__name__)
print(bytearray(b"ab") * 3, 2 * bytearray(b"xy"), bytearray(b"z") * 0)
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b", bytearray(b"b") > bytearray(b"a"))
print(bytearray(b"abc") != b"abd", bytearray(b"abc") == "abc", bytearray() == bytearray())
print(98 in bytearray(b"abc"), b"bc" in bytearray(b"abc"), bytearray(b"x") in b"xyz", bytearray(b"q") in bytearray(b"abc"))
print(list(bytearray(b"hi")), [i for i in bytearray(b"\x01\x02")])
try:
    hash(bytearray())
except TypeError as e:
    print("TypeError", e)
try:
    {bytearray(b"k"): 1}
except TypeError as e:
    print("TypeError", e)

# Shared methods with bytes; results are bytearrays.
t = bytearray(b"  Hello, World  ")
print(t.strip(), t.lstrip(), t.rstrip(), t.strip(b" Hd"))
print(t.upper(), t.lower(), t.swapcase())
print(t.find(b"o"), t.rfind(b"o"), t.find(111), t.index(b"World"), t.count(b"l"), t.count(b"l", 5))
print(t.startswith(b"  H"), t.endswith(bytearray(b"  ")), t.startswith((b"x", b" ")))
print(t.split(), t.split(b","), t.split(b"l", 1), t.replace(b"l", b"L"), t.replace(b"l", b"", 2))
print(bytearray(b"-").join([b"a", bytearray(b"b"), b"c"]), b"-".join([bytearray(b"a"), b"b"]))
print(bytearray(b"a=b").partition(b"="), bytearray(b"ab").partition(b"="))
print(bytearray(b"123").isdigit(), bytearray(b"abc").isalpha(), bytearray(b"a1").isalnum(), bytearray(b" \t").isspace(), bytearray(b"\x80").isascii())
print(bytearray(b"\xde\xad\xbe\xef").hex(), bytearray.fromhex("de ad be ef"), type(bytearray.fromhex("00")).__name__)
print(bytearray("é".encode()).decode(), bytearray(b"abc").decode("utf-8"))
print(b"abc".find(bytearray(b"c")), b"abcabc".count(bytearray(b"bc")), b"a,b".split(bytearray(b",")))
print(bytes(bytearray(b"back")), bytes(bytearray(b"back")) == b"back", str(bytearray(b"s")))
print(b"xyz".startswith(bytearray(b"x")), b"  a ".strip(bytearray(b" ")), b"aXb".replace(bytearray(b"X"), bytearray(b"--")))

# Mutation visible through another name; iteration.
m = bytearray(b"abc")
alias = m
alias[0] = ord("z")
print(m, sorted(m), max(m), sum(m))
print(bytearray(b"abc")[1], bytearray(b"abc")[1:2], bytearray(b"a") * 3 == b"aaa")
print(isinstance(bytearray(), bytearray), isinstance(bytearray(), bytes), issubclass(bytearray, object))
