# Iterable unpacking in assignments, calls, displays; errors for wrong counts.
a, *b, c = range(6)
print(a, b, c)
*a, b = "xyz"
print(a, b)
a, *b = [1]
print(a, b)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
first, *_, last = (i * i for i in range(5))
print(first, last)
print([*range(3), *"ab", *{"k": 1}])
print((*[1, 2], 3), {*[1, 1, 2]} == {1, 2})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kw): return args, kw
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}))
print(f(**{"a": 1}, **{"b": 2}))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
for src in [[1], [1, 2, 3], []]:
    try:
        p, q = src
        print(p, q)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    p, q, *r = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    p, q = 5
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    yield 1
    yield 2
    yield 3
try:
    x, y = gen()
except ValueError as e:
    print(type(e).__name__, e)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
d = {}
d["a"], d["b"] = 1, 2
print(d)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
a = b = c = [7]
print(a is b is c)
x, y = y, x = 1, 2
print(x, y)
print(*[1, 2, 3], sep="-")
print(*"", "end")
head, *tail = "hello"
print(head, tail)
