# __init_subclass__ and __set_name__ hooks during class creation.
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
        print("init_subclass", cls.__name__, name)
class Alpha(Plugin): pass
class Beta(Plugin, name="custom-beta"): pass
class Gamma(Beta): pass
print(Plugin.registry, Gamma.plugin_name)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value * 2)
class Model:
    x = Field()
    y = Field()
    def __init_subclass__(cls): print("Model sub", cls.__name__)
m = Model()
m.x = 5
print(m.x, m.y, Model.x.name, Model.y.private)
class Child(Model):
    z = Field()
c = Child(); c.z = "ab"
print(c.z)
class Late: pass
f = Field()
Late.w = f
print(hasattr(f, "name"))
class Order:
    def __set_name__(self, owner, name):
        print("order", name)
class Holder:
    b = Order()
    a = Order()
    c = Order()
class Verify:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [r for r in cls.required if r not in cls.__dict__]
        if missing:
            raise TypeError(f"{cls.__name__} missing {missing}")
class Shape(Verify):
    required = ("area",)
    def area(self): return 0
try:
    class Square(Shape):
        required = ("area", "perimeter")
        def area(self): return 4
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("meta new", name, sorted(kw))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class WithKw(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("init_subclass kw", sorted(kw))
class K(WithKw, flag=True): pass
print(type(K).__name__)
