# Classes: attributes, methods, class/static methods, properties, inheritance, MRO, super.
class Animal:
    kingdom = "animalia"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes {self.sound()}"
    def sound(self):
        return "a sound"
    @classmethod
    def create(cls, name):
        return cls(name)
    @staticmethod
    def helper(x):
        return x * 2
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    def sound(self):
        return "woof"
class Puppy(Dog):
    def sound(self):
        return super().sound() + " (tiny)"
    def speak(self):
        return "Puppy: " + super().speak()
d, p = Dog("rex"), Puppy.create("bit")
print(d.speak(), p.speak(), Animal.count, Dog.kingdom, p.kingdom, Animal.helper(4), d.helper(5), p)
print(isinstance(p, Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy), type(p) is Puppy, Puppy.__mro__)
print(Puppy.__bases__, Puppy.__name__, Puppy.__qualname__, Dog.__base__, Animal.__subclasses__())
print(Puppy.__dict__.keys() - {"__doc__"} == {"sound", "speak", "__module__"}, "name" in vars(p), vars(p))
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
try:
    class Bad(A, D):
        pass
except TypeError as e:
    print(e)
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
del t.celsius
print(t.celsius, type(Temp.celsius).__name__, Temp.celsius.fget.__name__)
class Counter:
    instances = []
    def __init__(self):
        self.instances.append(self)
Counter(); Counter()
print(len(Counter.instances))
class Shadow:
    x = "class"
s = Shadow()
s.x = "instance"
print(s.x, Shadow.x)
del s.x
print(s.x)
try:
    del s.x
except AttributeError as e:
    print(e)
class Slots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
sl = Slots()
try:
    sl.c = 3
except AttributeError as e:
    print(e)
try:
    print(sl.b)
except AttributeError as e:
    print(e)
print(sl.a, hasattr(sl, "__dict__"), Slots.__slots__)
class WithClassAttr:
    registry = {}
    @classmethod
    def register(cls, key):
        def deco(fn):
            cls.registry[key] = fn
            return fn
        return deco
@WithClassAttr.register("double")
def double(x):
    return x * 2
print(WithClassAttr.registry["double"](21), sorted(WithClassAttr.registry))
class Nested:
    class Inner:
        def hello(self):
            return "inner hello"
    def make(self):
        return self.Inner()
print(Nested().make().hello(), Nested.Inner.__qualname__, Nested.Inner.__name__)
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Eq) and self.v == o.v
print(Eq(1) == Eq(1), Eq(1) != Eq(2), Eq.__hash__ is None)
try:
    hash(Eq(1))
except TypeError as e:
    print(e)
obj = object()
try:
    obj.x = 1
except AttributeError as e:
    print(e)
class Dyn:
    pass
Dyn.added = lambda self: "added later"
print(Dyn().added(), getattr(Dyn(), "missing", "default"), hasattr(Dyn, "added"))
setattr(Dyn, "val", 5)
print(Dyn.val, Dyn().val)
delattr(Dyn, "val")
print(hasattr(Dyn, "val"))
class Str:
    def __str__(self):
        return "str!"
print(str(Str()), f"{Str()}", "%s" % Str(), repr(Str()).startswith("<__main__.Str object at"))
print(type(Dog.speak).__name__, type(d.speak).__name__, d.speak.__self__ is d, d.speak.__func__ is Animal.speak)
print(type(Animal.create).__name__, Animal.create.__self__ is Animal, type(Animal.__dict__["helper"]).__name__)
