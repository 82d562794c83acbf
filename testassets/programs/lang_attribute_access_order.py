# Attribute lookup order: data descriptors, instance dict, non-data descriptors, __getattr__, __getattribute__.
class Data:
    def __get__(self, obj, owner): return "data descriptor"
    def __set__(self, obj, value): print("Data.__set__", value)
class NonData:
    def __get__(self, obj, owner): return "non-data descriptor"
class C:
    d = Data()
    n = NonData()
    plain = "class attribute"
    def __getattr__(self, name):
        return f"__getattr__({name})"
c = C()
c.__dict__["d"] = "instance d"
c.__dict__["n"] = "instance n"
print(c.d, c.n, c.plain, c.missing)
c.d = 5
c.plain = "instance plain"
print(c.plain, C.plain, C.n, C.d)
del c.__dict__["n"]
print(c.n)
class Traced:
    x = 1
    def __getattribute__(self, name):
        print("getattribute", name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        print("getattr fallback", name)
        return None
t = Traced()
print(t.x)
print(t.nothing)
class Raiser:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return "fallback " + name
r = Raiser()
r.visible = 1
print(r.visible, r.secret)
class Setter:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
s = Setter()
s.a = 4
print(s.a, vars(s))
del s.a
print(hasattr(s, "a"))
class Meta(type):
    def __getattr__(cls, name): return f"meta getattr {name}"
    meta_attr = "from metaclass"
class WithMeta(metaclass=Meta):
    own = "own"
print(WithMeta.own, WithMeta.meta_attr, WithMeta.unknown)
try:
    WithMeta().meta_attr
except AttributeError as e:
    print(type(e).__name__, e)
class Slots:
    __slots__ = ("a", "b")
sl = Slots()
sl.a = 1
try:
    sl.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    sl.b
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(sl, "__dict__"), sl.a)
print(getattr(c, "zzz"), getattr(object(), "zzz", "default"))
try:
    getattr(object(), "zzz")
except AttributeError as e:
    print(type(e).__name__, e)
class P:
    def method(self): return "method"
p = P()
p.method = lambda: "instance override"
print(p.method(), P.method(p), P().method())
print(type(P.__dict__["method"]).__name__, type(p.method).__name__, type(P().method).__name__)
setattr(p, "dyn", 10)
print(p.dyn, "dyn" in p.__dict__, delattr(p, "dyn"), hasattr(p, "dyn"))
try:
    setattr(p, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
