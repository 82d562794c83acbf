# enumerate() and zip(): start, strict, unequal lengths, laziness, errors.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-2)))
print(list(enumerate([], 5)), list(enumerate(range(3), 10**20)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "done"), type(e).__name__)
print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", [1, 2, 3])), list(zip("abc", range(3), (True, False, None))))
print(dict(zip("abc", range(3))), list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print(list(zip([1, 2], [3, 4], strict=True)), list(zip(strict=True)))
for args in [([1, 2, 3], [1, 2]), ([1], [1, 2]), ([1, 2], [1, 2], [1]), ([1, 2], [1, 2], [1, 2, 3]), ([], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as exc:
        print("ValueError:", exc)

def gen(n, log):
    for i in range(n):
        log.append(i)
        yield i
log = []
print(list(zip(gen(5, log), "ab")), log)
log = []
print(list(zip("ab", gen(5, log))), log)
z = zip(range(3), range(3))
print(type(z).__name__, next(z), list(z), list(z))

matrix = [[1, 2, 3], [4, 5, 6]]
print(list(map(list, zip(*matrix))))
for i, (a, b) in enumerate(zip("xyz", "XYZ"), start=1):
    print(i, a, b, end="; ")
print()
for bad in [lambda: enumerate(5), lambda: zip(1, 2)]:
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)
