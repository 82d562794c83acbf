# Metaclasses, type(name, bases, dict), __init_subclass__ with keywords, __set_name__, __class_getitem__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = "Meta"
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name, kwargs)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)
    def describe(cls):
        return f"class {cls.__name__} made by {type(cls).__name__}"
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class Base(metaclass=Meta, flavour="vanilla"):
    def __init__(self, x):
        self.x = x
    @classmethod
    def __init_subclass__(cls, **kwargs):
        print("Base.__init_subclass__", cls.__name__, kwargs)
class Child(Base, flavour="chocolate"):
    y = 2
obj = Child(5)
print(obj.x, Child.created_by, type(Child).__name__, isinstance(Child, Meta), Child.describe(), Child.upper_name)
print(type(Base) is Meta, Meta.__mro__[1] is type, Child.__mro__[1] is Base)
Point = type("Point", (), {"x": 1, "norm": lambda self: self.x * 10})
p = Point()
print(Point.__name__, p.x, p.norm(), type(Point) is type, Point.__bases__)
Sub = type("Sub", (Point,), {"y": 2})
print(Sub().norm(), Sub.y, Sub.__mro__[1].__name__, type(5) is int, type("s").__name__)
try:
    type("X", 1, {})
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
class Registry:
    plugins = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Registry.plugins.append(cls.plugin_name)
class Alpha(Registry, name="first"):
    pass
class Beta(Registry):
    pass
print(Registry.plugins, Alpha.plugin_name, Beta.plugin_name)
try:
    class Gamma(Registry, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, "for unknown class keyword")
class Field:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f"<unset {self.name}>")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 2
class Model:
    title = Field()
    count = Field()
m = Model()
m.count = 21
print(m.title, m.count, Model.title.name, Model.count.owner)
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], list[int], dict[str, int])
class Singleton(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("Config created once")
print(Config() is Config())
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 42}
class WithPrepared(metaclass=Ordered):
    a = 1
print(WithPrepared.injected, WithPrepared.a)
class M1(type):
    pass
class M2(type):
    pass
class A1(metaclass=M1):
    pass
class A2(metaclass=M2):
    pass
try:
    class Both(A1, A2):
        pass
except TypeError as e:
    print(e)
class M3(M1):
    pass
class A3(A1, metaclass=M3):
    pass
print(type(A3).__name__)
class A4(A3):
    pass
print(type(A4).__name__)
