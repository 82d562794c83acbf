# Special attributes of functions, classes and instances: __name__, __qualname__, __doc__, __dict__, __class__, __defaults__.
def documented(a, b=2, *args, c=3, **kw):
    "Adds things."
    return a + b
class Shape:
    "A shape."
    sides = 0
    def area(self):
        "Area of the shape."
        return 0
class Square(Shape):
    sides = 4
    def __init__(self, n):
        self.n = n
    def area(self):
        return self.n ** 2
sq = Square(3)
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__defaults__, documented.__kwdefaults__)
print(documented.__code__.co_argcount, documented.__code__.co_kwonlyargcount, documented.__code__.co_name, documented.__module__)
print(Shape.__doc__, Shape.area.__doc__, Square.area.__doc__, Square.__name__, Square.__qualname__)
print(sq.__class__.__name__, sq.__class__ is Square, sq.__dict__, type(sq).__bases__[0].__name__, Square.__base__.__name__)
print(sorted(k for k in Square.__dict__ if not k.startswith("__")), "sides" in Shape.__dict__, Square.__dict__["sides"])
print(sq.area(), Square.area(sq), Shape.area(sq), sq.area.__name__, sq.area.__self__ is sq, sq.area.__func__ is Square.area)
def no_doc():
    pass
print(no_doc.__doc__, no_doc.__defaults__, (lambda x=1: x).__defaults__, (lambda: 0).__qualname__, no_doc.__dict__)
no_doc.custom = "attached"
print(no_doc.custom, no_doc.__dict__, getattr(no_doc, "__wrapped__", "none"))
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__, outer.__qualname__)
sq.__dict__["n"] = 5
print(sq.area(), vars(sq))
print(type(len).__name__, len.__name__, len.__qualname__)
print(Shape.__module__, Shape.__mro__ == (Shape, object), [c.__name__ for c in Square.__subclasses__()], [c.__name__ for c in Shape.__subclasses__()])
no_doc.__name__ = "renamed"
print(no_doc.__name__, no_doc.__qualname__)
