# await and yield from delegating to iterators that are not generators: the value of the
# StopIteration that ends them is the result, whether they end on __next__ or on send.

class Steps:
    def __init__(self, label, n):
        self.label, self.n, self.i = label, n, 0
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, value):
        self.i += 1
        if self.i > self.n:
            raise StopIteration(f"{self.label} done after {value!r}")
        return f"{self.label} step {self.i} got {value!r}"
    def throw(self, exc):
        raise StopIteration(f"{self.label} absorbed {type(exc).__name__}")

class Awaitable:
    def __init__(self, label, n):
        self.label, self.n = label, n
    def __await__(self):
        return Steps(self.label, self.n)

async def waiter(label, n):
    result = await Awaitable(label, n)
    return "waiter: " + result

def drive(coro, values):
    out = []
    try:
        out.append(coro.send(None))
        for v in values:
            out.append(coro.send(v))
    except StopIteration as e:
        out.append(("returned", e.value))
    return out

print(drive(waiter("a", 2), [1, 2, 3]))
print(drive(waiter("b", 0), []))
print(drive(waiter("c", 3), [None, None, None]))

def delegator(label, n):
    result = yield from Steps(label, n)
    return "delegator: " + result

print(drive(delegator("d", 2), ["x", "y"]))
print(list(delegator("e", 3)))

# throw into a coroutine waiting on such an iterator: the iterator's throw answers.
c = waiter("f", 5)
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("after throw:", e.value)

# An iterator ending with a bare StopIteration gives None.
class Bare:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
def bare():
    r = yield from Bare()
    return r
try:
    next(bare())
except StopIteration as e:
    print("bare result:", e.value)
