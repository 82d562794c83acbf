# exceptions: raising and catching across frames, try/finally, custom exception classes, with.


class AppError(Exception):
    def __init__(self, code):
        super().__init__("error %d" % code)
        self.code = code


class Resource:
    def __init__(self):
        self.opened = 0
        self.closed = 0

    def __enter__(self):
        self.opened += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.closed += 1
        return exc_type is KeyError


def risky(i):
    if i % 3 == 0:
        raise AppError(i)
    if i % 5 == 0:
        raise ValueError(i)
    return i


def level2(i):
    try:
        return risky(i)
    finally:
        pass


def level1(i):
    try:
        return level2(i)
    except ValueError:
        return -1


def main():
    total = 0
    res = Resource()
    d = {}
    for i in range(150000):
        try:
            total += level1(i)
        except AppError as e:
            total += e.code % 7
        with res:
            if i % 4 == 0:
                d[i]
        try:
            x = d[i]
        except KeyError:
            x = 0
        total += x
    print(total, res.opened, res.closed)


main()
