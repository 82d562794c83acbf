# vars() and dir(): instances, classes, modules, custom __dir__ and errors.
class Base:
    base_attr = 1
    def method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
c = Child()
print(vars(c), c.__dict__ is vars(c))
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print(sorted(k for k in vars(Child) if not k.startswith("__")), "base_attr" in vars(Child))
print("__init__" in dir(c), dir(c) == sorted(dir(c)))

class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))

def f():
    local_one = 1
    local_two = 2
    return sorted(vars()), sorted(dir())
print(f())
import math
print("sqrt" in dir(math), "pi" in vars(math))
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
for bad in [5, "s", [1]]:
    try:
        vars(bad)
    except TypeError as e:
        print("TypeError:", e)
class Slots:
    __slots__ = ("a",)
obj = Child()
vars(obj)["added"] = 9
print(obj.added, sorted(vars(obj)))
