# Emulating containers: __getitem__/__setitem__/__delitem__, __iter__, __reversed__, __len__, __contains__, __bool__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"{pos} outside grid")
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, value):
        self.cells[pos] = value
    def __delitem__(self, pos):
        del self.cells[pos]
    def __len__(self):
        return len(self.cells)
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
    def __contains__(self, value):
        return value in self.cells.values()
    def __bool__(self):
        return bool(self.cells)
g = Grid(4, 3)
print(bool(g), len(g))
g[1, 1] = "#"; g[2, 0] = "@"; g[3, 2] = "#"
print(list(g), len(g), "#" in g, "?" in g, bool(g))
del g[3, 2]
print(list(g), len(g))
try:
    g[9, 9]
except IndexError as e:
    print(e)
class Deck:
    def __init__(self):
        self.cards = [f"{r}{s}" for s in "SH" for r in "A23"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __reversed__(self):
        return iter(self.cards[::-1][:2])
deck = Deck()
print(len(deck), deck[0], deck[-1], deck[1:3], list(deck)[:3], "2H" in deck, list(reversed(deck)), sorted(deck)[:2])
for i, card in enumerate(deck):
    if i > 1:
        break
    print(i, card)
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 2
r = Range2(3)
print(list(r), list(r), sum(r), [x for x in r if x > 2], dict(zip(r, "abc")), max(r), 4 in r, 5 in r)
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            return self.rows[r][c]
        return self.rows[idx]
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __hash__(self):
        return hash(tuple(map(tuple, self.rows)))
    def __repr__(self):
        return f"Matrix({self.rows})"
m = Matrix([[1, 2], [3, 4]])
print(m[0], m[1, 0], m == Matrix([[1, 2], [3, 4]]), len({m, Matrix([[1, 2], [3, 4]])}), m)
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), not Empty(), "yes" if Empty() else "no")
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print(e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print(e)
try:
    "x" in 5
except TypeError as e:
    print(e)
