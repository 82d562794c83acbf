# Comprehensions: nested, conditional, scoping, dict/set/generator forms, walrus inside.
print([x * y for x in range(1, 4) for y in range(1, 4) if x != y])
print([[i * j for j in range(3)] for i in range(3)])
print([(x, y) for x in "ab" for y in (1, 2)])
print({k: v for k, v in enumerate("hey")}, {c.upper() for c in "hello"} == {"H", "E", "L", "O"}, sorted({len(w) for w in ["a", "bb", "cc"]}))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)], [n for row in matrix for n in row if n % 2 == 0], sum(n for row in matrix for n in row))
x = "outer"
result = [x for x in range(3)]
print(x, result)
print([y for y in range(10) if y % 2 if y % 3], [v if v > 2 else -v for v in range(5)])
print([(a, b) for a in range(4) for b in range(a)], [w for w in "the quick brown fox".split() if len(w) > 3])
data = [1, 5, 3, 8, 2]
print([s for v in data if (s := v * v) > 9], s)
total = 0
print([total := total + v for v in data], total)
def scope():
    items = [lambda: n for n in range(3)]
    return [f() for f in items]
print(scope())
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [vals[i] for i in range(2)]
    except NameError as e:
        err = str(e)
print(K.doubled, K.err)
gen = (i * i for i in range(5))
print(next(gen), list(gen), list(gen))
print(dict((k, len(k)) for k in ["a", "abc"]), set(c for c in "banana") == {"a", "b", "n"}, tuple(i for i in range(3)), min(i % 4 for i in range(10, 20)))
print([[c for c in w] for w in ["ab", "cd"]], [i for i in range(20)][::5], {i: {j: i * j for j in range(2)} for i in range(2)})
nested = {"a": [1, 2], "b": [3]}
print({k: sum(v) for k, v in nested.items()}, [k for k, v in nested.items() if len(v) > 1], sorted((v, k) for k, v in {"x": 2, "y": 1}.items()))
print([i for i in range(3)] == list(range(3)), [[0] * 2 for _ in range(2)], [str(i) for i in range(3) if i] + ["end"])
async_free = [a + b for a, b in [(1, 2), (3, 4)]]
print(async_free, [first for first, *_ in [(1, 2, 3), (4, 5)]], [a for (a, b) in zip("xy", "zw")])
print(sum(1 for _ in range(1000)), any(c.isdigit() for c in "abc1"), "".join(str(n) for n in range(5)), list(map(lambda r: [v * 2 for v in r], matrix)))
