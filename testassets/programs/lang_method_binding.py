# Functions as descriptors: bound methods, staticmethod/classmethod, __self__/__func__, equality.
class C:
    def m(self, x=0): return ("m", type(self).__name__, x)
    @staticmethod
    def s(x): return ("s", x)
    @classmethod
    def c(cls, x): return ("c", cls.__name__, x)
class D(C): pass
o = C()
bm = o.m
print(bm(1), C.m(o, 2), bm.__self__ is o, bm.__func__ is C.m, type(bm).__name__)
print(o.m == o.m, o.m is o.m, C.m is C.m, o.m != C().m)
print(C.s(1), o.s(2), D.s(3), C.c(4), D.c(5), D().c(6))
print(type(C.__dict__["s"]).__name__, type(C.__dict__["c"]).__name__, C.__dict__["s"].__func__(7))
print(D.c.__self__ is D, D().c.__func__ is C.__dict__["c"].__func__)
def free(self): return ("free", self)
C.attached = free
print(o.attached()[1] is o, C.attached("explicit"))
o.instance_fn = free
try:
    o.instance_fn()
except TypeError as e:
    print(type(e).__name__, e)
print(o.instance_fn("arg"))
bound = free.__get__(o)
print(bound()[0], bound.__self__ is o)
try:
    C.m()
except TypeError as e:
    print(type(e).__name__, e)
try:
    o.m(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.s()
except TypeError as e:
    print(type(e).__name__, e)
methods = [o.m, C.s, C.c]
print([f(9)[0] for f in methods])
class Callable:
    def __call__(self, *a): return ("called", a)
class Host:
    attr = Callable()
print(Host().attr(1), callable(Host.attr), callable(Host), callable(1))
print(callable([].append))
up = str.upper
print(up("x"), list(map(str.strip, [" a ", "b "])), sorted(["B", "a"], key=str.lower))
class Counter:
    def __init__(self): self.n = 0
    def inc(self):
        self.n += 1
        return self
c = Counter()
inc = c.inc
inc(); inc(); c.inc().inc()
print(c.n)
print(C.m.__name__, C.m.__qualname__, o.m.__name__, C.c.__qualname__)
class Prop:
    @property
    def p(self): return self.helper
    def helper(self): return "helper"
print(Prop().p())
class Slots:
    __slots__ = ("x",)
    def get(self): return self.x
sl = Slots()
sl.x = "slot value"
print(sl.get(), Slots.get(sl))
print(hash(o.m) == hash(o.m), {o.m: 1}[o.m])
