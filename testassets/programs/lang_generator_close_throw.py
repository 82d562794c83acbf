# Generator protocol: send, throw, close, GeneratorExit, return values, states.
def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                print("caught inside:", e)
                yield "recovered"
    except GeneratorExit:
        print("closing with", received)
        raise
    finally:
        print("echo finally")
g = echo()
print(next(g), g.send("a"), g.send("b"))
print(g.throw(ValueError("boom")))
print(next(g))
g.close()
g.close()
try:
    next(g)
except StopIteration as e:
    print("StopIteration after close", e.value)
def fresh(): yield 1
f = fresh()
try:
    f.send(5)
except TypeError as e:
    print(type(e).__name__, e)
f.close()
print(list(f))
def ret():
    yield 1
    return "result"
r = ret()
next(r)
try:
    next(r)
except StopIteration as e:
    print("return value", e.value, e.args)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError("before start"))
except KeyError as e:
    print("unstarted throw propagates", e)
print(list(t))
def delegate():
    result = yield from ret()
    print("delegate got", result)
    yield "after"
print(list(delegate()))
def inner():
    try:
        yield "i1"
        yield "i2"
    except TypeError:
        yield "inner handled TypeError"
def outer():
    yield from inner()
    yield "o"
o = outer()
print(next(o), o.throw(TypeError), next(o))
def stop_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def running():
    yield gen_ref.gi_running
gen_ref = running()
print(gen_ref.gi_running, next(gen_ref))
def recursive():
    yield next(me)
me = recursive()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def counter(n):
    i = 0
    while i < n:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = counter(5)
print([next(c), next(c), c.send("reset"), next(c), next(c)])
gexpr = (x * 2 for x in range(3))
print(next(gexpr), list(gexpr), list(gexpr))
def close_returns():
    try:
        yield
    except GeneratorExit:
        return "ignored value"
cr = close_returns(); next(cr); print(cr.close())
