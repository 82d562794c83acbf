# Built-in exception classes: hierarchy, except matching order, tuples, args/str/repr, custom classes.
def chain(cls):
    return [c.__name__ for c in cls.__mro__]
for cls in [KeyError, IndexError, ZeroDivisionError, FileNotFoundError, UnicodeDecodeError, ModuleNotFoundError,
            RecursionError, NotImplementedError, StopIteration, KeyboardInterrupt, SystemExit, GeneratorExit,
            UnboundLocalError, TimeoutError, ExceptionGroup, DeprecationWarning]:
    print(chain(cls))
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup-ish {type(e).__name__}"
    except ArithmeticError as e:
        return f"arithmetic {type(e).__name__}"
    except OSError as e:
        return f"os {type(e).__name__}"
    except Exception as e:
        return f"generic {type(e).__name__}"
    except BaseException as e:
        return f"base {type(e).__name__}"
for exc in [KeyError("k"), IndexError(), OverflowError(), FileExistsError(), ValueError(), SystemExit(2), KeyboardInterrupt()]:
    print(classify(exc))
for e in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("key"), KeyError(), OSError(2, "No such file"), StopIteration(5)]:
    print(repr(e), repr(str(e)), e.args)
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code, KeyError("x").args[0])
class AppError(Exception):
    """Base for this application."""
class NotFound(AppError, LookupError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
    def __str__(self): return f"NotFound<{self.what}>"
try:
    raise NotFound("page")
except LookupError as e:
    print(type(e).__name__, e, repr(e), e.args, e.what, chain(NotFound))
class WithRepr(Exception):
    def __repr__(self): return "custom repr"
print(repr(WithRepr(1)), str(WithRepr(1)), str(WithRepr()))
try:
    raise NotFound
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise object
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        pass
    except 5:
        pass
    print("bad except clause not evaluated when nothing raised")
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
e = ValueError("mutable")
e.args = ("changed", 1)
print(e, e.args)
e.custom = "attribute"
print(e.custom, hasattr(ValueError(), "__dict__"))
print(issubclass(bool, int), issubclass(KeyError, Exception), issubclass(Exception, BaseException))
print(isinstance(KeyboardInterrupt(), Exception), isinstance(GeneratorExit(), Exception))
err = OSError(13, "Permission denied", "file.txt")
print(type(err).__name__, err.errno, err.strerror, err.filename, str(err))
print(BaseException("x").with_traceback(None) is not None)
def reraiser():
    try:
        raise KeyError("inner")
    except KeyError:
        raise
try:
    reraiser()
except KeyError as e:
    print("reraised", e)
print(NotImplemented is not NotImplementedError, type(NotImplemented).__name__)
