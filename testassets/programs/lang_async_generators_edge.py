# Async generator corner cases: error messages, athrow/aclose on unstarted or finished generators,
# awaiting inside finally during aclose, concurrent awaitables, and misuse of the protocols.

class Sleep:
    def __init__(self, label): self.label = label
    def __await__(self):
        got = yield self.label
        return got

def run(coro):
    value = None
    while True:
        try:
            suspended = coro.send(value)
        except StopIteration as e:
            return e.value
        except BaseException as e:
            print("  raised", type(e).__name__, e)
            return None
        print("  suspended:", suspended)

async def counter(n):
    for i in range(n):
        yield i

def show(label, f):
    try:
        print(label, f())
    except BaseException as e:
        print(label, type(e).__name__, e)

# Not iterable synchronously; async for requires __aiter__.
show("iter", lambda: iter(counter(1)))
show("next", lambda: next(counter(1)))
show("aiter int", lambda: aiter(5))
show("anext int", lambda: anext(5))
show("asend arity", lambda: counter(1).asend())
show("aclose arity", lambda: counter(1).aclose(1))

async def bad_async_for():
    async for x in [1, 2]:
        pass
run(bad_async_for())

# A non-None value sent first.
async def first_send():
    g = counter(2)
    await g.asend("x")
run(first_send())

# athrow on an unstarted generator raises at once; aclose on it does nothing.
async def athrow_unstarted():
    g = counter(3)
    try:
        await g.athrow(ValueError("early"))
    except ValueError as e:
        print("athrow unstarted:", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("then exhausted")
run(athrow_unstarted())

# athrow with a class and with a class plus a value.
async def catcher():
    while True:
        try:
            yield "ready"
        except Exception as e:
            yield f"caught {type(e).__name__}{e.args}"

async def athrow_forms():
    g = catcher()
    await g.__anext__()
    print(await g.athrow(KeyError))
    await g.__anext__()
    print(await g.athrow(IndexError("i")))
    await g.aclose()
    try:
        await g.athrow(ValueError)
    except StopAsyncIteration:
        print("athrow after aclose: StopAsyncIteration")
    except BaseException as e:
        print("athrow after aclose:", type(e).__name__)
run(athrow_forms())

# aclose while the generator awaits in its finally block.
async def slow_cleanup():
    try:
        yield "item"
    finally:
        got = await Sleep("cleaning")
        print("cleanup awaited", got)

async def close_slow():
    g = slow_cleanup()
    print(await g.__anext__())
    await g.aclose()
    print("closed")
run(close_slow())

# Two awaitables of one generator at once.
async def concurrent():
    g = ticking()
    a = g.__anext__()
    a.send(None)
    b = g.__anext__()
    try:
        b.send(None)
    except RuntimeError as e:
        print(type(e).__name__, e)

async def ticking():
    while True:
        await Sleep("tick")
        yield 1
run(concurrent())

# ag_running while an awaitable is suspended.
async def running_flag():
    g = ticking()
    print("before", g.ag_running)
    a = g.__anext__()
    a.send(None)
    print("during", g.ag_running)
    try:
        a.send(None)
    except StopIteration as e:
        print("value", e.value)
    print("after", g.ag_running)
run(running_flag())

# An async generator delegating to another one.
async def inner():
    yield "a"
    await Sleep("inner wait")
    yield "b"

async def outer():
    async for x in inner():
        yield x.upper()
    yield "end"

async def collect():
    return [x async for x in outer()]
print(run(collect()))

# Exceptions thrown into the driving coroutine go through the awaitable into the generator.
async def listening():
    try:
        await Sleep("listen")
        yield "not reached"
    except KeyError:
        yield "handled in generator"

async def relay():
    return await listening().__anext__()

c = relay()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("relay result", e.value)

# StopAsyncIteration raised explicitly inside becomes RuntimeError.
async def explicit_stop():
    yield 1
    raise StopAsyncIteration

async def check():
    g = explicit_stop()
    await g.__anext__()
    try:
        await g.__anext__()
    except RuntimeError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
run(check())

# Return inside an async generator ends it.
async def early_return(flag):
    yield 1
    if flag:
        return
    yield 2

async def early():
    print([x async for x in early_return(True)], [x async for x in early_return(False)])
run(early())

# The awaitables driven by hand with throw and close.
g = counter(3)
aw = g.__anext__()
try:
    aw.throw(ValueError("into asend"))
except ValueError as e:
    print("asend throw:", e)
aw2 = g.__anext__()
aw2.close()
try:
    aw2.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
print(type(anext(counter(1), None)).__name__)
