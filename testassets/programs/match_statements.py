# Structural pattern matching: literals, captures, sequences, mappings, classes, guards, or-patterns.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return f"number {x}"
        case "":
            return "empty string"
        case str(s):
            return f"string {s!r}"
        case []:
            return "empty list"
        case [one]:
            return f"one item {one}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": t, **others}:
            return f"typed {t} {others}"
        case None:
            return "none"
        case _:
            return f"other {type(x).__name__}"
for v in [0, 2, -5, 7, 2.5, "", "hi", [], [9], [1, 2, 3], (4, 5), {"type": "point", "x": 1, "y": 2}, {"type": "box", "w": 3}, None, {1}, True]:
    print(repr(v), "->", describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    def __init__(self, center, r):
        self.center, self.r = center, r
def shape(s):
    match s:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x, y):
            return f"point {x} {y}"
        case Circle(center=Point(x=cx, y=cy), r=r) if r > 10:
            return f"big circle at {cx},{cy}"
        case Circle(r=r):
            return f"circle r={r}"
        case _:
            return "unknown"
for s in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(1, 1), 20), Circle(Point(1, 1), 2), "x"]:
    print(shape(s))
def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case []:
            return "nothing"
for c in ["go north", "go up", "pick up lamp", "take key", "drop a b", "drop", "quit", "dance now", ""]:
    print(repr(c), "->", command(c))
import math
def constants(v):
    match v:
        case math.pi:
            return "pi"
        case math.e:
            return "e"
        case _:
            return "not a constant"
print(constants(math.pi), constants(2.718281828459045), constants(3))
def nested(data):
    match data:
        case {"users": [{"name": str(name), "age": int(age)}, *_]}:
            return f"first user {name} ({age})"
        case {"users": []}:
            return "no users"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case [int(), *_, int()]:
            return "ints at both ends"
    return "no match"
print(nested({"users": [{"name": "Ann", "age": 30}, {"name": "Bob", "age": 2}]}), nested({"users": []}), nested((1, 2, 3)), nested([1, "x", "y", 2]), nested([1, "x"]), nested("abc"))
match {"a": 1, "b": 2}:
    case {"a": 1}:
        print("mapping patterns ignore extra keys")
match [1, 2, 3]:
    case [1, *middle, 3]:
        print("middle", middle)
match 42:
    case x:
        print("capture everything", x)
match "text":
    case bytes():
        print("bytes")
    case str() as s if len(s) > 2:
        print("str as", s)
value = 3
match value:
    case 1:
        pass
    case other if other > 2:
        print("guard with capture", other)
class Color:
    RED = "red"
    GREEN = "green"
match "green":
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green matched by value pattern")
print(describe(False), describe(1.0), describe({"type": None}))
