# Async generators driven by hand (no asyncio): __anext__, asend, athrow, aclose, async for,
# async comprehensions, await inside the generator, StopAsyncIteration, aiter/anext.

class Sleep:
    """An awaitable that suspends once, handing its label to whoever drives the coroutine."""
    def __init__(self, label): self.label = label
    def __await__(self):
        got = yield self.label
        return got

def run(coro, sends=()):
    """Drives a coroutine to completion, printing what it suspends with; returns its result."""
    sends = list(sends)
    value = None
    while True:
        try:
            suspended = coro.send(value)
        except StopIteration as e:
            return e.value
        print("  suspended:", suspended)
        value = sends.pop(0) if sends else None

async def counter(n):
    for i in range(n):
        yield i

agen = counter(3)
print(type(agen).__name__)
print(type(agen.__aiter__()) is type(agen), agen.__aiter__() is agen)
print(repr(agen).startswith("<async_generator object counter at 0x"))
print(agen.__name__, agen.__qualname__)
print(hasattr(agen, "__anext__"), hasattr(agen, "__next__"), hasattr(agen, "__iter__"))

async def consume(ag):
    out = []
    async for x in ag:
        out.append(x)
    return out

print(run(consume(counter(4))))

# __anext__ by hand: the awaitable raises StopIteration carrying the value.
ag = counter(2)
aw = ag.__anext__()
try:
    aw.send(None)
except StopIteration as e:
    print("first value", e.value)
try:
    ag.__anext__().send(None)
except StopIteration as e:
    print("second value", e.value)
try:
    ag.__anext__().send(None)
except StopAsyncIteration as e:
    print("exhausted", type(e).__name__, e.args)
try:
    ag.__anext__().send(None)
except StopAsyncIteration:
    print("still exhausted")

# Awaiting inside the generator: the awaited values pass through to the driver.
async def ticker(n):
    for i in range(n):
        got = await Sleep(f"tick{i}")
        yield (i, got)

async def main():
    results = []
    async for item in ticker(3):
        results.append(item)
    return results

print(run(main(), ["a", "b", "c"]))

# asend: values sent into the generator come back from yield.
async def echo():
    received = None
    while True:
        received = yield f"echo {received}"
        if received == "stop":
            return

async def talk():
    e = echo()
    print(await e.asend(None))
    print(await e.asend("hello"))
    print(await e.asend("world"))
    try:
        await e.asend("stop")
    except StopAsyncIteration:
        print("echo finished")
    return "talked"

print(run(talk()))

# athrow: the exception is raised at the yield; a caught one lets the generator yield again.
async def guarded():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            yield f"handled {e}"

async def thrower():
    g = guarded()
    print(await g.__anext__())
    print(await g.athrow(ValueError("bad")))
    print(await g.__anext__())
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated", repr(e))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed after propagation")

run(thrower())

# aclose: GeneratorExit at the yield, finally blocks run.
async def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")

async def closer():
    g = with_cleanup()
    print(await g.__anext__())
    r = await g.aclose()
    print("aclose returned", r)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("no more after aclose")
    await g.aclose()
    print("second aclose is fine")
    fresh = with_cleanup()
    await fresh.aclose()
    print("aclose of an unstarted generator runs nothing")

run(closer())

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def ignore_exit():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print(type(e).__name__, e)

run(ignore_exit())

# break out of async for, and an exception raised inside the generator.
async def failing():
    yield 1
    raise ZeroDivisionError("inside agen")

async def use_failing():
    try:
        async for x in failing():
            print("got", x)
    except ZeroDivisionError as e:
        print("caught", e)
    async for x in counter(10):
        if x == 2:
            break
    print("broke at", x)

run(use_failing())

# Async comprehensions and async generator expressions.
async def comprehensions():
    squares = [x * x async for x in counter(5)]
    evens = {x async for x in counter(6) if x % 2 == 0}
    table = {x: str(x) async for x in counter(3)}
    gexp = (x + 100 async for x in counter(3))
    print(type(gexp).__name__)
    from_gexp = [y async for y in gexp]
    awaited = [await Sleep(x) for x in range(2)]
    return squares, sorted(evens), table, from_gexp, awaited

print(run(comprehensions()))

# aiter() and anext(), with and without a default.
async def builtins_demo():
    g = counter(2)
    it = aiter(g)
    print(it is g)
    print(await anext(it))
    print(await anext(it, "default"))
    print(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("anext without default raises")

run(builtins_demo())

# StopIteration raised inside an async generator becomes RuntimeError.
async def leaks_stop():
    yield 1
    raise StopIteration("leak")

async def check_leak():
    g = leaks_stop()
    await g.__anext__()
    try:
        await g.__anext__()
    except RuntimeError as e:
        print(type(e).__name__, e)

run(check_leak())

# A class with __aiter__/__anext__ returning an async generator.
class Countdown:
    def __init__(self, n): self.n = n
    def __aiter__(self):
        return self.gen()
    async def gen(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1

async def use_class():
    return [x async for x in Countdown(3)]

print(run(use_class()))

# The awaitable from asend cannot be reused.
async def reuse():
    g = counter(3)
    aw = g.asend(None)
    print(await aw)
    try:
        await aw
    except RuntimeError as e:
        print(type(e).__name__, e)

run(reuse())
print(type(counter(1).asend(None)).__name__, type(counter(1).athrow(ValueError)).__name__)
