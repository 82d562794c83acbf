# type() with one and three arguments, class attributes, __name__/__qualname__/__module__, callable().
print(type(1), type("s"), type([]), type(type), type(None), type(print), type(lambda: 0).__name__)
Point = type("Point", (), {"x": 0, "y": 0, "norm": lambda self: abs(self.x) + abs(self.y)})
p = Point()
p.x, p.y = 3, -4
print(Point.__name__, Point.__qualname__, p.norm(), Point.__bases__ == (object,), isinstance(p, Point))
Base = type("Base", (), {"greet": lambda self: "hi from " + type(self).__name__})
Derived = type("Derived", (Base,), {"extra": 1})
d = Derived()
print(d.greet(), Derived.extra, [c.__name__ for c in Derived.__mro__], issubclass(Derived, Base))
class Outer:
    class Inner:
        def method(self):
            pass
print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer.__module__)
def func():
    pass
print(func.__name__, func.__qualname__, func.__module__, (lambda: 0).__name__, len.__name__)
print(callable(len), callable(func), callable(Point), callable(p), callable(3), callable("s"), callable(type), callable(None))
class WithCall:
    def __call__(self, *args):
        return ("called", args)
w = WithCall()
print(callable(w), w(1, 2), callable(WithCall.__call__))
for bad in [lambda: type(), lambda: type("A", (), {}, 1), lambda: type("A", 5, {}), lambda: type(5, (), {}), lambda: type("A", (), 5), lambda: (3)()]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
Counter = type("Counter", (), {"count": 0, "__init__": lambda self, start: setattr(self, "count", start), "__repr__": lambda self: "Counter(%d)" % self.count})
print(Counter(5), Counter(7).count, Counter.count)
print(type(p) is Point, type(p).__dict__["x"], "norm" in Point.__dict__, Point.__dict__.get("missing"))
print(int.__name__, int.__qualname__, int.__module__, type.__name__, object.__name__, object.__bases__, type.__bases__)
