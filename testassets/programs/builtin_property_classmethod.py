# property, classmethod and staticmethod: getters/setters/deleters, docstrings, calls via class and instance.
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        "the temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(v):
        return v >= -273.15
t = Temp(100)
print(t.celsius, t.fahrenheit, Temp.from_f(212).celsius, t.from_f(32).celsius, Temp.valid(-300), t.valid(0))
t.celsius = 37
print(t.celsius, round(t.fahrenheit, 1), Temp.celsius.__doc__, type(Temp.celsius).__name__)
try:
    t.celsius = -500
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
class Sub(Temp):
    pass
print(type(Sub.from_f(50)).__name__, Sub.from_f(50).celsius, Sub.valid(1))
area = property(lambda self: self.w * self.h)
class Rect:
    area = area
    def __init__(self, w, h):
        self.w, self.h = w, h
print(Rect(3, 4).area, isinstance(Rect.area, property), Rect.area.fget is not None, Rect.area.fset)
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return cls
print(Registry.register("a").register("b").items, type(Registry.__dict__["register"]).__name__, type(Registry.__dict__["items"]).__name__)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class Holder:
    size = sm
    name = cm
print(Holder.size("abc"), Holder().size([1]), Holder.name(), Holder().name())
p = property()
class Empty:
    attr = p
try:
    Empty().attr
except AttributeError as e:
    print("AttributeError:", e)
