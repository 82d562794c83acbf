def gen():
    try:
        x = yield 1
        print("got", x)
        yield 2
    except ValueError as e:
        print("caught in gen", e)
        yield "recovered"
    finally:
        print("gen finally")


g = gen()
print(next(g))
print(g.send("hello"))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration:
    print("exhausted")


def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return avg
        total += value
        count += 1
        avg = total / count


a = averager()
next(a)
for v in [10, 20, 30]:
    print(a.send(v))


def chain(*its):
    for it in its:
        yield from it


print(list(chain([1, 2], "ab", range(3))))


def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v


def naturals():
    n = 0
    while True:
        yield n
        n += 1


print(list(take(5, (x * x for x in naturals() if x % 3 == 0))))


def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
gi = iter(range(3))
print(list(zip(gi, gi)), type(naturals()).__name__, naturals().__name__)


class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, kids

    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k


t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t), sum(t), max(t))
ge = (i for i in range(3))
print(3 in ge, next(ge, "empty"))


def stopper():
    yield 1
    raise StopIteration("inner")


try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError:", e)
