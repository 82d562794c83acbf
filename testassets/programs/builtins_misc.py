# Builtin functions: sorted/min/max with key and default, zip (strict), enumerate, map/filter,
# isinstance/issubclass, hash, repr, round, divmod, pow, int(x, base), abs, sum, any/all, iter/next.
data = [("pear", 3), ("apple", 7), ("fig", 7), ("kiwi", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: (-t[1], t[0])), sorted(data, reverse=True)[0])
print(min(data, key=lambda t: t[1]), max(data, key=lambda t: t[1]), min([], default="empty"), max([], key=len, default=None), min(3, 1, 2), max("a", "bb", key=len))
try:
    min([])
except ValueError as e:
    print(e)
try:
    max()
except TypeError as e:
    print(e)
print(list(zip("abc", range(5))), list(zip()), list(zip([1, 2], [3, 4], [5, 6])), dict(zip("xy", (1, 2))))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print(e)
print(list(zip([1, 2], [3, 4], strict=True)))
print(list(enumerate("abc")), list(enumerate("ab", start=10)), list(map(pow, [2, 3], [3, 2])), list(map(str.upper, "ab")), list(filter(None, [0, 1, "", "x", None])), list(filter(lambda v: v > 1, [1, 2, 3])))
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance("s", (int, (str,))), issubclass(bool, int), issubclass(int, (str, object)))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
print(round(2.567, 2), round(-0.5), round(0.5), round(1.5), round(7, -1), round(15, -1), round(25, -1), round(3.14159), round(1e300, -299))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 100), pow(2, 0.5), pow(7, 2, 10), pow(5, -2), abs(-7), abs(-2.5), abs(True))
print(int("ff", 16), int("0xff", 16), int("z", 36), int("  12  "), int("-0"), int(3.99), int(-3.99), int("1_0", 0), float("  3.5\n"))
try:
    int("0xff")
except ValueError as e:
    print(e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum(range(5), start=100), sum([0.1, 0.2, 0.3]), sum(x for x in range(4)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in [1, 2, 3]), any([]), all([]))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sorted(Countdown(4)), sum(Countdown(4)), max(Countdown(5)))
calls = iter(lambda: calls_list.pop(), 0)
calls_list = [0, 1, 2, 3]
print(list(calls))
print(repr("x"), repr(1.0), repr(None), repr([1, "a"]), repr((1,)), repr({"k": (1, 2)}), repr(set()), repr(frozenset()), repr(range(3)), repr(slice(1, 2)), repr(Ellipsis), repr(NotImplemented), repr(type), repr(int), repr(len))
print(hash(1) == hash(1.0) == hash(True), hash("abc") == hash("abc"), hash((1, "a")) == hash((1, "a")), hash(None) == hash(None))
print(chr(65), ord("A"), chr(0x263A), ord("\n"), bin(10), oct(10), hex(255), hex(-255), bin(-5), format(10, "b"))
print(callable(len), callable("s"), len("abc"), len([1, 2]), len({"a": 1}), len(range(0, 10, 3)), len(b"xy"))
print(type(1), type("s"), type([]), type(None), type(type), type(len), type(lambda: 0).__name__, type(print).__name__)
print(dir([])[:3] == sorted(dir([]))[:3], "append" in dir([]), "__len__" in dir("s"), vars(type("E", (), {"a": 1}))["a"])
print(getattr("s", "upper")(), getattr(5, "real"), hasattr([], "append"), hasattr(1, "nope"), getattr(1, "nope", "default"))
try:
    getattr(1, "nope")
except AttributeError as e:
    print(e)
print(list(reversed("abc")), list(reversed([1, 2, 3])), list(reversed(range(3))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
print(ascii("é"), ascii([1, "ü"]), format(3.14159, ".2f"), format("x", ">3"), str(), str(12), str(b"x", "utf-8"), bool(), bool([]), bool("0"))
print(list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])), list(map(len, ["a", "bb"])), tuple(filter(str.isdigit, "a1b2")))
print(sorted([3, 1, 2], reverse=True), sorted("Hello World", key=str.lower), sorted([[2, 1], [1, 2], [1]]), sorted([1.5, 1, True, 0]))
print(max([1, 2], [1, 3]), min((1, "b"), (1, "a")), max(range(10), key=lambda v: v % 4), min("zebra"), max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get))
print(id(len) == id(len), id([]) != 0, isinstance(id(1), int), globals()["__name__"], "data" in globals(), sorted(locals()) == sorted(globals()))
print(eval("1 + 2"), eval("x * 2", {"x": 21}), exec("y = 5", g := {}), g["y"], compile("1", "<s>", "eval").co_filename)
print(pow(10, 20, 7), pow(-1, 3), 2 ** 3 ** 2, (-2) ** 2, -2 ** 2, 10 / 4, 10 // 4, -10 // 4, 10 % -4, 2 ** -2)
print(int.__name__, len.__name__, print.__name__, abs.__qualname__ if hasattr(abs, "__qualname__") else "abs", object.__name__)
print(list(range(-5, 5, 2)), list(range(5, -5, -2)), [*range(3), *"ab"], {**{"a": 1}, "b": 2}, (*[1, 2], 3))
