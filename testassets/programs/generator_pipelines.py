# Generator pipelines: lazy evaluation, chaining, infinite streams, coroutine-style consumers.
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def mapped(fn, it):
    for v in it:
        yield fn(v)
def filtered(pred, it):
    for v in it:
        if pred(v):
            yield v
evens_squared = mapped(lambda v: v * v, filtered(lambda v: v % 2 == 0, numbers()))
print(list(take(6, evens_squared)))
log = []
def noisy(it, tag):
    for v in it:
        log.append(f"{tag}{v}")
        yield v
pipe = noisy(filtered(lambda v: v > 1, noisy(iter([1, 2, 3]), "a")), "b")
print(next(pipe), log)
print(list(pipe), log)
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return (count, total)
        total += value
        count += 1
        avg = total / count
avg = averager()
next(avg)
print([avg.send(v) for v in (10, 20, 60)])
try:
    avg.send(None)
except StopIteration as e:
    print("result", e.value)
def chunks(it, size):
    chunk = []
    for v in it:
        chunk.append(v)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunks(range(7), 3)), list(chunks([], 2)))
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def primes():
    found = []
    for n in numbers():
        if n > 1 and all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(take(12, primes())))
def window(it, n):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window("abcde", 3)))
def running_total(it):
    total = 0
    for v in it:
        total += v
        yield total
print(list(running_total(range(1, 6))), sum(x for x in running_total([1, 1, 1])))
gen = (c.upper() for c in "lazy")
print(next(gen), "".join(gen))
def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        for i in list(its):
            try:
                yield next(i)
            except StopIteration:
                its.remove(i)
print(list(interleave("abc", [1, 2], "XYZW")))
def tree_walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for child in children:
        yield from tree_walk(child, depth + 1)
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
print("\n".join(tree_walk(tree)))
