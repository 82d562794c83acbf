# Conditional expressions and boolean operators: values, laziness, precedence.
def v(x, tag):
    print("eval", tag)
    return x
print(v(1, "then") if v(True, "cond") else v(2, "else"))
print(v(1, "then") if v(0, "cond") else v(2, "else"))
print("a" if 0 else "b" if 0 else "c")
print(("a" if 1 else "b") + "!", "a" if 1 else "b" + "!")
f = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([f(n) for n in (-2, 0, 3)])
print(v(0, "l") or v("", "m") or v([], "r"))
print(v(1, "l") and v(2, "m") and v(3, "r"))
print(v(1, "l") and v(0, "m") and v(3, "r"))
print(0 or 1 and 2, (0 or 1) and 2, not 1 or 2, not (1 or 2))
print([] or {}, "x" and "y", None and 1, 0.0 or None)
print(1 and [] or "fallback")
x = 3
print(x > 2 and "big" or "small", x > 5 and "big" or "small")
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
print(B(True) and "yes")
print(B(False) or "no")
r = B(False) and "never"
print(type(r).__name__)
print(not B(True))
class L:
    def __len__(self):
        print("len")
        return 0
print(bool(L()), L() or "empty")
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
print(all([]), any([]), all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]))
y = 10 if x else 20 if x > 100 else 30
print(y)
print((lambda: 1 if False else 2)())
print([a if a % 2 else -a for a in range(6)])
print({k: ("odd" if k % 2 else "even") for k in range(4)})
z = (yield_ := 5) if x else 0
print(z, yield_)
