# Protocols used by builtins: __len__, __contains__, __iter__, __getitem__ fallbacks, __bool__ from __len__.
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        print("contains", x)
        return x in self.items
    def __iter__(self):
        return iter(self.items)
b = Bag(1, 2, 3)
print(len(b), 2 in b, 5 not in b, list(b), sorted(b, reverse=True), bool(b), bool(Bag()), sum(b), max(b), tuple(b))
class OnlyIter:
    def __iter__(self):
        yield from "xyz"
print("y" in OnlyIter(), "q" in OnlyIter(), list(OnlyIter()), dict.fromkeys(OnlyIter()), "".join(OnlyIter()))
class OnlyGetitem:
    def __getitem__(self, i):
        if i < 4:
            return i * 10
        raise IndexError("stop")
print(20 in OnlyGetitem(), 25 in OnlyGetitem(), list(OnlyGetitem()), [x for x in OnlyGetitem()], list(enumerate(OnlyGetitem())))
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return len(self.cells)
g = Grid()
g[0, 0] = "#"
g[1, 2] = "@"
print(g[0, 0], g[5, 5], len(g), sorted(g.cells))
del g[0, 0]
print(len(g), g[0, 0])
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError:", e)
class NoLen:
    pass
for bad in [lambda: len(NoLen()), lambda: 1 in NoLen(), lambda: list(NoLen()), lambda: NoLen()[0], lambda: NoLen().__len__()]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
class BadContains:
    def __contains__(self, x):
        return "yes"
print(1 in BadContains(), 1 not in BadContains())
class LenStr:
    def __len__(self):
        return "3"
try:
    len(LenStr())
except TypeError as e:
    print("TypeError:", e)
