# Binary operator dispatch: reflected methods, subclass priority, NotImplemented, in-place fallbacks.
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"{type(self).__name__}({self.v})"
    def __add__(self, o):
        print(f"{self!r}.__add__({o!r})")
        return V(self.v + o.v) if isinstance(o, V) else NotImplemented
    def __radd__(self, o):
        print(f"{self!r}.__radd__({o!r})")
        return V(self.v + (o.v if isinstance(o, V) else o))
    def __sub__(self, o): return NotImplemented
    def __rsub__(self, o): return f"rsub {o!r} - {self!r}"
    def __mul__(self, o): return f"mul {o!r}"
    def __rmul__(self, o): return f"rmul {o!r}"
    def __truediv__(self, o): return NotImplemented
class W(V):
    def __radd__(self, o):
        print(f"{self!r}.__radd__ (subclass first)")
        return "W wins"
print(V(1) + V(2))
try:
    print(V(1) + 5)
except TypeError as e:
    print(type(e).__name__, e)
print(5 + V(1))
print(V(1) + W(2))
try:
    print(V(1) - V(2))
except TypeError as e:
    print(type(e).__name__, e)
print(5 - V(2))
print(3 * V(1), V(1) * 3, [1] * 2, 2 * [1])
try:
    V(1) / V(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    V(1) @ 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    -"x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    {} | []
except TypeError as e:
    print(type(e).__name__, e)
try:
    2 ** "x"
except TypeError as e:
    print(type(e).__name__, e)
class Pow:
    def __pow__(self, o, mod=None): return ("pow", o, mod)
    def __rpow__(self, o): return ("rpow", o)
print(Pow() ** 2, 2 ** Pow(), pow(Pow(), 3, 5))
class Unary:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
u = Unary()
print(-u, +u, ~u, abs(u))
class Shift:
    def __lshift__(self, o): return f"<< {o}"
    def __rrshift__(self, o): return f"{o} >> shift"
    def __and__(self, o): return "and"
    def __rxor__(self, o): return "rxor"
    def __ror__(self, o): return "ror"
    def __rmod__(self, o): return f"{o!r} % shift"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rmatmul__(self, o): return "rmatmul"
    def __rdivmod__(self, o): return "rdivmod"
sh = Shift()
print(sh << 1, 1 >> sh, sh & 0, 1 ^ sh, 1 | sh, 1 // sh, 1 @ sh)
print(True + True, True & False, True | 2, 3 ^ True, -True, ~True)
print(1 + 2.5, 2 * 1.5, 7 / 2, 2 ** -1, 10 % 3.5, 1 == 1.0)
class IAdd:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
i = IAdd()
i += 1
i += 2
print(i.items)
class OnlyRadd:
    def __radd__(self, o): return f"radd({o})"
j = 10
j += OnlyRadd()
print(j, sum([OnlyRadd()], 0) if False else "skip")
print(sum([V(1), V(2)], V(0)), sum([1, 2], 0.5))
