# Calls: positional, keyword, defaults, *args/**kwargs, keyword-only, positional-only, unpacking, errors.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 5, 6, 7, c=8, e=9), f(*[1, 2, 3], **{"c": 0, "z": 1}), f(a=1, c=2))
def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
for call in [lambda: pos_only(a=1, b=2, c=3, d=4), lambda: pos_only(1, 2, 3, 4), lambda: f(), lambda: f(1), lambda: f(1, c=1, a=2),
             lambda: (lambda: 0)(1), lambda: (lambda x: 0)(), lambda: (lambda x, y: 0)(1), lambda: (lambda *, k: 0)(),
             lambda: (lambda x: 0)(1, 2), lambda: (lambda: 0)(x=1), lambda: len(), lambda: len(1, 2), lambda: f(1, **{"c": 1}, **{"c": 2})]:
    try:
        call()
    except TypeError as e:
        print(e)
def defaults(x, acc=[]):
    acc.append(x)
    return acc
print(defaults(1), defaults(2), defaults(3, []), defaults.__defaults__)
def kwdefaults(*, k=5):
    return k
print(kwdefaults(), kwdefaults(k=6), kwdefaults.__kwdefaults__)
def annotated(a: int, b: "str" = "x") -> list:
    return [a, b]
print(annotated(1), annotated.__annotations__, annotated.__name__, annotated.__qualname__, annotated.__module__)
def varargs(*args, **kwargs):
    return args, kwargs
print(varargs(), varargs(1, *(2, 3), *[4], x=1, **{"y": 2}), varargs(*"ab", **dict(z=3)))
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer.__code__.co_name, outer.__code__.co_argcount, f.__code__.co_varnames[:6])
print((lambda x, /, y=1, *a, z, **k: (x, y, a, z, k))(0, z=9), (lambda *a: a)(), (lambda **k: k)(a=1))
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount, pos_only.__code__.co_posonlyargcount)
def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)
print(recursive(20), recursive(1))
def gen_args(*a):
    yield from a
print(list(gen_args(1, 2)), print.__name__)
print(max(*[3, 9, 2]), "{}-{}".format(*"ab"), dict(**{"a": 1}, b=2), sorted(*[[3, 1, 2]]))
def keyword_order(**kw):
    return list(kw)
print(keyword_order(z=1, a=2, m=3))
def mutate(lst, d):
    lst.append(1)
    d["k"] = "v"
    lst = ["rebound"]
    return lst
L, D = [], {}
print(mutate(L, D), L, D)
def returns_many():
    return 1, "two", [3]
one, two, three = returns_many()
print(one, two, three, returns_many())
def no_return():
    pass
print(no_return(), (lambda: None)())
print(callable(f), f.__class__.__name__, hasattr(f, "__call__"), f.__doc__)
def doc():
    "A docstring."
print(doc.__doc__)
def params(a, b, c):
    return a * 100 + b * 10 + c
print(params(1, c=3, b=2), params(*[1], *[2, 3]), params(**{"a": 1, "b": 2, "c": 3}))
