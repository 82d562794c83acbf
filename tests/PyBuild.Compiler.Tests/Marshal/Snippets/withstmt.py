import contextlib
with open(__file__) as f, contextlib.suppress(OSError):
    data = f.read()
async def a():
    async with contextlib.nullcontext() as n:
        return n
