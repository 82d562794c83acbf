# Coroutines driven by hand: send(None), await on custom awaitables, return values, errors.

class Future:
    def __init__(self, label): self.label = label
    def __await__(self):
        print("suspend", self.label)
        result = yield self.label
        print("resumed", self.label, "with", result)
        return result * 2
async def inner(n):
    a = await Future(f"inner{n}")
    return a + 1
async def outer():
    x = await inner(1)
    y = await inner(2)
    return x + y
coro = outer()
print(type(coro).__name__)
print(coro.send(None))
print(coro.send(10))
try:
    coro.send(20)
except StopIteration as e:
    print("finished with", e.value)
def run(c):
    value = None
    while True:
        try:
            value = c.send(value)
            value = len(str(value))
        except StopIteration as e:
            return e.value
print(run(outer()))
async def raises():
    await Future("before error")
    raise ValueError("inside coroutine")
c = raises()
c.send(None)
try:
    c.send(1)
except ValueError as e:
    print(type(e).__name__, e)
async def catches():
    try:
        await Future("waiting")
    except KeyError as e:
        print("caught thrown", e)
        return "recovered"
c = catches()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("result", e.value)
async def closable():
    try:
        await Future("close me")
    finally:
        print("coroutine finally")
c = closable()
c.send(None)
c.close()
c = outer()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
done = inner(0)
try:
    done.send(None)
    done.send(1)
except StopIteration as e:
    print("stop", e.value)
try:
    done.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
class NotAwaitable: pass
async def bad_await():
    await NotAwaitable()
try:
    bad_await().send(None)
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __await__(self): return 5
async def bad_iter():
    await BadIter()
try:
    bad_iter().send(None)
except TypeError as e:
    print(type(e).__name__, e)

def legacy():
    r = yield "legacy yield"
    return r
async def uses_legacy():
    return await legacy()
try:
    uses_legacy().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def simple(): return 5
c = simple()
print(c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
try:
    c.send("x")
except TypeError as e:
    print(type(e).__name__, e)
except RuntimeError as e:
    print(type(e).__name__, e)
