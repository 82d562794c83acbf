# for loops over generators, which the VM runs inside the caller's evaluation loop:
# return, break, exceptions out of the generator, PEP 479, re-entry, recursion, exhaustion.


def gen(n):
    try:
        for i in range(n):
            yield i
        return "done"
    finally:
        print("finally", n)


for x in gen(3):
    print(x)

g = gen(5)
for x in g:
    if x == 2:
        break
print("after break", next(g))
g.close()


def bad():
    yield 1
    raise ValueError("boom")


try:
    for x in bad():
        print("got", x)
except ValueError as e:
    print("caught", e)


def stopper():
    yield 1
    raise StopIteration


try:
    for x in stopper():
        print("s", x)
except RuntimeError as e:
    print("runtime", e, type(e.__cause__).__name__)


def selfref():
    for x in g2:
        yield x


g2 = selfref()
try:
    for y in g2:
        pass
except ValueError as e:
    print("ValueError", e)


def nested(n):
    if n == 0:
        yield 0
        return
    for x in nested(n - 1):
        yield x + 1


print(list(nested(5)), sum(x for x in nested(50)))


def deep(n):
    for x in deep(n + 1):
        yield x
    yield n


try:
    for x in deep(0):
        pass
except RecursionError as e:
    print("recursion", e)

g = gen(2)
for x in g:
    print("x", x)
print(next(g, "exhausted"))


def handled():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
        raise


try:
    for x in handled():
        print("in handler", x)
except KeyError as e:
    print("reraised", repr(e))

for i, a in enumerate(c * 2 for c in gen(3)):
    print(i, a)
