# raise ... from ...: __cause__, __context__, __suppress_context__, and the printed chain.
def show(e):
    print(type(e).__name__, repr(str(e)),
          "cause:", type(e.__cause__).__name__ if e.__cause__ else None,
          "context:", type(e.__context__).__name__ if e.__context__ else None,
          "suppress:", e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError as ke:
        raise ValueError("converted") from ke
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("implicit")
except RuntimeError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("suppressed") from None
except RuntimeError as e:
    show(e)
try:
    raise TypeError("direct") from OSError("cause only")
except TypeError as e:
    show(e)
try:
    raise TypeError("class cause") from KeyError
except TypeError as e:
    show(e)
    print(repr(e.__cause__))
try:
    raise TypeError("bad") from 5
except TypeError as e:
    show(e)
e = ValueError("manual")
e.__cause__ = KeyError("set")
print(e.__suppress_context__)
e.__context__ = None
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__, err)
def nested():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError:
            raise TypeError("third")
try:
    nested()
except TypeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(chain)
try:
    try:
        raise ValueError("same")
    except ValueError as v:
        raise v
except ValueError as e:
    print(e.__context__ is None)
def gen():
    try:
        yield
    except GeneratorExit:
        raise RuntimeError("in close")
g = gen(); next(g)
try:
    g.close()
except RuntimeError as e:
    show(e)
class Custom(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise Custom(42) from ValueError("root")
except Custom as e:
    print(e.code, e, e.args, repr(e.__cause__))
def outer():
    try:
        inner()
    except LookupError as e:
        raise RuntimeError("outer failed") from e
def inner():
    [][0]
outer()
