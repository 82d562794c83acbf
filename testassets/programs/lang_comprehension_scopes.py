# Comprehension scoping (PEP 709 inlining keeps semantics): iteration variables, class bodies, walrus.
x = "outer x"
result = [x for x in range(3)]
print(result, x)
print([y for y in range(3) if y], "y" in globals())
total = 0
squares = [(total := total + n) for n in range(5)]
print(squares, total)
print({k: v for k, v in zip("abc", range(3))}, {n % 3 for n in range(10)} == {0, 1, 2})
gen = (i * i for i in range(4))
print(type(gen).__name__, sum(gen), sum(gen))
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)])
print([(a, b) for a in range(3) for b in range(a)])
print([a for a in range(10) if a % 2 if a % 3])
class K:
    base = 10
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        shifted = [v + base for v in values]
    except NameError as e:
        shifted = f"NameError: {e}"
    first_iter_ok = [base for _ in range(2)] if False else [b for b in [base]]
print(K.doubled, K.shifted, K.first_iter_ok)
def f():
    fns = [lambda: i for i in range(3)]
    return [g() for g in fns]
print(f())
def g():
    items = [1, 2, 3]
    return [items for items in items]
print(g())
try:
    [undefined_thing for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
def h():
    n = 5
    return [n * k for k in range(3)], (lambda: [n for _ in range(2)])()
print(h())
evens = list(filter(None, [i if i % 2 == 0 else 0 for i in range(1, 7)]))
print(evens)
it = iter(range(5))
print([v for v in it if v > 1], list(it))
def outer_gen():
    data = [3, 1, 2]
    return (d * 10 for d in sorted(data))
print(list(outer_gen()))
print([c for c in "hello" if c not in "aeiou"], "".join(c.upper() for c in "abc"))
nested = [[1, 2], [3], []]
print([v for sub in nested for v in sub], sum(len(s) for s in nested))
try:
    exec("[i := 1 for i in range(2)]")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("class C:\n    [(j := 0) for _ in range(1)]")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
pairs = {(a, b): a * b for a in range(3) for b in range(3) if a < b}
print(sorted(pairs.items()))
print(any(v > 3 for v in [1, 5]), all(v for v in []), max((len(w), w) for w in ["aa", "b", "ccc"]))
lazy_calls = []
def note(v):
    lazy_calls.append(v)
    return v
lazy = (note(v) for v in range(3))
print(lazy_calls, next(lazy), lazy_calls)
