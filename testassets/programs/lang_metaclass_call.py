# Metaclasses: __call__ controls instantiation, __new__/__init__ order, singletons, class-level hooks.
class Tracing(type):
    def __new__(mcls, name, bases, ns):
        print("Tracing.__new__", name)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print("Tracing.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Tracing.__call__", cls.__name__, args, kwargs)
        obj = super().__call__(*args, **kwargs)
        print("instance ready")
        return obj
class Widget(metaclass=Tracing):
    def __new__(cls, *args, **kwargs):
        print("Widget.__new__", args)
        return super().__new__(cls)
    def __init__(self, size, color="red"):
        print("Widget.__init__", size, color)
        self.size = size
w = Widget(3, color="blue")
print(type(Widget).__name__, w.size, isinstance(Widget, Tracing))
class Sub(Widget): pass
s = Sub(1)
print(type(Sub).__name__)
class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v): self.v = v
a, b = Config(1), Config(2)
print(a is b, a.v)
class NoInit:
    def __new__(cls, v):
        print("NoInit.__new__")
        return 42
    def __init__(self, v):
        print("never: __new__ returned a non-instance")
print(NoInit(1))
class Other:
    def __init__(self): print("Other.__init__ not called")
class ReturnsOther:
    def __new__(cls): return Other.__new__(Other)
    def __init__(self): print("ReturnsOther.__init__ not called")
print(type(ReturnsOther()).__name__)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Registry.classes.append(name)
    def __repr__(cls): return f"<class {cls.__name__} via Registry>"
    def __len__(cls): return len(Registry.classes)
    def __iter__(cls): return iter(Registry.classes)
class Base(metaclass=Registry): pass
class One(Base): pass
class Two(Base): pass
print(Registry.classes, repr(One), len(Base))
class Abstract(type):
    def __call__(cls, *a, **k):
        if getattr(cls, "abstract", False):
            raise TypeError(f"cannot instantiate abstract {cls.__name__}")
        return super().__call__(*a, **k)
class Shape(metaclass=Abstract):
    abstract = True
class Square(Shape):
    abstract = False
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
print(type(Square()).__name__)
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)
class M3(M1): pass
class W(X, metaclass=M3): pass
print(type(W).__name__)
Dyn = Tracing("Dyn", (), {"attr": 5})
print(Dyn.attr, Dyn().attr)
print(type(type), type(object), isinstance(type, object), isinstance(object, type))
try:
    Widget()
except TypeError as e:
    print(type(e).__name__, e)
