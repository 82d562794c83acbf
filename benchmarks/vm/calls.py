# closures and calls: recursion, keyword and default arguments, *args/**kwargs, closures, methods,
# lambdas and bound methods passed around.


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def with_defaults(a, b=2, *, c=3):
    return a + b * c


def varargs(*args, **kwargs):
    return len(args) + len(kwargs)


def make_counter():
    count = 0

    def incr(step=1):
        nonlocal count
        count += step
        return count
    return incr


def compose(f, g):
    return lambda x: f(g(x))


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, x):
        self.total += x
        return self

    @staticmethod
    def twice(x):
        return 2 * x

    @classmethod
    def make(cls):
        return cls()


def main():
    total = fib(28)
    counter = make_counter()
    inc_then_double = compose(Acc.twice, lambda x: x + 1)
    acc = Acc.make()
    add = acc.add
    for i in range(400000):
        total += with_defaults(i) + with_defaults(i, 3) + with_defaults(1, b=i, c=2)
        total += varargs(i, i, k=i)
        counter()
        add(inc_then_double(i))
    print(total, counter(0), acc.total)


main()
