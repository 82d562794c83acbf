# property: getter/setter/deleter, inheritance, read-only errors, docstrings.
class Temp:
    def __init__(self, c): self._c = c
    @property
    def celsius(self):
        """Temperature in Celsius."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError(f"{v} below absolute zero")
        print("set celsius", v)
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self): return self._c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
print(Temp.celsius.__doc__, type(Temp.celsius).__name__)
print(Temp.celsius.fget.__name__, Temp.fahrenheit.fset)
class Base:
    @property
    def value(self): return "base"
class Derived(Base):
    @Base.value.getter
    def value(self): return "derived getter"
    @value.setter
    def value(self, v): print("derived setter", v)
d = Derived()
print(d.value, Base().value)
d.value = 3
def get_x(self): return self._x
def set_x(self, v): self._x = v * 10
class Classic:
    x = property(get_x, set_x, None, "classic doc")
c = Classic(); c.x = 4
print(c.x, Classic.x.__doc__)
class Lazy:
    def __init__(self): self.computed = 0
    @property
    def expensive(self):
        self.computed += 1
        return 42
lz = Lazy()
print(lz.expensive, lz.expensive, lz.computed)
class Shadow:
    @property
    def p(self): return "property"
s = Shadow()
s.__dict__["p"] = "instance dict"
print(s.p)
class Failing:
    @property
    def broken(self):
        raise AttributeError("inner attribute missing")
    def __getattr__(self, name):
        return f"__getattr__({name})"
print(Failing().broken)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)
p = property(lambda self: 1)
print(p.fget(None), p.fset, p.fdel)
p2 = p.setter(lambda self, v: None)
print(p2 is p, p2.fset is not None)
class Counter:
    _count = 0
    @property
    def count(self): return type(self)._count
    @count.setter
    def count(self, v): type(self)._count = v
a, b = Counter(), Counter()
a.count = 5
print(b.count)
