# Default arguments and lambdas: evaluation time, mutable defaults, keyword-only, introspection.
def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2), append_to(3, []))
def safe_append(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(safe_append(1), safe_append(2))
n = 10
def captured(x=n): return x
n = 20
print(captured())
def kwonly(a, *, b=2, c): return (a, b, c)
print(kwonly(1, c=3), kwonly(1, b=5, c=6))
try:
    kwonly(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwonly(1)
except TypeError as e:
    print(type(e).__name__, e)
def posonly(a, b=2, /, c=3): return (a, b, c)
print(posonly(1), posonly(1, 5, c=9))
try:
    posonly(a=1)
except TypeError as e:
    print(type(e).__name__, e)
print(append_to.__defaults__ is not None, kwonly.__kwdefaults__, posonly.__defaults__)
print(posonly.__code__.co_argcount, posonly.__code__.co_posonlyargcount, kwonly.__code__.co_kwonlyargcount)
f = lambda x, y=2, *a, k=1, **kw: (x, y, a, k, sorted(kw))
print(f(1), f(1, 3, 4, 5, k=6, z=7))
print(f.__name__, (lambda: 0).__name__, f.__defaults__, f.__kwdefaults__)
adders = [lambda x, i=i: x + i for i in range(3)]
print([g(10) for g in adders])
compose = lambda *fs: lambda x: __import__("functools").reduce(lambda acc, fn: fn(acc), fs, x)
print(compose(lambda v: v + 1, lambda v: v * 2)(5))
print((lambda: (yield))().__class__.__name__)
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
def changer(d={}):
    d["calls"] = d.get("calls", 0) + 1
    return d["calls"]
print(changer(), changer(), changer({}))
changer.__defaults__ = ({"calls": 100},)
print(changer())
def order(a=print("default a evaluated") or 1, b=print("default b evaluated") or 2):
    return a + b
print(order())
try:
    exec("def bad(a=1, b): pass")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
def many(a, b=1, *args, c, d=4, **kwargs): pass
print(many.__code__.co_varnames)
try:
    many()
except TypeError as e:
    print(type(e).__name__, e)
try:
    many(1, 2, 3, d=4, c=5, a=9)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda: 0)(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, z=1, **{"z": 2})
except TypeError as e:
    print(type(e).__name__, e)
