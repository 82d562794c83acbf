# with statements: context managers, exceptions inside, suppression, nesting, contextlib-like helpers.
class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress
with Managed("a") as m:
    print("inside", m.name)
with Managed("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Managed("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
with Managed("outer") as o, Managed("inner") as i:
    print("both", o.name, i.name)
with (Managed("p1") as p1,
      Managed("p2") as p2):
    print("parenthesized", p1.name, p2.name)
def early():
    with Managed("ret"):
        return "returned"
print(early())
for n in range(3):
    with Managed(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("body", n)
class Plain:
    pass
try:
    with Plain():
        pass
except TypeError as e:
    print(e)
class EnterOnly:
    def __enter__(self):
        return 1
try:
    with EnterOnly():
        pass
except TypeError as e:
    print(e)
class Resource:
    opened = 0
    def __enter__(self):
        Resource.opened += 1
        return self
    def __exit__(self, *args):
        Resource.opened -= 1
with Resource(), Resource():
    print("open", Resource.opened)
print("open", Resource.opened)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print(e, type(e.__context__).__name__)
class Timer:
    def __enter__(self):
        self.entered = True
        return "value from enter"
    def __exit__(self, t, v, tb):
        return False
with Timer() as value:
    print(value)
with Managed("tuple") as (x):
    print(type(x).__name__)
class Unpack:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        pass
with Unpack() as (a, b):
    print(a + b)
def generator_cm():
    with Managed("in-gen"):
        yield 1
        yield 2
print(list(generator_cm()))
stack = []
class Nest:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        stack.append(self.n)
    def __exit__(self, *a):
        stack.pop()
        print("pop", self.n, list(stack))
with Nest(1):
    with Nest(2):
        with Nest(3):
            print("depth", len(stack))
