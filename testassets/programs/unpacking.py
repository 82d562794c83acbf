# Unpacking: starred assignment, nested targets, * and ** in calls and displays, errors.
a, *b = range(4)
*c, d = "xyz"
e, *f, g = [1, 2]
print(a, b, c, d, e, f, g)
(h, i), [j, *k] = "hi", (1, 2, 3)
print(h, i, j, k)
for x, (y, *z) in [(1, (2, 3, 4)), (5, (6,))]:
    print(x, y, z)
print([*"ab", *range(2), *(3,)], (*[1], *{2: 0}), {*"aa", *"b"} == {"a", "b"}, {**{"k": 1}, **dict(m=2), "z": 0})
def show(*args, **kwargs):
    return args, kwargs
print(show(*[1, 2], 3, *(), **{"a": 1}, b=2, **{}))
first, second = {"one": 1, "two": 2}
print(first, second)
key, value = max({"a": 3, "b": 9}.items(), key=lambda kv: kv[1])
print(key, value)
for bad in ["a, b = [1]", "a, b = [1, 2, 3]", "a, *b, c = [1]", "a, b = 5", "[a] = []"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as err:
        print(type(err).__name__ + ":", err)
swap = [1, 2, 3]
swap[0], swap[-1] = swap[-1], swap[0]
print(swap)
head, *_, tail = range(10)
print(head, tail)
pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names, list(zip(*[[1, 2, 3], [4, 5, 6]])))
print(*[f"{n}:{s}" for n, s in pairs])
nested = [[1, [2, 3]], [4, [5, 6]]]
print([p + q + r for p, (q, r) in nested])
dct = {"x": 1, "y": 2}
print("{x}-{y}".format(**dct), dict(**dct, z=3), [*dct], [*dct.values()])
try:
    show(**{1: 2})
except TypeError as err:
    print(err)
try:
    show(*5)
except TypeError as err:
    print(err)
