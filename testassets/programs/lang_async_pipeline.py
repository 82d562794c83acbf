# A tiny round-robin event loop (no asyncio) running tasks that chain async generators, use async
# context managers inside them, and close them early.

class Yield:
    """Suspends the running task once: the loop switches to the next one."""
    def __await__(self):
        yield "switch"

class Loop:
    def __init__(self):
        self.ready = []
        self.log = []
    def spawn(self, name, coro):
        self.ready.append((name, coro))
    def run(self):
        results = {}
        while self.ready:
            name, coro = self.ready.pop(0)
            try:
                coro.send(None)
            except StopIteration as e:
                results[name] = e.value
                continue
            except Exception as e:
                results[name] = f"failed: {type(e).__name__}: {e}"
                continue
            self.ready.append((name, coro))
        return results

log = []

class Resource:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        log.append(f"open {self.name}")
        await Yield()
        return self
    async def __aexit__(self, et, ev, tb):
        log.append(f"close {self.name} ({et.__name__ if et else 'ok'})")
        return False

async def numbers(name, n):
    async with Resource(name):
        for i in range(n):
            await Yield()
            yield i

async def scaled(source, factor):
    async for x in source:
        yield x * factor

async def windowed(source, size):
    window = []
    async for x in source:
        window.append(x)
        if len(window) == size:
            yield tuple(window)
            window = []
    if window:
        yield tuple(window)

async def task_sum(name, n):
    total = 0
    async for x in scaled(numbers(name, n), 10):
        total += x
    return total

async def task_windows(name):
    return [w async for w in windowed(numbers(name, 5), 2)]

async def task_early_close(name):
    gen = numbers(name, 100)
    got = []
    async for x in gen:
        got.append(x)
        if x == 2:
            break
    await gen.aclose()
    return got

async def task_error(name):
    async def bad():
        async with Resource(name):
            yield 1
            await Yield()
            raise ValueError("broken stream")
    return [x async for x in bad()]

loop = Loop()
loop.spawn("sum", task_sum("A", 4))
loop.spawn("windows", task_windows("B"))
loop.spawn("early", task_early_close("C"))
loop.spawn("error", task_error("D"))
results = loop.run()
for k in sorted(results):
    print(k, results[k])
for line in log:
    print(line)
