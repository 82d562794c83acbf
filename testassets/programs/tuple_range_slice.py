# tuple, range and slice objects.
t = (1, 2, 3, 2)
print(t, t[0], t[-1], t[1:3], t.count(2), t.index(3), len(t), t + (4,), t * 2, (1,) * 0, (), (1,), tuple("ab"), tuple([1]))
print(hash((1, 2)) == hash((1, 2)), (1, 2) < (1, 3), (1, 2) == (1, 2.0), (1, (2, 3)) > (1, (2, 2)), 2 in t)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
a, b, *c = t
print(a, b, c)
r = range(10)
print(r, range(1, 10, 2), range(10, 0, -3), list(range(10, 0, -3)), len(range(0, 100, 7)), range(5)[2], range(5)[-1], range(0, 10, 2)[1:3])
print(3 in r, 10 in r, -1 in range(-5, 0), r.index(4), r.count(4), range(5) == range(0, 5, 1), range(0) == range(2, 2), list(range(5, 0)))
print(r.start, r.stop, r.step, reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 3))), sum(range(101)))
print(len(range(-10, 10, 3)), bool(range(0)), bool(range(1)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(3)[5]
except IndexError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), s.indices(5), slice(-3, None).indices(10), slice(None, None, -2).indices(7))
print("abcdefghij"[s], [0, 1, 2, 3, 4][slice(None, None, -1)], "hello"[slice(1, None)])
print(s == slice(1, 10, 2), repr(slice("a", "b")))
class Seq:
    def __getitem__(self, key):
        return key
sq = Seq()
print(sq[1], sq[1:2], sq[1:2:3], sq[::], sq[:, 1], sq[..., 1:], sq[1, 2])
print((1, 2, 3)[::-1], (1, 2, 3)[5:], (0,) * 3, tuple(range(3)), tuple(x for x in "hi"))
nested = ((1, 2), (3, 4))
print([a + b for a, b in nested], dict(nested), sorted(nested, reverse=True))
print(max((1, "b"), (1, "a")), min([(2, 1), (1, 9)]), tuple.__name__, type(()).__name__)
print(slice(1, 2).__class__.__name__, range(3).__class__.__name__, r[::-1], r[::2][::2], range(0, 10, 3)[-1])
