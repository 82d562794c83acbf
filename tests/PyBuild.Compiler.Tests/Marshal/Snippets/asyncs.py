import asyncio
async def fetch(n):
    await asyncio.sleep(0)
    return n
async def main():
    async for x in agen():
        print(x)
    return [await fetch(i) for i in range(3)]
async def agen():
    yield 1
    yield 2
asyncio.run(main())
