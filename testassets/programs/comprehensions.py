matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(3) if i != 1])
print([[row[i] for row in matrix] for i in range(3)])
print({(i, j) for i in range(3) for j in range(3) if i < j})
print({k: v for k, v in zip("abc", range(3)) if v})
print([x if x % 2 else -x for x in range(6)], [y for x in matrix for y in x if y % 2 == 0])
x = 10
print([x for x in range(3)], x)
gen = (i * i for i in range(4))
print(sum(gen), sum(gen))
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]], {w[0]: w for w in words}, {len(w) for w in words})
nested = [[j for j in range(i)] for i in range(4)]
print(nested, sum(len(n) for n in nested), max(nested, key=len))
def f(n):
    return [lambda: n * k for k in range(3)]
print([g() for g in f(2)])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
flat = []
for row in matrix:
    flat.extend(v * 10 for v in row)
print(flat)
print(dict((str(i), i) for i in range(3)), tuple(i for i in "ab"), sorted(set(c for c in "hello")))
squares = {n: n * n for n in range(10)}
print({k: v for k, v in squares.items() if v > 50}, list(squares)[-3:], any(v == 49 for v in squares.values()))
primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
print(sorted(((v, k) for k, v in {"a": 3, "b": 1, "c": 2}.items()), reverse=True))
