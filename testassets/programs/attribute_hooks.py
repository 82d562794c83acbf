# __getattr__, __getattribute__, __setattr__, __delattr__, __dir__, and attribute errors.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        delattr(self._target, name)
class Target:
    pass
t = Target()
p = Proxy(t)
p.x = 5
print(p.x, t.x)
del p.x
print(hasattr(t, "x"), p.log)
try:
    p.missing
except AttributeError as e:
    print(e)
class Logged:
    def __init__(self):
        self.value = 1
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
lg = Logged()
print(lg.value, lg.secret)
try:
    lg.nothing
except AttributeError as e:
    print(e)
class Fallback:
    real = "real"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
fb = Fallback()
print(fb.real, fb.auto_hello, getattr(fb, "auto_x"), hasattr(fb, "nothing"), getattr(fb, "nothing", "dflt"))
try:
    fb.nothing
except AttributeError as e:
    print(e)
class Frozen:
    def __init__(self, a):
        super().__setattr__("a", a)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
fr = Frozen(1)
try:
    fr.a = 2
except AttributeError as e:
    print(e, fr.a)
class Dir:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(Dir()))
class Counter:
    def __init__(self):
        self.__dict__["sets"] = 0
    def __setattr__(self, name, value):
        self.__dict__["sets"] += 1
        self.__dict__[name] = value
c = Counter()
c.x = 1; c.y = 2; c.x = 3
print(c.sets, c.x, sorted(vars(c)))
class Base:
    def __getattr__(self, name):
        return f"Base.__getattr__({name})"
class Child(Base):
    own = 1
print(Child().own, Child().other)
print(getattr(Child, "own"), type(Child).__name__)
try:
    getattr(Child, "nope")
except AttributeError as e:
    print(e)
class Mangled:
    def __init__(self):
        self.__private = "hidden"
        self._protected = "visible"
    def reveal(self):
        return self.__private
m = Mangled()
print(m.reveal(), m._Mangled__private, sorted(vars(m)))
try:
    m.__private
except AttributeError as e:
    print(e)
