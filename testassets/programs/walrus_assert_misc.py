# Assignment expressions, assert, pass/ellipsis, chained assignment and comparison, conditional imports, del.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
while (item := data.pop()) != 1:
    print("popped", item)
print(data, item)
values = [y for x in range(6) if (y := x * x) % 2]
print(values, y)
print((total := 10) + total, total)
def f(x):
    return (half := x // 2), half * 2 == x
print(f(7), f(8))
try:
    assert isinstance(data, list), "not a list"
    assert len(data) > 5, f"too short: {len(data)}"
except AssertionError as e:
    print("assert failed:", e)
try:
    assert (1, 2) == (1, 3)
except AssertionError as e:
    print("bare assert", repr(e))
def stub():
    ...
class Empty:
    pass
print(stub(), Empty.__name__, ..., Ellipsis is ..., type(...).__name__)
a = b = c = [1]
a.append(2)
print(b, c, a is c)
x = y = z = 0
x += 1
print(x, y, z)
print(1 < 2 <= 2 < 3 != 4, 1 < 2 > 3, (1 < 2) < 3, 5 > 4 > 3 > 2 > 1)
def side(v, log=[]):
    log.append(v)
    return v
side.__defaults__[0].clear()
print(side(1) < side(2) < side(0) < side(5), side.__defaults__[0])
first, second, *_ = "hello"
print(first, second, _)
(a, b), c = "xy", "z"
print(a, b, c)
print([i for i in range(3)], {i: i for i in range(2)}, *range(2), sep=" / ")
print(divmod(*(17, 5)), "{a}{b}".format(**{"a": 1, "b": 2}))
matrix = [[1, 2], [3, 4]]
matrix[0][1], matrix[1][0] = matrix[1][0], matrix[0][1]
print(matrix)
i = 0
lst = [10, 20, 30]
i, lst[i] = 2, 99
print(i, lst)
del lst[:]
print(lst)
g = {"k": 1}
del g["k"]
print(g)
print(type(lambda: 0).__name__, (lambda: (yield))().__class__.__name__, type(x for x in ()).__name__)
