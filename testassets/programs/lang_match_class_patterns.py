# match: class patterns with __match_args__, keyword patterns, guards, captures, or-patterns.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, c, r): self.center, self.radius = c, r
class NoArgs:
    def __init__(self): self.v = 1
def describe(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"on axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=Point(), radius=r):
            return f"circle r={r}"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case str(s) if s:
            return f"string {s!r}"
        case bool(b):
            return "unreachable: bools are ints"
        case [Point() as p, *rest]:
            return f"list starting with point ({p.x},{p.y}) plus {len(rest)}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={sorted(extra)}"
        case NoArgs(v=1):
            return "NoArgs with v=1"
        case _:
            return f"other {type(obj).__name__}"
tests = [Point(0, 0), Point(5, 0), Point(0, 7), Point(3, 3), Point(1, 2),
         Circle(Point(1, 2), 20), Circle(Point(0, 0), 3), -4, -2.5, 10, True, "hi", "",
         [Point(9, 8), 1, 2], {"type": "user", "name": "ann", "age": 3, "id": 1},
         {"type": "user", "name": 5}, NoArgs(), None]
for t in tests:
    print(describe(t))
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class BadArgs:
    __match_args__ = ["x"]
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case print(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
match (1, [2, 3]):
    case (a, [b, *c]):
        print("nested", a, b, c)
match {"k": 1}:
    case {"k": 1 | 2 as val}:
        print("or with as", val)
match 42:
    case 1 | 2 | 3:
        print("small")
    case x if x > 40:
        print("guard capture", x)
class Sub(Point): pass
match Sub(4, 4):
    case Point(a, b):
        print("subclass matched", a, b)
match "text":
    case str() as s if len(s) > 3:
        print("as with guard", s)
match [1, 2, 3]:
    case (1, *_, 3):
        print("tuple pattern matches list")
match 3.0:
    case 3:
        print("3.0 matches literal 3")
