# tuples: construction, comparison, concatenation, repetition, count/index, hashing, unpacking and errors.
t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t, len(t), t[2], t[-1], t[1:4], t[::-2], t.count(1), t.index(1), t.index(1, 2), 9 in t, 7 not in t)
print((), (1,), tuple("ab"), tuple([1, [2]]), tuple(range(3)), tuple({"k": 1}), (1, 2) + (3,), (0,) * 3, 2 * ("a", "b"), () * 5)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, "a") == (1, "a"), (1, 2) != (1, 2.0), ((1, 2), 3) < ((1, 3), 0))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(tuple()), {(1, 2): "pair"}[(1, 2)], max([(1, "b"), (1, "a")]))
a, *rest = t
*init, z = t
x, (y, w) = 1, (2, 3)
print(a, rest, init, z, x, y, w)
print(repr((1,)), repr(("a", None, 1.5)), str((True, "s")), tuple(x * 2 for x in range(3)), (1, 2, 3)[1:] == (2, 3))
for bad in [lambda: t.index(7), lambda: t[10], lambda: (1,) + [2], lambda: t.__setitem__(0, 1), lambda: hash((1, [2])),
            lambda: (1, 2) < (1, "a"), lambda: tuple(5), lambda: ("a",) * "2"]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f():
    return 1, 2, 3
r = f()
print(type(r).__name__, r, sum(r), sorted(r, reverse=True), list(enumerate(r)))
try:
    a, b = r
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c, d = r
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError:", e)
nested = ((1, 2), (3, 4))
print([a + b for a, b in nested], dict(nested), tuple(map(sum, nested)), (nested, nested)[1][0][1])
