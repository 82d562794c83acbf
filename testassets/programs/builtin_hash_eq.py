# hash() and == across numeric types, containers as keys, custom __eq__/__hash__ and unhashable errors.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0) == hash(False), hash(2**61 - 1) == hash(0))
print(hash(-1), hash(-2), hash(1.5) == hash(1.5), hash(float("inf")), hash(float("-inf")), hash(None) == hash(None))
print(hash(()) == hash(()), hash((1, "a")) == hash((1, "a")), hash(frozenset()) == hash(frozenset()))
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len(d), {0: "a", False: "b", 0.0: "c"}, {1.0: "x"}[1])
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)
pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(1, 2) in pts, {Point(0, 0): "origin"}[Point(0, 0)], Point(1, 2) == Point(1, 2), Point(1, 2) != Point(1, 3))
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__ is None, EqOnly() == 5, 5 == EqOnly(), EqOnly() != 5)
for bad in [[1], {1: 2}, {1}, EqOnly(), (1, [2]), bytearray if False else [[]]]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, p != Plain(), p in [p], p in [Plain()])
class AlwaysNot:
    def __eq__(self, other):
        return NotImplemented
print(AlwaysNot() == AlwaysNot(), 1 == AlwaysNot(), AlwaysNot() != 1)
nan = float("nan")
lst = [nan]
print(nan in lst, lst == [nan], lst.count(nan), lst.index(nan), nan == nan, {nan: 1}.get(nan), [float("nan")] == [float("nan")])
print(1 == 1.0, 1 is not 1.0, "1" == 1, [1, 2] == [1.0, 2.0], (1,) == [1], {1: 2} == {1.0: 2.0}, {1, 2} == {2.0, 1.0}, None == 0)
class H:
    def __hash__(self):
        return "x"
try:
    hash(H())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self):
        return 2**100
print(hash(BigHash()) == hash(2**100))
