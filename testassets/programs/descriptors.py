# Descriptors: data and non-data descriptors, lookup precedence, __get__ on classes, bound methods.
class Verbose:
    def __init__(self, default):
        self.default = default
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"descriptor on {objtype.__name__}"
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        print(f"set {self.private} = {value!r}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print(f"delete {self.private}")
        delattr(obj, self.private)
class NonData:
    def __get__(self, obj, objtype=None):
        return "non-data value"
class Thing:
    size = Verbose(10)
    label = NonData()
t = Thing()
print(t.size, Thing.size)
t.size = 42
print(t.size, t.__dict__)
del t.size
print(t.size)
print(t.label)
t.label = "instance wins"
print(t.label, Thing.label)
t.__dict__["size"] = "ignored: data descriptor wins"
print(t.size)
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        return self if obj is None else obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        obj.__dict__[self.name] = value
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name, self.age = name, age
p = Person("Ann", 30)
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print(e)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class Data:
    computed = 0
    @Lazy
    def expensive(self):
        Data.computed += 1
        return "computed value"
d = Data()
print(d.expensive, d.expensive, Data.computed)
class Method:
    def f(self):
        return "f"
m = Method()
bound = Method.f.__get__(m, Method)
print(bound(), bound.__self__ is m, Method.__dict__["f"].__get__(None, Method) is Method.f)
class RO:
    @property
    def value(self):
        return 1
try:
    RO().value = 2
except AttributeError as e:
    print(e)
class ClassProp:
    @classmethod
    def make(cls):
        return cls.__name__
class Sub(ClassProp):
    pass
print(Sub.make(), Sub().make(), ClassProp.__dict__["make"].__func__.__name__)
print(type(Thing.__dict__["size"]).__name__, hasattr(Verbose, "__get__"), staticmethod(len)(["x"]), classmethod(lambda c: c).__func__ is not None)
class Prop:
    def __init__(self):
        self._x = 0
    def get_x(self):
        return self._x
    def set_x(self, v):
        self._x = v * 10
    x = property(get_x, set_x, doc="the x")
pp = Prop()
pp.x = 4
print(pp.x, Prop.x.__doc__, Prop.x.fset is Prop.set_x)
