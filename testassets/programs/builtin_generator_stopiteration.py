# Generators and StopIteration: return values, StopIteration inside generators (PEP 479), send/close/throw basics.
def gen_return():
    yield 1
    return "done"
g = gen_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
def leaky():
    yield 1
    raise StopIteration("inner")
try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__, e.__cause__)
def delegate():
    result = yield from gen_return()
    yield "got " + result
print(list(delegate()))
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("closing with", received)
        raise
e = echo()
print(next(e), e.send("a"), e.send("b"))
e.close()
print(e.close())
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as err:
            yield "caught " + str(err)
c = catcher()
print(next(c), c.throw(ValueError("boom")), next(c))
try:
    c.throw(KeyError("k"))
except KeyError as err:
    print("KeyError propagated:", err)
try:
    next(c)
except StopIteration:
    print("finished after throw")
fresh = gen_return()
try:
    fresh.send("x")
except TypeError as err:
    print("TypeError:", err)
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(counter(4)), sum(counter(101)), max(counter(7)), list(zip(counter(3), counter(10))))
it = counter(2)
print(next(it), next(it), next(it, "exhausted"), list(it))
def finally_gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
fg = finally_gen()
print(next(fg))
fg.close()
print([x for x in finally_gen()])
