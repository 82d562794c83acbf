def inner():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("inner caught", repr(e))
        yield "inner-recovered"
        return "inner-result"
    finally:
        print("inner finally")


def outer():
    try:
        result = yield from inner()
        print("outer got", result)
        yield "after"
    except ValueError as e:
        print("outer caught", e)
        yield "outer-recovered"
    finally:
        print("outer finally")


g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
g.close()
print("---")
g = outer()
print(next(g))
print(g.throw(ValueError("v")))
g.close()
print("---")
g = outer()
next(g)
g.close()
print("closed", list(g))


def echo():
    while True:
        try:
            x = yield
        except TypeError:
            print("echo saw TypeError")
        else:
            print("echo", x)


def wrapper():
    yield from echo()


w = wrapper()
next(w)
w.send(1)
w.throw(TypeError)
w.send(2)
w.close()
print("done")
