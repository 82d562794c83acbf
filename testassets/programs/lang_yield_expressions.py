# yield as an expression: precedence, yield in various positions, yield from return values and iterables.
def echo():
    x = yield
    while True:
        x = yield x * 2 if x is not None else "none"
g = echo()
next(g)
print(g.send(3), g.send(None), g.send(10))
def pairs():
    a = yield 1
    b = yield a, 2
    yield [a, b]
p = pairs()
print(next(p), p.send("A"), p.send("B"))
def in_call():
    print("received", (yield "first"))
    print("args", (yield), (yield))
c = in_call()
print(next(c), c.send("x"), c.send("y"))
try:
    c.send("z")
except StopIteration:
    print("in_call finished")
def delegating():
    r1 = yield from [1, 2]
    r2 = yield from range(3, 5)
    r3 = yield from sub()
    yield ("results", r1, r2, r3)
def sub():
    yield "sub"
    return "sub-return"
print(list(delegating()))
def from_string():
    yield from "ab"
    yield from {"k": 1}
    yield from (x for x in (9,))
print(list(from_string()))
def gen_return_in_finally():
    try:
        yield 1
    finally:
        print("cleanup")
print(list(gen_return_in_finally()))
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value
def driver():
    result = yield from accumulate()
    print("accumulated", result)
d = driver()
next(d)
for v in [1, 2, 3]:
    d.send(v)
try:
    d.send(None)
except StopIteration:
    print("driver done")
def lambda_gen():
    f = lambda: (yield 5)
    return list(f())
print(lambda_gen())
def genexp_in_gen():
    yield sum(i for i in range(4))
print(list(genexp_in_gen()))
def yield_in_try_except():
    try:
        yield "in try"
        raise ValueError("v")
    except ValueError as e:
        yield f"in except: {e}"
    else:
        yield "never"
    finally:
        yield "in finally"
print(list(yield_in_try_except()))
def nested_yields():
    yield (yield (yield 1))
n = nested_yields()
print(next(n), n.send("a"), n.send("b"))
def infinite():
    i = 0
    while True:
        yield i
        i += 1
inf = infinite()
print([next(inf) for _ in range(5)])
import itertools
print(list(itertools.islice(infinite(), 3, 6)))
def gen_with_args(*args, sep="-"):
    for a in args:
        yield f"{a}{sep}"
print("".join(gen_with_args(1, 2, 3, sep="+")))
print(type(echo).__name__, type(echo()).__name__, echo.__code__.co_flags & 0x20 != 0)
for bad in ["def f():\n    x = yield = 1", "yield 1", "class C:\n    yield 1"]:
    try:
        compile(bad, "<t>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
