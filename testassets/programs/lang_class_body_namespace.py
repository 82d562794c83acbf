# Class bodies: execution order, namespace, __qualname__, nested classes, __prepare__, __set_name__ timing.
print("before class")
class Outer:
    print("executing Outer body")
    a = 1
    b = a + 1
    def method(self): return "m"
    class Inner:
        print("executing Inner body")
        def deep(self): pass
    names = sorted(k for k in locals() if not k.startswith("__"))
    del a
print("after class")
print(Outer.names, hasattr(Outer, "a"), Outer.b)
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.deep.__qualname__, Outer.method.__qualname__)
print(Outer.__name__, Outer.__module__, "method" in Outer.__dict__)
def factory(tag):
    class Made:
        label = tag
        def who(self): return self.label
    return Made
M1, M2 = factory("one"), factory("two")
print(M1().who(), M2().who(), M1 is M2, M1.__qualname__)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": "from prepare"}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, dict(ns))
class UsesMeta(metaclass=Meta, option=1):
    x = injected
print(UsesMeta.x)
class Doc:
    """The docstring."""
    __slots__ = ()
print(Doc.__doc__, Doc.__slots__)
class NoDoc: pass
print(NoDoc.__doc__)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
objs = [Counter() for _ in range(3)]
print(Counter.count, [o.id for o in objs])
class Shadow:
    value = "class"
    def get(self): return value
value = "global"
print(Shadow().get())
class WithAnnotations:
    x: int
    y: str = "default"
    z: "forward"
print(WithAnnotations.__annotations__, hasattr(WithAnnotations, "x"), WithAnnotations.y)
try:
    class Broken:
        raise ValueError("error in class body")
except ValueError as e:
    print(type(e).__name__, e, "Broken" in globals())
class A:
    x = 1
class B(A):
    y = x if False else 2
print(B.y, B.x, B.__bases__[0].__name__, B.__mro__[-1].__name__)
C = type("C", (A,), {"z": 3, "m": lambda self: self.z})
print(C.__name__, C().m(), C.x, C.__qualname__)
try:
    type("E", (), [])
except TypeError as e:
    print(type(e).__name__, e)
