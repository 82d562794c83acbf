if x:
    async def f():
        await y
    z = 1
