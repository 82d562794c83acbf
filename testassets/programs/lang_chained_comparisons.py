# Comparison chains: evaluated once, short-circuit, mixed operators, rich comparison results.
def v(x, tag):
    print("eval", tag)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(v(1, "a") < v(2, "b") < v(0, "c") < v(5, "d"))
print(v(5, "a") < v(2, "b") < v(3, "c"))
print(1 == 1.0 == True, None is not None is not False)
print(1 < 2 == 2 > 1 != 3, 2 in [1, 2] in [[1, 2]])
print("a" < "b" <= "b" < "c", (1, 2) < (1, 3) < (2,))
x = 5
print(0 <= x < 10, 0 <= x < 5, not 0 <= x < 5)
print([i for i in range(10) if 2 < i <= 6])

class Loud:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print(f"{self.n} < {o.n}")
        return self.n < o.n
    def __eq__(self, o):
        print(f"{self.n} == {o.n}")
        return NotImplemented
    __hash__ = None
a, b, c = Loud(1), Loud(2), Loud(3)
print(a < b < c)
print(c < b < a)
print(a == b)
print(a == a)

class Vec:
    def __init__(self, *xs): self.xs = xs
    def __lt__(self, o): return [p < q for p, q in zip(self.xs, o.xs)]
r = Vec(1, 5) < Vec(2, 3)
print(r)
try:
    print(Vec(1) < Vec(2) < Vec(3))
except Exception as e:
    print(type(e).__name__, e)

for left, right in [(1, "a"), ([1], (1,)), (None, 0), ({1}, 1)]:
    try:
        print(left < right)
    except TypeError as e:
        print(type(e).__name__, e)
print({1, 2} < {1, 2, 3} <= {1, 2, 3}, {1} > set())
print(float("nan") == float("nan"), float("nan") != float("nan"))
nan = float("nan")
print(nan < 1, nan > 1, [nan] == [nan], nan in [nan])
print(1 < 2 if True else 0, (1 < 2) + (2 < 3))
print(2 ** 3 < 3 ** 2 < 10, -1 < -0.5 < 0 == -0.0)
print(None is None is None, [] is not [])
