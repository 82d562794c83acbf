def add(a, b=10, *args, c=5, **kw):
    return a + b + c + sum(args) + sum(kw.values())

print(add(1), add(1, 2), add(1, 2, 3, 4), add(1, c=0), add(1, 2, 3, x=100, y=1000))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(10), fact(25))

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print([fib(i) for i in range(15)])

def kwonly(a, /, b, *, c):
    return (a, b, c)

print(kwonly(1, 2, c=3), kwonly(1, b=2, c=3))

def show(*args, **kwargs):
    print(args, kwargs)

show(1, 2, x=3)
show(*[1, 2], **{"y": 4})
show()
square = lambda x: x * x
print(square(7), (lambda: "const")(), list(map(lambda t: t[0], [(1, 2), (3, 4)])))

def doc():
    """A docstring."""
    return doc.__doc__

print(doc(), doc.__name__, add.__defaults__, kwonly.__kwdefaults__)

def apply(f, *a):
    return f(*a)

print(apply(max, 3, 8, 1), apply(str.upper, "abc"))

def errors():
    try:
        add()
    except TypeError as e:
        print(e)
    try:
        kwonly(1, 2, 3)
    except TypeError as e:
        print(e)
    try:
        add(1, 2, a=3)
    except TypeError as e:
        print(e)
    try:
        kwonly(1, 2)
    except TypeError as e:
        print(e)
    try:
        fact(1, 2)
    except TypeError as e:
        print(e)

errors()

def gen_default(x, acc=[]):
    acc.append(x)
    return acc

print(gen_default(1), gen_default(2))

def annotated(x: int, y: "str" = "a") -> list[int]:
    return [x]

print(annotated(3), annotated.__annotations__)

def recursive_sum(lst):
    if not lst:
        return 0
    return lst[0] + recursive_sum(lst[1:])

print(recursive_sum(list(range(100))))

def outer():
    def inner(v):
        return v * 2
    return inner(21)

print(outer(), callable(outer), callable(3))
