def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c = counter()
print(c(), c(), c())
c2 = counter()
print(c2(), c())

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]

print([f(10) for f in make_adders()])

def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]

print(late())

x = "global"

def read_global():
    return x

def write_global():
    global x
    x = "changed"

print(read_global())
write_global()
print(read_global(), x)

def compose(f, g):
    return lambda v: f(g(v))

inc = lambda v: v + 1
dbl = lambda v: v * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80))

def decorator(tag):
    def deco(fn):
        def wrapped(*a, **k):
            return f"<{tag}>{fn(*a, **k)}</{tag}>"
        return wrapped
    return deco

@decorator("b")
@decorator("i")
def hello(name):
    return "hi " + name

print(hello("bob"))

def outer():
    v = 1
    def middle():
        def inner():
            return v + 1
        return inner()
    v = 10
    return middle()

print(outer())

def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 1

unbound()
squares = {n: (lambda k=n: k * k)() for n in range(4)}
print(squares)
