# with statement: enter/exit order, suppression, multiple managers, exceptions in __exit__.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with (CM("p") as p,
      CM("q")):
    print("parenthesized", p)
with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("outer"), CM("inner", suppress=False):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
with CM("o", suppress=True), CM("i"):
    raise TypeError("caught by outer")
def in_func():
    with CM("ret"):
        return "returned"
print(in_func())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError("from exit")
try:
    with BadExit():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class EnterFails:
    def __enter__(self): raise OSError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with CM("first"), EnterFails():
        print("not reached")
except OSError as e:
    print(type(e).__name__, e)
class Tracker:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        self.seen = (et, ev is not None, tb is not None)
        return "truthy string"
t = Tracker()
with t:
    1 / 0
print(t.seen[0].__name__, t.seen[1:])
with t:
    pass
print(t.seen)
target = {}
with CM("store") as target["k"]:
    pass
print(target)
