x = f"a{b!r:>{w}}c" + 1
async def f(): await x
