# __eq__ and __hash__: defaults, None hash, eq without hash, NotImplemented, reflected comparisons.
class Default: pass
a, b = Default(), Default()
print(a == a, a == b, a != b, hash(a) == hash(a), len({a, b, a}))
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, EqOnly) and self.v == o.v
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1)}
except TypeError as e:
    print(type(e).__name__, e)
class Hashable:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Hashable) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"H({self.v})"
s = {Hashable(1), Hashable(1), Hashable(2)}
print(len(s), Hashable(2) in s, {Hashable(1): "one"}[Hashable(1)])
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print(type(e).__name__, e)
class InheritsHash(Hashable): pass
print(hash(InheritsHash(5)) == hash(5))
class OverridesEq(Hashable):
    def __eq__(self, o): return True
print(OverridesEq.__hash__ is None)
log = []
class L:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        log.append(f"{self.n}.eq({o.n})")
        return NotImplemented
    __hash__ = object.__hash__
x, y = L("x"), L("y")
print(x == y, log)
log.clear()
print(x != y, log)
class R:
    def __lt__(self, o):
        print("R.__lt__")
        return NotImplemented
    def __gt__(self, o):
        print("R.__gt__")
        return "gt result"
class S(R): pass
print(R() < R())
print(R() < S())
try:
    print(object() < object())
except TypeError as e:
    print(type(e).__name__, e)
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        if isinstance(o, (int, float)):
            return self.v == o
        return NotImplemented
    __hash__ = None
print(Num(3) == 3, 3 == Num(3), Num(3) == "3", [Num(1)] == [1], 1 in [Num(1)])
print((1, 2) == (1, 2.0), [1, [2]] == [1, [2]], {1: "a"} == {1.0: "a"}, {1, 2} == frozenset({2, 1}))
nan = float("nan")
lst = [nan]
print(lst == lst, lst[0] == nan, nan in lst, lst.count(nan), lst.index(nan))
print(hash(0) == hash(0.0) == hash(False), hash(-1) == hash(-2), hash("a") == hash("a"))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
class BadHash:
    def __hash__(self): return "no"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self): return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70))
print(None == None, None == 0, NotImplemented.__class__.__name__, bool(None))
