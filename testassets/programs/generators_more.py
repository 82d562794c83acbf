# Generators: send, throw, close, yield from, return values, generator expressions.
def counter(n):
    i = 0
    while i < n:
        received = yield i
        if received is not None:
            i = received
        else:
            i += 1
    return "done"
g = counter(5)
print(next(g), next(g), g.send(3), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def echo():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
    finally:
        print("echo closing")
e = echo()
next(e)
e.send(1)
e.throw(ValueError("bad"))
e.send(2)
e.close()
print(e.gi_running)
try:
    e.send(3)
except StopIteration:
    print("closed generator stops")
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield from [10, 20]
    yield from range(2)
    return "outer result"
o = outer()
print(next(o), o.send("a"), o.send("b"), next(o), next(o), next(o))
try:
    next(o)
except StopIteration as ex:
    print(ex.value)
def gen_throw():
    try:
        yield 1
    except KeyError:
        yield "recovered"
    yield "after"
gt = gen_throw()
print(next(gt), gt.throw(KeyError), next(gt))
def no_catch():
    yield 1
nc = no_catch()
next(nc)
try:
    nc.throw(RuntimeError("boom"))
except RuntimeError as ex:
    print("propagated", ex)
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
c = closer()
next(c)
c.close()
def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
bc = bad_closer()
next(bc)
try:
    bc.close()
except RuntimeError as ex:
    print(ex)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
squares = (x * x for x in range(5))
print(type(squares).__name__, sum(squares), sum(squares))
def stop_inside():
    yield 1
    raise StopIteration("x")
try:
    list(stop_inside())
except RuntimeError as ex:
    print(ex, type(ex.__cause__).__name__)
def deleg():
    yield from deleg_inner()
def deleg_inner():
    try:
        yield "a"
        yield "b"
    except ValueError:
        yield "inner handled"
dg = deleg()
print(next(dg), dg.throw(ValueError), list(dg))
g2 = (i for i in range(3))
print(iter(g2) is g2, list(g2), list(g2))
def state():
    yield
sg = state()
print(sg.gi_running, sg.__name__, sg.__qualname__)
def running():
    yield rg.gi_running
rg = running()
print(next(rg))
def gen_in_gen():
    for i in range(3):
        yield (j for j in range(i))
print([list(x) for x in gen_in_gen()])
def early_return(n):
    if n < 0:
        return
    yield n
print(list(early_return(-1)), list(early_return(3)))
first = fib()
print([next(first) for _ in range(5)], next(first))
try:
    next(iter([]))
except StopIteration as ex:
    print("empty", repr(ex))
print(next(iter([]), "default"), list(zip(fib(), "abc")))
def send_first():
    yield 1
sf = send_first()
try:
    sf.send(5)
except TypeError as ex:
    print(ex)
