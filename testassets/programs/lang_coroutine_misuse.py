# Coroutines and async generators used as if they were iterators: the TypeErrors CPython raises.

async def coro():
    return 1

async def agen():
    yield 1

def show(label, f):
    try:
        r = f()
        print(label, "->", r)
    except TypeError as e:
        print(label, "-> TypeError:", e)

c = coro()
show("iter(coroutine)", lambda: iter(c))
show("next(coroutine)", lambda: next(c))
show("list(coroutine)", lambda: list(c))
c.close()

g = agen()
show("iter(async_generator)", lambda: iter(g))
show("list(async_generator)", lambda: list(g))

def delegate_coroutine():
    yield from coro()

def delegate_agen():
    yield from agen()

show("yield from coroutine", lambda: next(delegate_coroutine()))
show("yield from async_generator", lambda: next(delegate_agen()))

def plain():
    for x in agen():
        yield x
show("for over async_generator", lambda: next(plain()))

async def uses_sync_for():
    for x in agen():
        pass
show("sync for in coroutine", lambda: uses_sync_for().send(None))

async def awaits_agen():
    await agen()
show("await async_generator", lambda: awaits_agen().send(None))

async def async_for_over_coro():
    async for x in coro():
        pass
show("async for over coroutine", lambda: async_for_over_coro().send(None))
