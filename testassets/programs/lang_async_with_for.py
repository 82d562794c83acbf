# async with / async for / async generators and async comprehensions, driven without asyncio.
class Tick:
    def __await__(self):
        yield "tick"
class AsyncCM:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        print("aenter", self.name)
        await Tick()
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None)
        return et is KeyError
class Countdown:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await Tick()
        self.n -= 1
        return self.n
class agen:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            print("agen done")
            raise StopAsyncIteration
        await Tick()
        self.i += 1
        return (self.i - 1) * 10
def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks
async def main():
    async with AsyncCM("one") as v:
        print("inside", v)
    async with AsyncCM("suppress"):
        raise KeyError("swallowed")
    try:
        async with AsyncCM("fail"):
            raise ValueError("escapes")
    except ValueError as e:
        print("caught", e)
    async with AsyncCM("a") as a, AsyncCM("b") as b:
        print("two managers", a, b)
    async for x in Countdown(3):
        print("countdown", x)
    else:
        print("async for else")
    total = [x async for x in agen(4)]
    print("comprehension", total)
    evens = [x async for x in agen(5) if x % 20 == 0]
    print("filtered", evens)
    print({x: 1 async for x in Countdown(2)})
    return "main result"
print(run(main()))
async def early_break():
    g = agen(10)
    async for x in g:
        if x >= 20:
            break
    print("broke at", x)
    return "stopped"
print(run(early_break()))
async def manual_anext():
    g = agen(2)
    print(await g.__anext__(), await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
print(run(manual_anext()))
class NoAiter: pass
async def bad_for():
    async for x in NoAiter():
        pass
try:
    run(bad_for())
except TypeError as e:
    print(type(e).__name__, e)
async def bad_with():
    async with NoAiter():
        pass
try:
    run(bad_with())
except TypeError as e:
    print(type(e).__name__, e)
async def raising_anext():
    class Boom:
        def __aiter__(self): return self
        async def __anext__(self): raise KeyError("from anext")
    try:
        async for _ in Boom():
            pass
    except KeyError as e:
        print("anext error", e)
    class BadAnext:
        def __aiter__(self): return self
        def __anext__(self): return 5
    try:
        async for _ in BadAnext():
            pass
    except TypeError as e:
        print(type(e).__name__, e)
    class BadAenter:
        def __aenter__(self): return 1
        async def __aexit__(self, *a): pass
    try:
        async with BadAenter():
            pass
    except TypeError as e:
        print(type(e).__name__, e)
print(run(raising_anext()))
