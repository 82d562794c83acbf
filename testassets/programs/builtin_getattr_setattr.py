# getattr/setattr/delattr/hasattr with defaults, __getattr__ fallback, slots and errors.
class P:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
p = P()
print(getattr(p, "x"), getattr(p, "cls_attr"), getattr(p, "nope", "default"), hasattr(p, "x"), hasattr(p, "nope"))
setattr(p, "y", 2)
setattr(p, "with space", 3)
print(p.y, getattr(p, "with space"), sorted(vars(p)))
delattr(p, "y")
print(hasattr(p, "y"), sorted(p.__dict__))

def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(getattr, p, "missing")
attempt(delattr, p, "missing")
attempt(getattr, p, 5)
attempt(setattr, p, 5, 1)
attempt(hasattr, p, None)
attempt(getattr, 5, "real")
attempt(getattr, 5, "nope")
attempt(setattr, 5, "x", 1)
attempt(getattr, P, "nope")
attempt(delattr, P, "cls_attr")
attempt(getattr, P, "cls_attr")
attempt(setattr, object(), "a", 1)
attempt(getattr, None, "x")

class Dyn:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return name[4:]
        raise AttributeError("no " + name)
d = Dyn()
print(d.get_thing, getattr(d, "get_x"), hasattr(d, "other"), getattr(d, "other", "fallback"))

class Slotted:
    __slots__ = ("a", "b")
s = Slotted()
s.a = 1
print(s.a, hasattr(s, "b"))
attempt(getattr, s, "b")
attempt(setattr, s, "c", 3)

class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
lg = Logged()
lg.v = 5
setattr(lg, "w", "ab")
print(lg.v, lg.w)
del lg.v
delattr(lg, "w")
print(vars(lg))
