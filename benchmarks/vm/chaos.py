# chaos: iterated function systems drawn with the chaos game (user classes with operator methods,
# a linear congruential generator, a grid of counts).


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)


class Affine:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.e = e
        self.f = f
        self.weight = weight

    def apply(self, p):
        return Vec(self.a * p.x + self.b * p.y + self.e, self.c * p.x + self.d * p.y + self.f)


class Random:
    def __init__(self, seed):
        self.state = seed

    def random(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state / 2147483648.0


def choose(transforms, total, rnd):
    r = rnd.random() * total
    for t in transforms:
        r -= t.weight
        if r <= 0:
            return t
    return transforms[-1]


def chaos_game(transforms, iterations, size, rnd):
    total = 0.0
    for t in transforms:
        total += t.weight
    grid = [[0] * size for _ in range(size)]
    p = Vec(0.0, 0.0)
    lo = Vec(-3.0, -0.5)
    span = 11.0
    for i in range(iterations):
        t = choose(transforms, total, rnd)
        p = t.apply(p)
        q = (p - lo) * (size / span)
        ix = int(q.x)
        iy = int(q.y)
        if 0 <= ix < size and 0 <= iy < size:
            grid[iy][ix] += 1
    return grid


def main():
    fern = [
        Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ]
    rnd = Random(42)
    grid = chaos_game(fern, 300000, 64, rnd)
    filled = 0
    weighted = 0
    for y in range(len(grid)):
        row = grid[y]
        for x in range(len(row)):
            if row[x]:
                filled += 1
                weighted += row[x] * (x + 1) * (y + 1)
    print(filled, weighted)


main()
