# TypeError messages for calls with wrong arguments: missing, extra, duplicate, keyword-only, positional-only.
def f(a, b, c=3):
    return (a, b, c)
def g(a, /, b, *, c):
    return (a, b, c)
def h(*args, **kwargs):
    return (args, sorted(kwargs.items()))
class K:
    def m(self, x):
        return x
    @staticmethod
    def s(x):
        return x
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, a=1),
    lambda: f(1, 2, d=4),
    lambda: f(1, b=2, c=5),
    lambda: g(1, 2, 3),
    lambda: g(a=1, b=2, c=3),
    lambda: g(1, 2),
    lambda: g(1, b=2, c=3),
    lambda: h(1, 2, x=3),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: K.s(),
    lambda: K(1),
    lambda: f(*[1, 2], **{"c": 9}),
    lambda: f(**{"a": 1, "b": 2}),
    lambda: f(1, **{"b": 2, "e": 0}),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: (lambda x, *, y: x)(1),
    lambda: (lambda: 0)(1),
    lambda: (lambda *a, k: 0)(1, 2),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
def defaults(a, b=[], *, c={}):
    b.append(a)
    c[a] = True
    return len(b), len(c)
print(defaults(1), defaults(2), defaults(3, []), defaults.__defaults__, defaults.__kwdefaults__)
print(f.__code__.co_argcount, g.__code__.co_posonlyargcount, g.__code__.co_kwonlyargcount, f.__code__.co_varnames, f.__name__)
