# generators: pipelines of generator functions, yield from, generator expressions, send().


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def chain(*its):
    for it in its:
        yield from it


def tree(depth):
    if depth == 0:
        yield 1
        return
    yield from tree(depth - 1)
    yield depth
    yield from tree(depth - 1)


def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def main():
    checksum = 0
    for _ in range(10):
        checksum += sum(evens(squares(count_up(100000))))
        checksum += sum(x + 1 for x in chain(count_up(50000), range(50000), [1, 2, 3]))
        checksum += sum(tree(14))
        acc = accumulator()
        next(acc)
        for i in range(50000):
            checksum += acc.send(i) & 0xFF
    print(checksum)


main()
