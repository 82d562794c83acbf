# Special methods beyond operators: __call__, __format__, __index__, __hash__/__eq__ in sets and dicts,
# __iter__/__next__ objects, __contains__ fallback through __iter__, __class_getitem__, __init_subclass__.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
    def __repr__(self):
        return f"Money({self.cents})"
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __hash__(self):
        return hash(self.cents)
    def __index__(self):
        return self.cents
m = Money(12345)
print(f"{m}", f"{m:short}", f"{m:.1f}", format(m, ">12.3f"), "{:short}".format(m), [0, 1, 2][Money(1)], bin(Money(5)), list(range(Money(3))))
print(len({Money(1), Money(1), Money(2)}), {Money(1): "a"}[Money(1)], Money(1) in [Money(0), Money(1)], Money(3) == 3)
class Poly:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))
    def __len__(self):
        return len(self.coeffs)
    def __iter__(self):
        return iter(self.coeffs)
p = Poly(1, 2, 3)
print(p(0), p(2), list(map(p, range(4))), len(p), list(p), 3 in p, 9 in p, sorted(p, reverse=True))
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value
print(list(Fib(50)), sum(Fib(100)), 13 in Fib(20), 14 in Fib(20))
f = Fib(5)
print(next(f), next(f), list(f), list(f))
class Version:
    def __init__(self, text):
        self.parts = tuple(int(x) for x in text.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
versions = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(versions), max(versions), min(versions), Version("1.0") == Version("1.0"), Version("2.0") > Version("1.9"))
class Typed:
    def __class_getitem__(cls, item):
        return f"{cls.__name__} of {getattr(item, '__name__', item)}"
print(Typed[int], Typed[str], Typed["custom"])
class Plugin:
    kinds = []
    def __init_subclass__(cls, kind="generic", **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind
        Plugin.kinds.append((cls.__name__, kind))
class A(Plugin, kind="audio"):
    pass
class B(Plugin):
    pass
class C(A):
    pass
print(Plugin.kinds, C.kind)
class Temperature:
    def __init__(self, c):
        self.c = c
    def __bool__(self):
        return self.c > 0
    def __int__(self):
        return int(self.c)
    def __float__(self):
        return float(self.c)
    def __round__(self, n=0):
        return Temperature(round(self.c, n))
    def __repr__(self):
        return f"T({self.c})"
t = Temperature(21.456)
print(bool(t), bool(Temperature(-3)), int(t), float(t), round(t, 1), round(t))
