# map() and filter(): several iterables, None predicate, laziness and errors.
print(list(map(str, [1, 2, 3])), list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")), list(map(len, ["", "ab", "abc"])))
print(list(filter(None, [0, 1, "", "x", None, [], [0], 0.0, True])), list(filter(str.isdigit, "a1b2c3")))
print(list(filter(lambda x: x % 2, range(10))), list(filter(bool, ())), list(map(int, "123")))
m = map(str.upper, "ab")
print(type(m).__name__, next(m), next(m), next(m, "end"))
f = filter(None, [1, 0, 2])
print(type(f).__name__, list(f), list(f))

calls = []
def noisy(x):
    calls.append(x)
    return x * 10
m = map(noisy, [1, 2, 3])
print(calls, next(m), calls)
print(list(map(noisy, [])), sum(map(noisy, range(4))), calls)
print(list(map(divmod, [7, 8], [2, 3])), list(map(max, [1, 5], [4, 2], [3, 3])))
print(sorted(filter(lambda w: len(w) > 3, "the quick brown fox jumps".split())))

try:
    list(map(int, ["1", "x"]))
except ValueError as e:
    print("ValueError:", e)
for bad in [lambda: map(), lambda: map(str), lambda: map(str, 5), lambda: filter(None), lambda: filter(None, 3), lambda: list(map(5, [1]))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print([x for x in map(lambda p: p[0] * p[1], zip(range(5), range(5, 10)))])
