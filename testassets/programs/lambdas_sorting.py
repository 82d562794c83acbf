# Lambdas and sorting: key functions, stability, multi-key sorts, reverse, cmp_to_key, sorted views.
import functools
people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cid", 31, "la"), ("dee", 25, "nyc"), ("eve", 40, "sf")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: (p[2], p[1]), reverse=True))
by_city = sorted(sorted(people, key=lambda p: p[0], reverse=True), key=lambda p: p[2])
print([p[0] for p in by_city])
def compare(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=functools.cmp_to_key(compare)), sorted(words, key=len), sorted(words, key=lambda w: w[-1]))
print(sorted(words, key=str.upper, reverse=True), min(words, key=len), max(words, key=lambda w: (len(w), w)))
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda *a, **k: (a, k))(1, x=2), (lambda: "no args")())
print(list(map(lambda x: x % 3, range(7))), list(filter(lambda w: "a" in w, words)), functools.reduce(lambda a, b: a * b, range(1, 8)))
table = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b, "pow": pow}
print({name: fn(3, 4) for name, fn in table.items()})
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders], square.__name__, (lambda: 0).__qualname__)
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=lambda v: (v < 0, abs(v))), sorted(set(nums)), sorted(nums)[::-1] == sorted(nums, reverse=True))
data = {"b": 2, "a": 3, "c": 1}
print(sorted(data), sorted(data, key=data.get), sorted(data.items(), key=lambda kv: kv[1], reverse=True), dict(sorted(data.items())))
matrix = [[3, 1], [1, 2], [2, 0]]
print(sorted(matrix), sorted(matrix, key=lambda r: r[1]), sorted(map(sorted, matrix)), max(matrix, key=sum))
lst = [5, 2, 8]
lst.sort(key=lambda v: -v)
print(lst, sorted("Mississippi"), "".join(sorted("hello", reverse=True)), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([0.5, -2, 3, 1.5], key=lambda v: v ** 2), sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
