# Decorators: order of application and evaluation, arguments, class decorators, wraps.
import functools
log = []
def tag(name):
    log.append(f"make {name}")
    def deco(fn):
        log.append(f"apply {name} to {fn.__name__}")
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return f"<{name}>{fn(*a, **k)}</{name}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text(s):
    """Doc of text."""
    return s
print(log)
print(text("hi"), text.__name__, text.__doc__, text.__wrapped__.__wrapped__("raw"))
def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@count_calls
def sq(x): return x * x
print([sq(i) for i in range(4)], sq.calls)
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    cls.registered = True
    return cls
@register
class Thing: pass
print(list(registry), Thing.registered)
def replace_with_value(fn): return 42
@replace_with_value
def gone(): pass
print(gone)
decorators = [lambda f: (lambda: f() + 1), lambda f: (lambda: f() * 10)]
@decorators[0]
@decorators[1]
def base(): return 1
print(base())
class Cls:
    @staticmethod
    def s(x): return ("static", x)
    @classmethod
    def c(cls, x): return (cls.__name__, x)
    @property
    def p(self): return "prop"
o = Cls()
print(Cls.s(1), o.s(2), Cls.c(3), o.c(4), o.p)
def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return w
@memo
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60))
@functools.lru_cache(maxsize=None)
def fact(n): return 1 if n < 2 else n * fact(n - 1)
print(fact(20), fact(10))
def deco_with_opt(fn=None, *, prefix=">"):
    if fn is None:
        return lambda f: deco_with_opt(f, prefix=prefix)
    return lambda *a: prefix + fn(*a)
@deco_with_opt
def d1(s): return s
@deco_with_opt(prefix="#")
def d2(s): return s
print(d1("x"), d2("y"))
try:
    @tag
    def broken(): pass
    print(broken())
except TypeError as e:
    print(type(e).__name__, e)
def evaluated_first():
    print("decorator expression evaluated")
    return lambda f: f
def side():
    print("default evaluated")
    return 0
@evaluated_first()
def ordering(x=side()): return x
print(ordering())
