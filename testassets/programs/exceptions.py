def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise KeyError("one")
    return 10 / (n - 2)

for n in range(4):
    try:
        print("result", risky(n))
    except ValueError as e:
        print("ValueError:", e)
    except (KeyError, IndexError) as e:
        print("lookup:", repr(e))
    except ZeroDivisionError as e:
        print("zde:", e, e.args)
    else:
        print("no error")
    finally:
        print("finally", n)


class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


class SubError(MyError):
    pass


try:
    raise SubError(42, "custom")
except MyError as e:
    print(type(e).__name__, e.code, e, e.args, isinstance(e, Exception))

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, "cause:", repr(e.__cause__))

try:
    try:
        [][1]
    except IndexError:
        raise TypeError("during")
except TypeError as e:
    print(e, "context:", repr(e.__context__))


def f():
    try:
        return "try"
    finally:
        print("cleanup")

print(f())


def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return i

print(g())

try:
    raise Exception("a", 1)
except Exception as e:
    print(e, e.args)

e2 = ValueError()
print(repr(e2), str(e2), repr(ValueError("x")), str(KeyError("k")), str(KeyError()))
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    [1, 2][5]
except IndexError as e:
    print(e)
try:
    {}["k"]
except KeyError as e:
    print("KeyError", e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    1 < "a"
except TypeError as e:
    print(e)
try:
    import nonexistent_mod
except ImportError as e:
    print(type(e).__name__, e)


def reraiser():
    try:
        raise ValueError("inner")
    except ValueError:
        print("handling")
        raise

try:
    reraiser()
except ValueError as e:
    print("reraised", e)


class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow


with Ctx("a") as c:
    print("body", c.name)
with Ctx("b", swallow=True):
    raise ValueError("swallowed")
try:
    with Ctx("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
with Ctx("x") as x, Ctx("y") as y:
    print(x.name, y.name)
try:
    raise StopIteration
except Exception as e:
    print(type(e).__name__)
import sys
try:
    raise ValueError("in exc_info")
except ValueError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
print(sys.exc_info())
