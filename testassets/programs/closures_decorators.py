# Closures (cells, late binding, nonlocal) and decorators (stacked, with arguments, class decorators).
import functools
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
def adders():
    result = []
    for n in range(3):
        def add(x, n=n):
            return x + n
        result.append(add)
    return result
print([a(10) for a in adders()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()
print(outer())
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__}{args} {kwargs}")
        result = fn(*args, **kwargs)
        print(f"{fn.__name__} returned {result!r}")
        return result
    return wrapper
@trace
def add(a, b=2):
    """Adds."""
    return a + b
add(1); add(1, b=5)
print(add.__name__, add.__doc__, add.__wrapped__(3, 4))
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def bold(fn):
    return lambda: "<b>" + fn() + "</b>"
def italic(fn):
    return lambda: "<i>" + fn() + "</i>"
@bold
@italic
def text():
    return "text"
print(text())
def register(cls):
    cls.registered = True
    return cls
@register
class Thing:
    pass
print(Thing.registered)
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
@functools.lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(60))
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls)
def deco_with_state():
    calls = []
    def deco(fn):
        def wrapper(*a):
            calls.append(a)
            return fn(*a)
        wrapper.calls = calls
        return wrapper
    return deco
@deco_with_state()
def mul(a, b):
    return a * b
mul(2, 3); mul(4, 5)
print(mul.calls)
def counter_gen():
    total = 0
    def gen():
        nonlocal total
        while True:
            total += 1
            yield total
    return gen()
g = counter_gen()
print(next(g), next(g), next(g))
x = "global"
def shadow():
    x = "local"
    def show():
        return x
    return show()
print(shadow(), x)
def cell_after_del():
    v = 1
    def read():
        return v
    del v
    try:
        return read()
    except NameError as e:
        return str(e)
print(cell_after_del())
compose = lambda *fs: functools.reduce(lambda f, g: lambda v: f(g(v)), fs)
print(compose(str, abs, lambda v: v - 10)(3))
print(functools.partial(pow, 2)(10), functools.partial(int, base=2)("1010"))
class Method:
    def __init__(self):
        self.log = []
    @staticmethod
    def deco(fn):
        def wrapper(self, *a):
            self.log.append(fn.__name__)
            return fn(self, *a)
        return wrapper
    @deco
    def work(self, x):
        return x * 2
m = Method()
print(m.work(21), m.log)
