class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def describe(obj):
    match obj:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case str() as s:
            return f"string {s!r}"
        case [] :
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [x, y, *rest]:
            return f"starts {x}, {y} then {rest}"
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": t, **others}:
            return f"shape {t} {others}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y):
            return f"point {x},{y}"
        case (a, b):
            return f"pair {a} {b}"
        case None:
            return "none"
        case float() | bool():
            return "float or bool"
        case _:
            return "something else"


for value in [0, 2, -5, "hi", [], [7], [1, 2, 3, 4], {"type": "circle", "r": 3},
              {"type": "sq", "side": 2}, Point(0, 0), Point(0, 5), Point(2, 3), (1, 2), None, 1.5, True, 99, {1}]:
    print(describe(value))


def command(cmd):
    match cmd.split():
        case ["go", direction]:
            return "going " + direction
        case ["pick", "up", item] | ["take", item]:
            return "taking " + item
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "unknown"


print([command(c) for c in ["go north", "pick up lamp", "take key", "exit", "dance"]])
