def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count_up(5)), sum(count_up(101)))
g = count_up(3)
print(next(g), next(g), next(g), next(g, "done"))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)


def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"

e = echo()
print(next(e), e.send(1), e.send("x"))


def delegate():
    yield "start"
    result = yield from sub()
    yield f"sub returned {result}"

def sub():
    yield 1
    yield 2
    return "R"

print(list(delegate()))
print(list(x * x for x in range(5)), sum(x for x in range(10) if x % 2))
gen = (c.upper() for c in "abc")
print(next(gen), list(gen), list(gen))


def with_return():
    yield 1
    return 5

try:
    w = with_return()
    next(w)
    next(w)
except StopIteration as s:
    print("stop value", s.value)


def pipeline():
    nums = (i for i in range(20))
    evens = (n for n in nums if n % 2 == 0)
    squares = (n * n for n in evens)
    return list(squares)

print(pipeline())


def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")

for v in gen_finally():
    print("v", v)
gf = gen_finally()
print(next(gf))
gf.close()
print("closed")


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(4)), list(zip(Countdown(3), "abc")))
it = iter([1, 2, 3])
print(next(it), list(it))
print(list(enumerate(count_up(3))), dict(zip(count_up(3), "xyz")))


def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    for _ in range(2):
        yield from tree(depth - 1)

print(len(list(tree(5))))
print(list(map(lambda t: t * 2, count_up(4))), sorted(count_up(4), reverse=True), max(count_up(7)))
