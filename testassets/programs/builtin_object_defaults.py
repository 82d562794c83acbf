# object's default behaviour: equality by identity, __ne__ from __eq__, ordering errors, __str__ from __repr__, __init_subclass__.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is not b, object() == object(), Plain.__eq__(a, a), Plain.__eq__(a, b))
for bad in [lambda: a < b, lambda: a <= b, lambda: a > 1, lambda: object() >= object()]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "OnlyStr-str"
print(str(OnlyRepr()), repr(OnlyRepr()), f"{OnlyRepr()}", [OnlyRepr()], str(OnlyStr()), format(OnlyStr()), "%s" % OnlyStr())
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v
print(Eq(1) == Eq(1), Eq(1) != Eq(1), Eq(1) != Eq(2), Eq.__hash__ is None, Eq(1) in [Eq(0), Eq(1)], [Eq(2)].index(Eq(2)))
class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "O%d" % self.v
print(Ordered(1) < Ordered(2), Ordered(3) > Ordered(2), sorted([Ordered(3), Ordered(1), Ordered(2)]), max(Ordered(5), Ordered(9)))
try:
    Ordered(1) <= Ordered(2)
except TypeError as e:
    print("TypeError:", e)
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(name or cls.__name__)
class Alpha(Plugin):
    pass
class Beta(Plugin, name="beta-plugin"):
    pass
print(Plugin.registry)
class Fancy:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.created_with = args
        return inst
    def __init__(self, *args):
        self.initialised = True
f = Fancy(1, 2)
print(f.created_with, f.initialised, type(f).__name__)
for bad in [lambda: object(1), lambda: Plain(1), lambda: object().x, lambda: setattr(object(), "x", 1)]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(object.__name__, Plain.__name__, Plain.__bases__ == (object,), Plain().__class__ is Plain, type(object.__init__).__name__ != "")
