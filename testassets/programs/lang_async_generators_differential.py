# Differential check of the async generator protocol: pseudo-random sequences of __anext__, asend,
# athrow and aclose, each awaitable driven by hand with send/throw/close, on generators that catch,
# yield from finally, await inside, and return early; every step's outcome is printed.
seed = 4242
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % (2**31)
    return seed % n

class Pause:
    def __await__(self):
        got = yield "paused"
        return got

async def plain(n):
    for i in range(n):
        yield i

async def catching():
    i = 0
    while i < 6:
        try:
            got = yield i
            i += 1 if got is None else got
        except ValueError as e:
            yield f"caught {e}"
        except GeneratorExit:
            return

async def awaiting():
    for i in range(4):
        got = await Pause()
        yield (i, got)

async def finalizing():
    try:
        yield "a"
        yield "b"
    finally:
        await Pause()
        yield "from finally"

async def stubborn():
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            pass

makers = [lambda: plain(3), catching, awaiting, finalizing, stubborn]

def outcome(f):
    try:
        return ("value", f())
    except StopIteration as e:
        return ("stop", e.value)
    except BaseException as e:
        return ("raise", type(e).__name__, str(e))

for trial in range(120):
    gen = makers[rnd(len(makers))]()
    steps = []
    pending = None
    for step in range(rnd(7) + 1):
        choice = rnd(8)
        if pending is not None and choice < 3:
            how = rnd(3)
            if how == 0:
                r = outcome(lambda: pending.send(None if rnd(2) else rnd(3)))
            elif how == 1:
                r = outcome(lambda: pending.throw(KeyError("k")))
            else:
                r = outcome(lambda: pending.close())
            steps.append(("drive", how, r))
            if r[0] != "value":
                pending = None
            continue
        which = rnd(4)
        if which == 0:
            pending = gen.__anext__()
        elif which == 1:
            pending = gen.asend(rnd(3) or None)
        elif which == 2:
            pending = gen.athrow(ValueError(str(rnd(9))))
        else:
            pending = gen.aclose()
        r = outcome(lambda: pending.send(None))
        steps.append(("start", which, r))
        if r[0] != "value":
            pending = None
    print(trial, gen.__name__, steps)
