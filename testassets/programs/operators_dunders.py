# Operators dispatch to dunders, with reflected operands, NotImplemented and in-place forms.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y) if isinstance(o, V) else NotImplemented
    def __rsub__(self, o):
        return V(o - self.x, o - self.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented
    def __rmul__(self, k):
        return self * k
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k, mod=None):
        return V(pow(self.x, k, mod), pow(self.y, k, mod))
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return V(self.y, self.x)
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __bool__(self):
        return bool(self.x or self.y)
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    def __rand__(self, o): return "rand"
    def __ror__(self, o): return "ror"
a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a - b, 10 - a, a * 3, 3 * a, a @ b, b / 2, b // 2, b % 2, a ** 2, pow(b, 2, 5))
print(-a, +a, abs(b), ~a, a == V(1, 2), a != b, a < b, b > a, a <= b if hasattr(V, "__le__") and False else "no le")
print(a & b, a | b, a ^ b, a << 1, a >> 1, 1 & a, 1 | a, bool(V(0, 0)), bool(a), len({a, V(1, 2)}))
try:
    a - 1
except TypeError as e:
    print(e)
try:
    "s" * a
except TypeError as e:
    print(e)
try:
    a <= b
except TypeError as e:
    print(e)
try:
    1 ^ a
except TypeError as e:
    print(e)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        self.items.remove(o)
        return self
acc = Acc()
same = acc
acc += 1
acc += 2
acc -= 1
print(acc.items, acc is same)
class OnlyAdd:
    def __add__(self, o):
        return "added"
x = OnlyAdd()
x += 5
print(x)
class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd"
print(Base() + Derived(), Derived() + Base(), 1 + Derived())
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq called")
        return NotImplemented
print(Cmp(1) == Cmp(1), Cmp(1) != 2)
class Rev:
    def __gt__(self, o):
        return "Rev.gt"
    def __lt__(self, o):
        return "Rev.lt"
print(1 < Rev(), 1 > Rev(), Rev() < 1)
print((1).__add__(2), (1).__add__(1.5), (2).__rsub__(10), (1.5).__mul__(2), "ab".__mul__(2), [1].__add__([2]), int.__add__(3, 4))
print((5).__neg__(), (5).__lt__(6), (5).__eq__("5"), "a".__lt__("b"), {1}.__or__({2}), (7).__bool__(), (0).__bool__())
print(float.__add__(1.0, 2.0), str.__add__("x", "y"), list.__len__([1, 2]), tuple.__getitem__((9, 8), 1), dict.__contains__({1: 2}, 1))
class Sized:
    def __len__(self):
        return 3
    def __contains__(self, x):
        return x == "in"
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
s = Sized()
print(len(s), "in" in s, "out" in s, list(s), bool(s), 10 in list(s))
class Idx:
    def __index__(self):
        return 2
print([1, 2, 3][Idx()], bin(Idx()), "abcd"[Idx():], range(10)[Idx()], hex(Idx()))
class Callable:
    def __call__(self, *args, **kw):
        return args, kw
print(Callable()(1, 2, k=3), callable(Callable()), callable(Callable), callable(1))
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
    def __round__(self, n=None): return "rounded" if n is None else n
    def __trunc__(self): return 9
    def __floor__(self): return 1
    def __ceil__(self): return 2
import math
print(int(Num()), float(Num()), round(Num()), round(Num(), 3), math.trunc(Num()), math.floor(Num()), math.ceil(Num()))
